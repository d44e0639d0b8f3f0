package io.rdpfix.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Query strings the app writes from values it did not produce itself. */
final class UrlEncoding {
    private UrlEncoding() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(Map<String, List<String>> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((key, values) -> values.forEach(value -> {
            query.append(query.isEmpty() ? "" : "&").append(encode(key)).append('=').append(encode(value));
        }));
        return query.toString();
    }
}
