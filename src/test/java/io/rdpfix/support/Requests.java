package io.rdpfix.support;

import io.rdpfix.request.ParseResult;
import io.rdpfix.request.RequestParser;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.request.ShareQuery;
import io.rdpfix.text.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds requests the way the HTTP layer does, from a query string. */
public final class Requests {
    private Requests() {
    }

    public static Map<String, List<String>> query(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
        }
        return parameters;
    }

    public static ParseResult parse(String query) {
        return RequestParser.parse(query(query), Language.EN);
    }

    public static ScriptRequest valid(String query) {
        ParseResult result = parse(query);
        if (result instanceof ParseResult.Valid valid) {
            return valid.request();
        }
        throw new AssertionError("expected valid: " + query + "\n" + ((ParseResult.Invalid) result).describe());
    }

    public static ShareUrl shareUrl(ScriptRequest request) {
        return new ShareUrl("http://localhost:8080" + ShareQuery.link("/", request));
    }
}
