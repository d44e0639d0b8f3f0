package io.rdpfix.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a PowerShell wrapper as PowerShell would: the batch its $batch here-string holds. */
public final class Wrapped {
    private static final Pattern BATCH = Pattern.compile("\r\n\\$batch = @'\r\n(.*?)\r\n'@\r\n", Pattern.DOTALL);

    private Wrapped() {
    }

    /** The here-string's value written back as the wrapper writes it: CRLF after every line. */
    public static String batch(String ps1) {
        Matcher here = BATCH.matcher(ps1);
        if (!here.find()) {
            throw new AssertionError("no $batch here-string in:\n" + ps1);
        }
        return here.group(1) + "\r\n";
    }
}
