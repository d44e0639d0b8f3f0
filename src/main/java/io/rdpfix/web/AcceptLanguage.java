package io.rdpfix.web;

import io.rdpfix.text.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads an Accept-Language header: "nl-NL,nl;q=0.9,en;q=0.5" prefers Dutch. */
final class AcceptLanguage {
    private AcceptLanguage() {
    }

    /** Any text a client sends is a header we answer: a malformed range just names no language. */
    static Language preferred(List<String> header) {
        return Weighted.of(header).stream()
                .filter(Weighted::acceptable)
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed().thenComparingInt(Weighted::order))
                .map(choice -> language(choice.value()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Language.EN);
    }

    private static Optional<Language> language(String range) {
        int dash = range.indexOf('-');
        return Language.fromCode(dash < 0 ? range : range.substring(0, dash));
    }
}
