package io.rdpfix.capture;

/**
 * A piece of pasted text as a refusal may quote it: short, and nothing a terminal or a page would
 * act on. Printable ASCII stays; anything else becomes {@code \}{@code uXXXX}; past
 * {@link #SHOWN} characters the rest is counted, not shown.
 */
final class Excerpt {
    static final int SHOWN = 60;

    private Excerpt() {
    }

    static String of(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().limit(SHOWN).forEach(cp -> out.append(cp >= 0x20 && cp < 0x7f ? Character.toString(cp)
                : cp <= 0xffff ? String.format("\\u%04X", cp) : String.format("\\U%06X", cp)));
        long more = raw.codePoints().count() - SHOWN;
        if (more > 0) {
            out.append("... (").append(more).append(" more)");
        }
        return out.toString();
    }
}
