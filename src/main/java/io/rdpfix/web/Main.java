package io.rdpfix.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts rdpfix. Quarkus' HTTP layer answers a request whose target java.net.URI cannot parse (a
 * malformed escape such as {@code ?mode=%zz}) with an empty 400, before any route: no type, no
 * security headers, no word of what is wrong. Its switch is a system property read when the
 * server starts, so it is set here, before; the app then reads such a query itself and refuses it
 * with its own 400 naming the query (RequestContext). The tests set the same property (pom.xml).
 */
@QuarkusMain
public final class Main {
    Main() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
