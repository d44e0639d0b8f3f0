package io.rdpfix.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request line byte for byte, as an attacker would, including what HTTP client libraries
 * refuse to send (malformed percent-encoding, a lone %).
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** @param head the status line and headers, as sent */
    public record Answer(int status, String contentType, String body, String head) {
    }

    public static Answer get(int port, String target) {
        return get(port, target, "localhost");
    }

    /** @param host the Host header's value, as sent */
    public static Answer get(int port, String target, String host) {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    /** @param request the whole request, as sent; the answer is read until the server closes */
    public static Answer send(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            byte[] raw = readAll(socket.getInputStream());
            String text = new String(raw, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            String body = text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String contentType = "";
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            return new Answer(status, contentType, chunked ? unchunk(body) : body, head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", position);
            int size = Integer.parseInt(body.substring(position, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
