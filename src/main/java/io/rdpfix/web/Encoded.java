package io.rdpfix.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** An answer's bytes as they are and gzipped, sent in the form the asker accepts. */
record Encoded(byte[] identity, byte[] gzipped) {

    static Encoded of(byte[] identity) {
        return new Encoded(identity, Gzip.of(identity));
    }

    long weight() {
        return identity.length + gzipped.length;
    }

    /** A 200 of the given type, gzipped when the request accepts it, saying that the answer varies with that. */
    Response.ResponseBuilder ok(HttpServerRequest http, String type) {
        boolean gzip = accepts(http);
        return answer(gzip ? gzipped : identity, gzip, type);
    }

    /** The same for an answer rendered for one request only: compressed only when that request accepts it. */
    static Response.ResponseBuilder once(byte[] identity, HttpServerRequest http, String type) {
        boolean gzip = accepts(http);
        return answer(gzip ? Gzip.of(identity) : identity, gzip, type);
    }

    private static Response.ResponseBuilder answer(byte[] body, boolean gzipped, String type) {
        Response.ResponseBuilder answer = Response.ok(body, type).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzipped ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip") : answer;
    }

    private static boolean accepts(HttpServerRequest http) {
        return Gzip.accepted(http.headers().getAll(HttpHeaders.ACCEPT_ENCODING));
    }
}
