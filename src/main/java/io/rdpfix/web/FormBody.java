package io.rdpfix.web;

import io.rdpfix.capture.CaptureParser;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;

/**
 * A form body, at most {@link #LIMIT} bytes, as {@link BodyGate} read it before the resource ran (a
 * larger one got a 413 there, or from {@link RequestGate} when its Content-Length said so). The
 * transport limit (quarkus.http.limits.max-body-size) is set above this one, so that Vert.x, which
 * answers 413 itself and then logs an error with a stack trace when a resource writes too, does not
 * get there first.
 */
final class FormBody {
    static final int LIMIT = 1024 * 1024;
    static final String TOO_LARGE = "413 the request body is over " + LIMIT + " bytes; a capture is at most " + CaptureParser.MAX_BYTES + ".\n";

    private FormBody() {
    }

    /** The body of a POST, as text. */
    static String of(RoutingContext context) {
        Buffer body = context.get(BodyGate.BODY);
        if (body == null) {
            throw new IllegalStateException("POST " + context.request().path() + " was not read by BodyGate");
        }
        return body.toString(StandardCharsets.UTF_8);
    }
}
