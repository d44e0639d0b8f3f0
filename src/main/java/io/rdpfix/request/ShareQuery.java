package io.rdpfix.request;

import io.rdpfix.script.ScriptRequest;

/**
 * The canonical, short query string of a request: the query of the {@link FormState} it stands for.
 * Every character is from validated values, so it reads as typed.
 */
public final class ShareQuery {
    private ShareQuery() {
    }

    public static String of(ScriptRequest request) {
        return FormState.of(request).query();
    }

    /** A path with the request's query appended, if any. */
    public static String link(String path, ScriptRequest request) {
        return link(path, of(request));
    }

    public static String link(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
