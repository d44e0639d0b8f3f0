package io.rdpfix.web;

import io.rdpfix.request.ParseResult;
import io.rdpfix.request.RequestParser;
import io.rdpfix.request.ShareQuery;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.text.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the shared state parameters of a request and knows the app's public address. */
@ApplicationScoped
public class RequestContext {
    private final String publicUrl;

    public RequestContext(@ConfigProperty(name = "rdpfix.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        new ShareUrl(this.publicUrl + "/");
    }

    public ParseResult parse(UriInfo uri, HttpHeaders headers) {
        return RequestParser.parse(query(uri), fallbackLanguage(headers));
    }

    public static Map<String, List<String>> query(UriInfo uri) {
        return new LinkedHashMap<>(uri.getQueryParameters(true));
    }

    /** The share link of the page for this request, written into every script header. */
    public ShareUrl shareUrl(ScriptRequest request) {
        return new ShareUrl(publicUrl + ShareQuery.link("/", request));
    }

    /** The most preferred of Accept-Language's languages that rdpfix speaks, else English. */
    public static Language fallbackLanguage(HttpHeaders headers) {
        return AcceptLanguage.preferred(Optional.ofNullable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).orElse(""));
    }
}
