package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Static files are kept "immutable" only under names that change with their content. */
@QuarkusTest
class AssetsTest {

    private static List<String> linked() {
        String page = given().get("/").asString();
        Matcher m = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"").matcher(page);
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    @Test
    void thePageLinksItsFilesAndHtmxByVersionedNamesThatAreKeptForLong() {
        List<String> links = linked();
        assertEquals(3, links.size(), links.toString());
        for (String link : links) {
            List<String> cache = given().get(link).then().statusCode(200).extract().headers().getValues("Cache-Control");
            assertEquals(1, cache.size(), link + " says Cache-Control once: " + cache);
            assertTrue(cache.get(0).contains("immutable") && cache.get(0).contains("public"), link + ": " + cache);
        }
        assertTrue(links.stream().anyMatch(l -> l.matches("/assets/[0-9a-f]{12}/htmx\\.min\\.js")), links.toString());
    }

    @Test
    void aVersionedFileHasTheBytesAndTypeOfThePlainOne() {
        for (String link : linked().stream().filter(l -> l.startsWith("/assets/")).toList()) {
            String name = link.substring(link.lastIndexOf('/'));
            String plain = name.equals("/htmx.min.js") ? "/webjars/htmx.org/dist/htmx.min.js" : name;
            assertArrayEquals(given().get(plain).asByteArray(), given().get(link).asByteArray(), link);
            assertEquals(given().get(plain).contentType().replace(" ", "").toLowerCase(),
                    given().get(link).contentType().replace(" ", "").toLowerCase(), link);
        }
    }

    @Test
    void plainNamesAreAskedForAgain() {
        for (String plain : List.of("/app.css", "/app.js", "/favicon.svg", "/favicon.ico", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/htmx.org/" + Assets.HTMX_VERSION + "/dist/htmx.min.js")) {
            assertEquals(List.of("no-cache"), given().get(plain).then().statusCode(200).extract().headers().getValues("Cache-Control"), plain);
        }
    }

    @Test
    void anotherVersionOrNameIsNotFound() {
        String link = linked().stream().filter(l -> l.startsWith("/assets/")).findFirst().orElseThrow();
        String version = link.split("/")[2];
        given().get("/assets/000000000000/app.css").then().statusCode(404);
        given().get("/assets/" + version + "/page.html").then().statusCode(404);
        assertFalse(given().get("/assets/" + version + "/..%2Fapplication.properties").asString().contains("quarkus"));
    }
}
