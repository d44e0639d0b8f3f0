package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page, its fragments and its files are gzipped for a browser that accepts it, byte for byte the
 * same once unzipped, and sent as they are to one that does not; the answer says it varies by that.
 */
@QuarkusTest
class CompressionTest {
    @TestHTTPResource("/")
    URL base;

    /*
     * HTTP/1.1, as a browser speaks plain http: the JDK's default asks to upgrade to h2c, and once such
     * a GET got no answer at all (the server idle, the client waiting past Quarkus' 10-minute hang
     * detection). A timeout makes any lost answer a failure that says so.
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<byte[]> get(String path, Optional<String> acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(Duration.ofSeconds(30));
        acceptEncoding.ifPresent(value -> request.header("Accept-Encoding", value));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The page and what it links, as a browser finds them: every one of them is compressed. */
    private List<String> pageAndFiles() throws Exception {
        String page = new String(get("/", Optional.empty()).body(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> paths = new java.util.ArrayList<>(List.of("/", "/?channel=manual&lang=nl", "/output?channel=manual", "/?drive=B"));
        Matcher linked = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"").matcher(page);
        while (linked.find()) {
            paths.add(linked.group(1));
        }
        assertEquals(7, paths.size(), paths.toString());
        return paths;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @org.junit.jupiter.api.Test
    void aBrowserGetsThePageAndItsFilesGzippedAndTheSameOnceUnzipped() throws Exception {
        for (String path : pageAndFiles()) {
            HttpResponse<byte[]> plain = get(path, Optional.empty());
            HttpResponse<byte[]> zipped = get(path, Optional.of("gzip, deflate, br, zstd"));
            assertEquals(Optional.of("gzip"), zipped.headers().firstValue("Content-Encoding"), path);
            assertTrue(zipped.body().length * 2 < plain.body().length, path + ": " + zipped.body().length + " of " + plain.body().length);
            assertArrayEquals(plain.body(), gunzip(zipped.body()), path);
            assertEquals(List.of("Accept-Encoding"), zipped.headers().allValues("Vary"), path);
            assertEquals(List.of("Accept-Encoding"), plain.headers().allValues("Vary"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "gzip;q=0", "br", "*;q=0"})
    void aClientThatDoesNotAcceptGzipGetsTheBytesAsTheyAre(String acceptEncoding) throws Exception {
        for (String path : pageAndFiles()) {
            HttpResponse<byte[]> answer = get(path, Optional.of(acceptEncoding));
            assertEquals(Optional.empty(), answer.headers().firstValue("Content-Encoding"), path);
            assertArrayEquals(get(path, Optional.empty()).body(), answer.body(), path);
        }
    }

    @org.junit.jupiter.api.Test
    void aPageRenderedForOnePostIsGzippedToo() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base.toString()).resolve("/?channel=manual"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("capture=nothing")).build();
        HttpResponse<byte[]> answer = client.send(post, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals(Optional.of("gzip"), answer.headers().firstValue("Content-Encoding"));
        assertTrue(new String(gunzip(answer.body()), java.nio.charset.StandardCharsets.UTF_8).contains("<html"));
    }
}
