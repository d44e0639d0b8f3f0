package io.rdpfix.registry;

/** Printable ASCII (space to tilde): all a script of ours may contain, byte for byte. */
public final class PrintableAscii {
    private PrintableAscii() {
    }

    public static boolean is(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    public static String require(String text) {
        if (!is(text)) {
            throw new IllegalArgumentException("not printable ASCII: " + text.replaceAll("[^\\x20-\\x7e]", "?"));
        }
        return text;
    }
}
