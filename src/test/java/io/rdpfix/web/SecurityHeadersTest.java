package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every route carries the headers that do not depend on the page, once: static files, health, refusals too. */
@QuarkusTest
class SecurityHeadersTest {
    private static final Map<String, String> EVERYWHERE = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-read=()",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");

    @ParameterizedTest
    @ValueSource(strings = {"/", "/script.txt", "/script.cmd", "/capture.txt", "/output", "/output/step-zero", "/app.css", "/app.js", "/favicon.svg",
            "/webjars/htmx.org/dist/htmx.min.js", "/q/health/live", "/q/health/ready", "/script.txt?drive=B", "/no-such-page"})
    void everyRouteCarriesTheSecurityHeadersOnce(String path) {
        Response response = given().when().get(path);
        EVERYWHERE.forEach((name, value) -> {
            assertEquals(1, response.getHeaders().getValues(name).size(), path + " " + name + ": " + response.getHeaders().getValues(name));
            assertEquals(value, response.getHeader(name), path + " " + name);
        });
    }

    /** Every answer of the app is rendered for its request: none may be stored (static files say their own). */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=nl", "/script.txt", "/script.cmd", "/capture.txt", "/output", "/output/changes", "/script.txt?drive=B",
            "/script.ps1?channel=runcommand", "/q/health/live", "/no-such-page"})
    void anAnswerRenderedForItsRequestIsNotStored(String path) {
        Response response = given().when().get(path);
        assertEquals(java.util.List.of("no-store"), response.getHeaders().getValues("Cache-Control"), path);
    }
}
