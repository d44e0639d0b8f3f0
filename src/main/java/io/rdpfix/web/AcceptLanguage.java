package io.rdpfix.web;

import io.rdpfix.text.Language;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads an Accept-Language header: "nl-NL,nl;q=0.9,en;q=0.5" prefers Dutch. */
final class AcceptLanguage {
    private AcceptLanguage() {
    }

    private record Choice(Optional<Language> language, double weight, int order) {
    }

    static Language preferred(String header) {
        String[] ranges = header.split(",");
        return java.util.stream.IntStream.range(0, Math.min(ranges.length, 20))
                .mapToObj(i -> choice(ranges[i], i))
                .filter(c -> c.language().isPresent() && c.weight() > 0)
                .sorted(Comparator.comparingDouble(Choice::weight).reversed().thenComparingInt(Choice::order))
                .map(c -> c.language().get())
                .findFirst()
                .orElse(Language.EN);
    }

    /** Any text a client sends is a header we answer: a malformed range just names no language. */
    private static Choice choice(String range, int order) {
        String[] parts = range.trim().split(";", -1);
        String tag = parts[0].trim().toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        double weight = Stream.of(parts).skip(1).map(String::trim).filter(p -> p.startsWith("q="))
                .findFirst().map(AcceptLanguage::weight).orElse(1.0);
        return new Choice(Language.fromCode(primary), weight, order);
    }

    private static double weight(String parameter) {
        try {
            return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
