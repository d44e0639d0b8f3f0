package io.rdpfix.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The headers that do not depend on the answer, on every route: the app's own answers, static files,
 * health and refusals alike. One route sets them all, with names and values encoded once; set as six
 * {@code quarkus.http.header.*} entries they were six routes, each encoding its header per request,
 * which cost the script endpoint about a tenth of its throughput (bench/RESULTS.md).
 * An answer that says how long it may be kept (versioned files, plain ones) keeps that; any other
 * is not stored, as every answer of the app is rendered for its request.
 */
@Singleton
public class CommonHeaders {
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

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        MultiMap headers = context.response().headers();
        for (int i = 0; i < NAMES.length; i++) {
            headers.set(NAMES[i], VALUES[i]);
        }
        context.addHeadersEndHandler(unstoredUnlessSaid(headers));
        context.next();
    }

    private static Handler<Void> unstoredUnlessSaid(MultiMap headers) {
        return ended -> {
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
        };
    }
}
