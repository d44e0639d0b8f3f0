package io.rdpfix.web;

import io.rdpfix.capture.CaptureParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A form body read by the app itself, at most {@link #LIMIT} bytes: a larger one is not read further
 * and gets a 413 and one WARN line (one that says so in its Content-Length is refused before, by
 * {@link RequestGate}). The transport limit (quarkus.http.limits.max-body-size) is set above this
 * one, so that Vert.x, which answers 413 itself and then logs an error with a stack trace when a
 * resource writes too, does not get there first.
 */
final class FormBody {
    static final int LIMIT = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(FormBody.class);

    private FormBody() {
    }

    /** The body, or nothing when it is over the limit (then logged). */
    static Optional<String> read(InputStream in, String path) {
        try {
            byte[] bytes = in.readNBytes(LIMIT + 1);
            if (bytes.length > LIMIT) {
                LOG.warnf("refused a request body over %d bytes: POST %s", LIMIT, path);
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String TOO_LARGE = "413 the request body is over " + LIMIT + " bytes; a capture is at most " + CaptureParser.MAX_BYTES + ".\n";

    static jakarta.ws.rs.core.Response tooLarge() {
        return TextResponses.tooLarge(TOO_LARGE);
    }
}
