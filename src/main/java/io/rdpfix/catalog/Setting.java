package io.rdpfix.catalog;

import io.rdpfix.registry.PrintableAscii;
import io.rdpfix.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * One step of the article: a stable id, the values it writes, and what it means. Texts are
 * printable ASCII in both languages because they also go into the scripts' REM lines.
 */
public record Setting(String id, List<CatalogValue> values, Text title, Text description, Optional<Text> warning) {
    public Setting {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a setting writes at least one value: " + id);
        }
        if (warning.isPresent() != values.stream().allMatch(v -> v.secure().isPresent()) || values.stream().anyMatch(v -> v.secure().isPresent()
                && warning.isEmpty())) {
            throw new IllegalArgumentException("a setting that weakens security says how to put each of its values back: " + id);
        }
        for (Text text : warning.map(w -> List.of(title, description, w)).orElse(List.of(title, description))) {
            PrintableAscii.require(text.en());
            PrintableAscii.require(text.nl());
        }
    }

    /** This setting with the fix's input chosen: its values' data, and {0} in its texts. */
    Setting given(long value) {
        return new Setting(id, values.stream().map(v -> v.given(value)).toList(), title.with(value), description.with(value),
                warning.map(w -> w.with(value)));
    }

    /** Its texts with {@code shown} in place of the fix's input: how the page describes it while the number typed is refused. */
    Setting showing(Text shown) {
        return new Setting(id, values, title.with(shown), description.with(shown), warning.map(w -> w.with(shown)));
    }
}
