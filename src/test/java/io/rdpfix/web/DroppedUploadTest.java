package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.junit.jupiter.api.Test;

/** A client that goes away in the middle of an upload costs the log one WARN line, no ERROR and no stack trace. */
@QuarkusTest
class DroppedUploadTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void aDroppedUploadLogsOneWarningWithoutAStackTrace() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorResponses.class.getName());
        logger.addHandler(handler);
        try {
            try (Socket socket = new Socket(root.getHost(), root.getPort()); OutputStream out = socket.getOutputStream()) {
                out.write(("POST /undo.txt HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\ncapture=" + "a".repeat(5000)).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300);
            }
            for (int wait = 0; wait < 50 && records.isEmpty(); wait++) {
                Thread.sleep(100);
            }
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size(), records.toString());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertTrue(records.get(0).getThrown() == null, "no stack trace");
        assertTrue(String.valueOf(records.get(0).getMessage()).contains("client closed the connection"), records.get(0).getMessage());
    }
}
