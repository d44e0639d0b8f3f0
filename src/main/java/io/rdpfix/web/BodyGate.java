package io.rdpfix.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.rdpfix.request.Violation;
import org.jboss.logging.Logger;

/**
 * Reads every POST body on the event loop, before a worker thread is given to it, so that neither the
 * memory of many large bodies nor the threads of many slow ones can stop the server:
 * <ul>
 *   <li>all bodies held at once (read, or still being answered) weigh at most {@link #IN_FLIGHT} bytes;
 *       a body that would pass that gets a fast 503 with Retry-After (and the rest of it is discarded);</li>
 *   <li>one body is at most {@link FormBody#LIMIT} bytes (413);</li>
 *   <li>a body must have arrived within {@code rdpfix.body-timeout} (15 s) of its request's start (408).</li>
 * </ul>
 * A slow client then holds a timer and the few bytes it sent, not one of the worker threads. The
 * resources read the body from the routing context ({@link FormBody#of}).
 */
@Singleton
public class BodyGate {
    /** About eight bodies of the largest size; each costs some five times its size while it is answered. */
    static final long IN_FLIGHT = 8L * 1024 * 1024;
    static final String BODY = "rdpfix.body";
    static final String BUSY = "503 the server is reading as many request bodies as it can hold; try again in a moment.\n";
    private static final Logger LOG = Logger.getLogger(BodyGate.class);

    private final AtomicLong held = new AtomicLong();
    private final long timeoutMs;
    private final String slow;

    public BodyGate(@ConfigProperty(name = "rdpfix.body-timeout", defaultValue = "15s") Duration timeout) {
        this.timeoutMs = Math.max(1, timeout.toMillis());
        this.slow = "408 the request body did not arrive within " + timeout.toSeconds() + " s.\n";
    }

    void install(@Observes Router router) {
        router.post().order(Integer.MIN_VALUE + 1).handler(this::read);
    }

    /** Bytes held by the bodies in flight now (for tests). */
    long held() {
        return held.get();
    }

    private void read(RoutingContext context) {
        new Reading(context).start();
    }

    /** One body being read: what it holds of the budget, its timer, and how it ends. */
    private final class Reading {
        private final RoutingContext context;
        private final HttpServerRequest request;
        private Buffer body;
        private final AtomicLong reserved = new AtomicLong();
        private long timer;
        private boolean refused;

        Reading(RoutingContext context) {
            this.context = context;
            this.request = context.request();
        }

        void start() {
            // Released once the answer is sent or the connection is gone, whichever comes first.
            context.addEndHandler(ended -> release());
            // Grown as bytes come, each counted: a size declared up front allocates nothing (10,000
            // connections declaring 1 MiB and sending nothing would otherwise hold 10 GB).
            body = Buffer.buffer();
            timer = context.vertx().setTimer(timeoutMs, fired -> tooSlow());
            request.handler(this::chunk);
            request.endHandler(ended -> complete());
            request.exceptionHandler(this::failed);
            request.resume();
        }

        private void chunk(Buffer chunk) {
            if (refused) {
                return; // discarded: the answer is out, the connection closes when the body ends
            }
            int size = chunk.length();
            if (body.length() + size > FormBody.LIMIT) {
                LOG.warnf("refused a request body over %d bytes: POST %s", FormBody.LIMIT, RequestGate.path(context));
                refuse(413, FormBody.TOO_LARGE);
                return;
            }
            if (held.addAndGet(size) > IN_FLIGHT) {
                held.addAndGet(-size);
                LOG.warnf("refused a request body: %d bytes are held by others (POST %s)", held.get(), RequestGate.path(context));
                context.response().headers().set("Retry-After", "1");
                refuse(503, BUSY);
                return;
            }
            reserved.addAndGet(size);
            body.appendBuffer(chunk);
        }

        private void complete() {
            context.vertx().cancelTimer(timer);
            if (refused) {
                closeWhenAnswered();
                return;
            }
            context.put(BODY, body);
            context.next();
        }

        private void tooSlow() {
            if (refused) {
                closeWhenAnswered(); // the rest of a refused body did not come in time either
            } else if (!request.isEnded()) {
                LOG.warnf("refused a request body that took over %d ms: POST %s", timeoutMs, RequestGate.path(context));
                refuse(408, slow);
                closeWhenAnswered();
            }
        }

        private void closeWhenAnswered() {
            if (context.response().ended()) {
                request.connection().close();
            } else {
                context.addEndHandler(sent -> request.connection().close());
            }
        }

        /** The answer goes now; the body is dropped (and the rest of it discarded as it comes). */
        private void refuse(int status, String text) {
            refused = true;
            body = Buffer.buffer(0);
            release();
            context.response().headers().set(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            RequestGate.answer(context, status, text);
        }

        /** The client went away before its body was all there: one line says so, without a stack trace. */
        private void failed(Throwable failure) {
            context.vertx().cancelTimer(timer);
            release();
            if (!refused) {
                LOG.warnf("client closed the connection during POST %s after %d bytes: %s", RequestGate.path(context), body.length(),
                        Violation.printable(String.valueOf(failure.getMessage())));
            }
        }

        private void release() {
            held.addAndGet(-reserved.getAndSet(0));
        }
    }
}
