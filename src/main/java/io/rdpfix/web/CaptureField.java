package io.rdpfix.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The {@code capture} field of an application/x-www-form-urlencoded body, decoded here rather than
 * by the framework, so that a malformed body gets our 400 instead of an exception.
 */
record CaptureField(Optional<String> value, boolean malformed) {
    private static final String NAME = "capture";

    static CaptureField of(String body) {
        if (body == null || body.isEmpty()) {
            return new CaptureField(Optional.empty(), false);
        }
        try {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(NAME)) {
                    return new CaptureField(Optional.of(URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8)), false);
                }
            }
            return new CaptureField(Optional.empty(), false);
        } catch (IllegalArgumentException malformed) {
            return new CaptureField(Optional.empty(), true);
        }
    }
}
