package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rdpfix.support.RawHttp;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An upload or a request that goes wrong costs the log one WARN line: no ERROR, no stack trace. */
@QuarkusTest
class UploadLogTest {
    @TestHTTPResource("/")
    URL root;

    @jakarta.inject.Inject
    BodyGate gate;

    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(handler);
    }

    private LogRecord theOneWarning() throws InterruptedException {
        for (int wait = 0; wait < 50 && warnings.isEmpty(); wait++) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertEquals(1, warnings.size(), warnings.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString());
        LogRecord record = warnings.get(0);
        assertEquals(Level.WARNING, record.getLevel());
        assertNull(record.getThrown(), "no stack trace");
        return record;
    }

    @Test
    void aDroppedUploadLogsOneWarning() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort()); OutputStream out = socket.getOutputStream()) {
            out.write(("POST /undo.txt HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100000\r\n\r\ncapture=" + "a".repeat(5000)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
        }
        assertTrue(String.valueOf(theOneWarning().getMessage()).contains("client closed the connection"));
    }

    /** Chunked, so that no Content-Length lets the transport refuse it before the app reads it. */
    @Test
    void aChunkedBodyOverOneMebibyteGets413AndOneWarning() throws Exception {
        String status;
        try (Socket socket = new Socket(root.getHost(), root.getPort()); OutputStream out = socket.getOutputStream()) {
            out.write(("POST /undo.cmd HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(65536).getBytes(StandardCharsets.US_ASCII);
            // Exactly the limit, then ten bytes more: the app stops reading one byte past the limit.
            for (int sent = 0; sent < FormBody.LIMIT; sent += chunk.length) {
                out.write(("10000\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("a\r\naaaaaaaaaa\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
        assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        assertTrue(String.valueOf(theOneWarning().getMessage()).contains("refused a request body over"));
    }

    /** Declared in its Content-Length, beyond the transport's own limit too: Quarkus answered that 413 without a word in the log. */
    @Test
    void aDeclaredBodyOverTheLimitGets413AndOneWarning() throws Exception {
        String answer;
        try (Socket socket = new Socket(root.getHost(), root.getPort()); OutputStream out = socket.getOutputStream()) {
            out.write(("POST /undo.txt HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + 3 * FormBody.LIMIT + "\r\n\r\ncapture=aaaa").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("X-Content-Type-Options: nosniff") && answer.endsWith(FormBody.TOO_LARGE), answer);
        assertTrue(String.valueOf(theOneWarning().getMessage()).contains("refused a request body over"));
    }

    /** HTTP/1.0 needs no Host: a health check without one is answered; a script, whose links name the Host, is refused. */
    @ParameterizedTest
    @CsvSource({"/q/health/live, 200", "/script.txt, 400", "/, 400"})
    void withoutAHostOnlyTheHealthChecksAreAnswered(String target, int status) throws Exception {
        String answer;
        try (Socket socket = new Socket(root.getHost(), root.getPort()); OutputStream out = socket.getOutputStream()) {
            out.write(("GET " + target + " HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.0 " + status + " "), answer);
        assertFalse(answer.contains("http://null"), answer);
        if (status == 400) {
            assertTrue(answer.contains("X-Content-Type-Options: nosniff") && answer.contains("missing or malformed Host"), answer);
        }
    }

    /**
     * Vert.x refuses some before any route: Quarkus answered its own text, logged as an ERROR with a
     * stack. A Host in brackets that is no IPv6 address passed Vert.x and broke the page's own links: a 500.
     */
    @ParameterizedTest
    @CsvSource({"/script%zz.txt, localhost", "/%, localhost", "/script.txt, a%b", "/script.txt, [1]", "/, [a-b]",
            "/script.cmd, [1.2.3.4]", "/capture.txt, [1]:8080"})
    void aMalformedRequestGetsTheAppsOwn400AndOneWarning(String target, String host) throws Exception {
        RawHttp.Answer answer = RawHttp.get(root.getPort(), target, host);
        assertEquals(400, answer.status(), answer.body());
        assertEquals(TextResponses.TEXT, answer.contentType());
        assertTrue(answer.body().startsWith("request: not a valid HTTP request"), answer.body());
        assertTrue(answer.head().contains("X-Content-Type-Options: nosniff"), answer.head());
        assertTrue(String.valueOf(theOneWarning().getMessage()).contains("refused a malformed request"));
    }

    /** The request target is no path: Vert.x-web answered 404 itself, with no body and none of the headers. */
    @ParameterizedTest
    @CsvSource({"OPTIONS *", "CONNECT localhost:443"})
    void aTargetThatIsNoPathGetsTheAppsOwn404AndOneWarning(String requestLine) throws Exception {
        RawHttp.Answer answer = RawHttp.send(root.getPort(), requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(404, answer.status(), answer.body());
        assertEquals(TextResponses.TEXT, answer.contentType());
        assertTrue(answer.body().startsWith("request: the target is not a path"), answer.body());
        assertTrue(answer.head().contains("Content-Security-Policy: ") && answer.head().contains("X-Frame-Options: DENY"), answer.head());
        assertTrue(String.valueOf(theOneWarning().getMessage()).contains("refused a malformed request"));
    }

    /**
     * A client that shuts its side after the body: Netty closes the connection then (Vert.x does not let
     * an app allow half-closed ones), so there is nobody to answer; it must cost no error and nothing held.
     */
    @Test
    void aHalfClosedPostLogsNoErrorAndHoldsNothing() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort()); OutputStream out = socket.getOutputStream()) {
            String body = "capture=abc";
            out.write(("POST /undo-preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            socket.setSoTimeout(10_000);
            socket.getInputStream().readAllBytes();
        }
        Thread.sleep(1_000);
        assertTrue(warnings.stream().noneMatch(r -> r.getLevel().intValue() > Level.WARNING.intValue() || r.getThrown() != null),
                warnings.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString());
        assertEquals(0, gate.held());
    }
}
