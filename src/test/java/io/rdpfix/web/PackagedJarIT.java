package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.rdpfix.support.RawHttp;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar as it ships (target/quarkus-app/quarkus-run.jar, started as java -jar by the verify
 * phase): what the other tests imitate with a property, Main must do for real.
 */
@QuarkusIntegrationTest
class PackagedJarIT {
    @TestHTTPResource("/")
    URL root;

    /** Main turns the HTTP layer's URI check off: else an empty 400, no reason, no headers. */
    @Test
    void theJarAnswersAMalformedEscapeWithItsOwnReason() {
        RawHttp.Answer answer = RawHttp.get(root.getPort(), "/script.txt?mode=%zz");
        assertEquals(400, answer.status(), answer.head());
        assertTrue(answer.body().contains("not valid percent-encoded UTF-8"), answer.body());
        assertTrue(answer.head().contains("X-Content-Type-Options: nosniff"), answer.head());
    }

    /** Byte for byte the golden file, but for the share link's address (this server's port). */
    @Test
    void theJarServesTheArticlesFixAsTheGoldenFileSays() throws Exception {
        String served = given().get("/script.cmd?undo=off").then().statusCode(200)
                .contentType(startsWith("application/octet-stream")).extract().asString();
        String golden = Files.readString(Path.of("src/test/resources/golden/online-article-no-undo.cmd"), StandardCharsets.US_ASCII);
        assertEquals(golden, served.replace("http://localhost:" + root.getPort() + "/", "http://localhost:8080/"));
    }
}
