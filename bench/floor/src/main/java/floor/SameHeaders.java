package floor;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * With {@code -Dfloor.headers=true}, the floor answers with the headers rdpfix puts on every answer
 * (its RequestGate: the same six, and Cache-Control no-store), set the same way, by one route in
 * front of all others with names and values encoded once. Not the floor the issue defines (that one
 * is minimal); a second row of the benchmark, to show how much of rdpfix's distance from the floor
 * those headers are. A copy, as the floor cannot depend on the app: bench/run.sh stops when the two
 * answer with different headers.
 */
@Singleton
public class SameHeaders {
    private static final String[][] HEADERS = {
            {"Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
            {"X-Content-Type-Options", "nosniff"},
            {"X-Frame-Options", "DENY"},
            {"Referrer-Policy", "no-referrer"},
            {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-read=()"},
            {"Cross-Origin-Opener-Policy", "same-origin"},
            {"Cache-Control", "no-store"},
    };
    private static final CharSequence[] NAMES = new CharSequence[HEADERS.length];
    private static final CharSequence[] VALUES = new CharSequence[HEADERS.length];

    static {
        for (int i = 0; i < HEADERS.length; i++) {
            NAMES[i] = HttpHeaders.createOptimized(HEADERS[i][0]);
            VALUES[i] = HttpHeaders.createOptimized(HEADERS[i][1]);
        }
    }

    void install(@Observes Router router) {
        if (!Boolean.getBoolean("floor.headers")) {
            return;
        }
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            MultiMap headers = context.response().headers();
            for (int i = 0; i < NAMES.length; i++) {
                headers.set(NAMES[i], VALUES[i]);
            }
            context.next();
        });
    }
}
