package io.rdpfix.catalog;

import io.rdpfix.registry.PrintableAscii;
import io.rdpfix.text.Text;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one number a fix asks the user for (the RDP port), as data: its query parameter, its label,
 * what else must change with it, its range and the value chosen. A fix's texts name the value as
 * {@code {0}}; its values marked {@link CatalogValue#given()} take it as their data.
 */
public record Input(String key, Text label, Text note, long min, long max, long value) {
    /** Decimal digits without a sign or leading zero: what reg add, netsh and an NSG rule all read alike. */
    private static final Pattern DECIMAL = Pattern.compile("[1-9][0-9]{0,9}");

    public Input {
        if (!key.matches("[a-z]{1,16}") || min < 1 || min > value || value > max) {
            throw new IllegalArgumentException("an input has a lower-case key and a value in its range: " + key);
        }
        for (Text text : new Text[] {label, note}) {
            PrintableAscii.require(text.en());
            PrintableAscii.require(text.nl());
        }
    }

    /** The number typed, when it is one this input takes. */
    public Optional<Long> parse(String typed) {
        if (!DECIMAL.matcher(typed).matches()) {
            return Optional.empty();
        }
        long number = Long.parseLong(typed);
        return number >= min && number <= max ? Optional.of(number) : Optional.empty();
    }

    /** What the texts say in place of the number while the one typed is refused: never the default, as if chosen. */
    public Text placeholder() {
        return new Text("<" + key + ">", "<" + key + ">");
    }

    public Input withValue(long chosen) {
        return new Input(key, label, note, min, max, chosen);
    }
}
