package io.rdpfix.request;

import io.rdpfix.text.Language;
import io.rdpfix.text.Text;

/**
 * One refused parameter: which field, what it received (made printable), and the rule in words.
 *
 * @param readable what it received as the page shows it at the field, where a backslash is the one the
 *                 user typed (HKLM\BROKENSYSTEM is the likeliest mistake in a hive name), not an escape
 */
public record Violation(String field, String received, String readable, Text rule) {
    private static final int SHOWN = 60;

    /** The field too is made printable: an unknown parameter's name is as untrusted as any value. */
    public static Violation of(String field, String rawValue, Text rule) {
        return new Violation(printable(field), printable(rawValue), escaped(rawValue, false), rule);
    }

    public String describe(Language language) {
        return field + "=" + (received.isEmpty() ? "(" + Messages.EMPTY.in(language) + ")" : "\"" + received + "\"")
                + ": " + rule.in(language);
    }

    /**
     * The refusal shown next to its own field on the page, where the parameter's name would be raw
     * syntax: the value received and the rule, or the rule alone as a sentence when nothing was given.
     */
    public String describeAtField(Language language) {
        String words = rule.in(language);
        return received.isEmpty() ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : "\"" + readable + "\": " + words;
    }

    /**
     * Shows control characters, quotes, backslashes and non-ASCII as \\uXXXX, so the message itself
     * stays inert and no two values look alike (log lines use it too).
     */
    public static String printable(String raw) {
        return escaped(raw, true);
    }

    private static String escaped(String raw, boolean backslash) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().limit(SHOWN).forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f && cp != '"' && (cp != '\\' || !backslash)) {
                out.append((char) cp);
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.append(String.format("\\U%06X", cp));
            }
        });
        if (raw.codePointCount(0, raw.length()) > SHOWN) {
            out.append("...");
        }
        return out.toString();
    }
}
