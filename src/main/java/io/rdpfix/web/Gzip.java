package io.rdpfix.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
    static boolean accepted(List<String> acceptEncoding) {
        boolean star = false;
        for (Weighted coding : Weighted.of(acceptEncoding)) {
            if (coding.value().equals("gzip") || coding.value().equals("x-gzip")) {
                return coding.acceptable();
            }
            if (coding.value().equals("*")) {
                star = coding.acceptable();
            }
        }
        return star;
    }
}
