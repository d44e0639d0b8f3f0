package io.rdpfix.text;

import java.util.Objects;

/** A sentence in every language rdpfix speaks. */
public record Text(String en, String nl) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(nl, "nl");
    }

    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case NL -> nl;
        };
    }

    /** Fills {0}, {1}, ... in both languages with the same arguments. */
    public Text with(Object... arguments) {
        return new Text(fill(en, arguments), fill(nl, arguments));
    }

    /** Fills {0} in each language with {@code argument} in that language. */
    public Text with(Text argument) {
        return new Text(fill(en, argument.en), fill(nl, argument.nl));
    }

    private static String fill(String pattern, Object... arguments) {
        String result = pattern;
        for (int i = 0; i < arguments.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return result;
    }
}
