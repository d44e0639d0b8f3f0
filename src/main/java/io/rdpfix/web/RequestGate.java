package io.rdpfix.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import io.rdpfix.request.Violation;
import org.jboss.logging.Logger;

/**
 * What every request passes first. It sets the headers that do not depend on the answer, on every
 * route (the app's own answers, static files, health and refusals alike), in one route with names
 * and values encoded once: as six {@code quarkus.http.header.*} entries they were six routes, each
 * encoding its header per request, which cost the script endpoint about a tenth of its throughput.
 * Every answer is not stored, as every answer of the app is rendered for its request, unless its route
 * replaces that with how long it may be kept (the versioned files); static files under plain names
 * are asked for again each time. And it refuses, with the app's
 * own plain-text answer and one WARN line, what Vert.x would otherwise refuse with its own (or log as
 * an ERROR): a malformed path or Host, a declared body over {@link FormBody#LIMIT}.
 */
@Singleton
public class RequestGate {
    /** The page needs no inline script or style and no eval (htmx is configured for that): only the app's own files. */
    static final Map<String, String> EVERYWHERE = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-read=()",
            "Cross-Origin-Opener-Policy", "same-origin");

    private static final CharSequence[] NAMES = EVERYWHERE.keySet().stream().map(HttpHeaders::createOptimized).toArray(CharSequence[]::new);
    private static final CharSequence[] VALUES = EVERYWHERE.keySet().stream().map(EVERYWHERE::get).map(HttpHeaders::createOptimized)
            .toArray(CharSequence[]::new);
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    /**
     * Static files under names that do not change with their content, and the webjars (whose
     * version-less alias changes with the build): a browser must ask again each time (with
     * If-Modified-Since); the page links the versioned names under /assets/ instead. Looked up by
     * path here: as a {@code quarkus.http.filter} it was a regular expression every request ran.
     */
    static final Set<String> PLAIN_ASSETS = Set.of("/app.css", "/app.js", "/favicon.svg", "/favicon.ico");
    private static final String WEBJARS = "/webjars/";
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");
    private static final String MALFORMED = "request: not a valid HTTP request (a missing or malformed Host header, or a malformed"
            + " percent-escape in the path).\n";
    private static final String NO_PATH = "request: the target is not a path on this server (one that begins with /).\n";
    private static final Logger LOG = Logger.getLogger(RequestGate.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle).failureHandler(RequestGate::refuseRequest);
    }

    private void handle(RoutingContext context) {
        String path;
        try {
            path = context.normalizedPath(); // kept by the context for routing; a malformed escape throws here, not in the router
        } catch (IllegalArgumentException malformed) {
            context.fail(400, malformed);
            return;
        }
        MultiMap headers = context.response().headers();
        setCommon(headers);
        String host = context.request().host();
        // Health checks (HTTP/1.0 ones send no Host) get their answer; the app's routes link to the Host.
        if (host == null ? !path.startsWith(HEALTH) : !validHost(host)) {
            context.fail(400, new IllegalArgumentException(host == null ? "no Host" : "malformed Host"));
            return;
        }
        // Set before any route answers: one that says how long its answer may be kept replaces it.
        headers.set(HttpHeaders.CACHE_CONTROL, PLAIN_ASSETS.contains(path) || path.startsWith(WEBJARS) ? NO_CACHE : NO_STORE);
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && over(length, FormBody.LIMIT)) {
            LOG.warnf("refused a request body over %d bytes: %s %s (Content-Length %s)", FormBody.LIMIT, context.request().method(),
                    path(context), Violation.printable(length));
            // The body is not read: the connection goes once the answer is out, as Vert.x's own 413 does.
            headers.set(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            context.response().endHandler(sent -> context.request().connection().close());
            answer(context, 413, FormBody.TOO_LARGE);
            return;
        }
        context.next();
    }

    private static final String HEALTH = "/q/health";

    /**
     * A Host the app can build its links from. Vert.x lets through a bracketed name that is no IPv6
     * address ({@code [1]}), which no URI takes; the page's links are built from it.
     */
    static boolean validHost(String host) {
        if (host.isEmpty()) {
            return false;
        }
        try {
            java.net.URI.create("http://" + host + "/");
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** A Content-Length over the limit; one that is not a number is left to Vert.x, which refuses it. */
    private static boolean over(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * A request Vert.x refuses before any route of ours (no valid Host, a malformed escape in the path:
     * 400; a target that is no path, as in {@code OPTIONS *} or {@code CONNECT host:443}: 404) gets the
     * app's own plain-text answer with the common headers, logged as one WARN line: it is the client's
     * mistake, not the server's.
     */
    private static void refuseRequest(RoutingContext context) {
        int status = context.statusCode();
        if (status != 400 && status != 404 || context.response().headWritten()) {
            context.next();
            return;
        }
        String reason = context.failure() == null ? "not a path" : context.failure().getMessage();
        LOG.warnf("refused a malformed request to %s: %s", path(context), Violation.printable(String.valueOf(reason)));
        setCommon(context.response().headers());
        answer(context, status, status == 400 ? MALFORMED : NO_PATH);
    }

    /** A refusal of the app's own: plain text, not stored (the common headers are already set). */
    static void answer(RoutingContext context, int status, String text) {
        context.response().headers().set(HttpHeaders.CACHE_CONTROL, NO_STORE).set(HttpHeaders.CONTENT_TYPE, TextResponses.TEXT);
        context.response().setStatusCode(status).end(text);
    }

    static String path(RoutingContext context) {
        return Violation.printable(java.util.Objects.requireNonNullElse(context.request().path(), ""));
    }

    private static void setCommon(MultiMap headers) {
        for (int i = 0; i < NAMES.length; i++) {
            headers.set(NAMES[i], VALUES[i]);
        }
    }
}
