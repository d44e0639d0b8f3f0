package io.rdpfix.script;

import java.util.regex.Pattern;

/**
 * The absolute link that reproduces a script. It goes into REM lines, so it may hold only
 * characters that are inert there: no '%' (batch expansion), no quotes, no spaces.
 */
public record ShareUrl(String value) {
    private static final Pattern SAFE = Pattern.compile("https?://[A-Za-z0-9.:\\[\\]-]+(/[A-Za-z0-9._/-]*)?(\\?[A-Za-z0-9=&,_.-]*)?");

    public ShareUrl {
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("share URL with characters unsafe in a script: " + value);
        }
    }
}
