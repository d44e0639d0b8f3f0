package io.rdpfix.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Compression for the answers worth it (the page, its fragments, its files), done once per cached
 * answer instead of per response: Vert.x's compression would deflate the same page for every
 * browser and, switched on, puts two handlers in front of every request, scripts included.
 */
final class Gzip {
    private Gzip() {
    }

    static byte[] of(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Whether an Accept-Encoding header (RFC 9110, 12.5.3) accepts gzip: named, or "*" when gzip is not
     * named, with a weight above zero. A header that cannot be read accepts nothing but the identity.
     */
    static boolean accepted(String acceptEncoding) {
        Boolean star = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";", -1);
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean positive = weight(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return positive;
            }
            if (coding.equals("*")) {
                star = positive;
            }
        }
        return Boolean.TRUE.equals(star);
    }

    private static double weight(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
