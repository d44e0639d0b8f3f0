package io.rdpfix.powershell;

import java.util.ArrayList;
import java.util.List;

/**
 * PowerShell's syntax, as far as rdpfix writes it: single-quoted strings and single-quoted
 * here-strings, neither of which expands anything ({@code $}, backquotes and double quotes are
 * literal in both).
 */
public final class PowerShell {
    /** What PowerShell takes as a single quote: the ASCII one and the four typographic ones. */
    private static final String QUOTES = "'\u2018\u2019\u201A\u201B";

    private PowerShell() {
    }

    /** A single-quoted string literal: every quote character doubled, nothing else changed. */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder("'");
        value.codePoints().forEach(cp -> {
            if (QUOTES.indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            }
            out.appendCodePoint(cp);
        });
        return out.append('\'').toString();
    }

    /**
     * {@code $name = @'}, the text's lines as they are, {@code '@}. The text ends where a line
     * starts with a quote and {@code @}, so such a line cannot be carried.
     *
     * @param lines the text, without line endings; its value in PowerShell is these lines joined
     *              by the script file's line ending, with no ending after the last
     */
    public static List<String> hereString(String name, List<String> lines) {
        for (String line : lines) {
            if (line.length() > 1 && QUOTES.indexOf(line.charAt(0)) >= 0 && line.charAt(1) == '@') {
                throw new IllegalArgumentException("a line starting with '@ would end the here-string: " + line);
            }
        }
        List<String> out = new ArrayList<>();
        out.add("$" + name + " = @'");
        out.addAll(lines);
        out.add("'@");
        return out;
    }
}
