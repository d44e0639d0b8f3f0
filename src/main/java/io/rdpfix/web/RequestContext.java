package io.rdpfix.web;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.request.FormState;
import io.rdpfix.request.ParseResult;
import io.rdpfix.request.RequestParser;
import io.rdpfix.request.Violation;
import io.rdpfix.text.Text;
import io.rdpfix.request.ShareQuery;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.text.Language;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.handler.HttpException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the shared state parameters of a request and knows the app's public address. Created at
 * start-up, so that a public address that cannot go into a script stops the app with the reason
 * instead of failing every script request later.
 */
@Startup
@ApplicationScoped
public class RequestContext {
    /** A full state is some 200 characters; anything ten times longer is not a form of ours. */
    public static final int MAX_QUERY_LENGTH = 2048;
    private static final Text QUERY_TOO_LONG = new Text(
            "the query string is longer than {0} characters.",
            "de query string is langer dan {0} tekens.");
    private static final Text BAD_ENCODING = new Text(
            "the query string is not valid percent-encoded UTF-8.",
            "de query string is geen geldige procent-gecodeerde UTF-8.");

    private static final Text UNSAFE_HOST = new Text(
            "the address this request was sent to ({0}) cannot go into a script; set rdpfix.public-url.",
            "het adres waar dit verzoek heen ging ({0}) kan niet in een script; stel rdpfix.public-url in.");

    /** The configured public address, without a trailing slash; when absent, each request's own. */
    private final Optional<String> publicUrl;

    public RequestContext(@ConfigProperty(name = "rdpfix.public-url") Optional<String> configured) {
        this.publicUrl = configured.map(RequestContext::checked);
    }

    private static String checked(String configured) {
        String base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        try {
            new ShareUrl(base + "/");
            return base;
        } catch (IllegalArgumentException unsafe) {
            throw new IllegalStateException("rdpfix.public-url (RDPFIX_PUBLIC_URL) must be an absolute http or https address of"
                    + " letters, digits, dots, dashes and an optional path, such as https://rdpfix.example.org; it is \""
                    + configured + "\"", unsafe);
        }
    }

    /** What a request's reading depends on, and nothing else: its query, its languages and, unless configured, its address. */
    /**
     * The key: what a reading is a function of, weighed by its characters (two bytes each) and a
     * header per string; with it the parse's records and its form state, which holds what was typed
     * (at most the query again).
     */
    record Raw(String query, List<String> acceptLanguage, String origin) {
        long weight() {
            long characters = query.length() + origin.length() + acceptLanguage.stream().mapToLong(String::length).sum();
            return 2L * characters + STRING_BYTES * (2 + acceptLanguage.size()) + PARSE_BYTES + 2L * query.length();
        }
    }

    private static final long STRING_BYTES = 48;
    private static final long PARSE_BYTES = 2048;

    /** The value's links, each a string of its own. */
    static long linksWeight(Reading reading) {
        return reading.links().map(l -> 2L * (l.script().value().length() + l.pageQuery().length() + l.page().length())
                + 3 * STRING_BYTES).orElse(0L);
    }

    private final WeighedCache<Raw, Reading> readings = new WeighedCache<>(4L * 1024 * 1024, 64 * 1024, Raw::weight,
            RequestContext::linksWeight);

    /**
     * The request's parse and links. Both are pure functions of the raw query, the Accept-Language
     * header and the address, so a request read before is not parsed again: most requests are a
     * handful of presets, and parsing costs more than the rest of serving a cached script.
     */
    public Reading read(UriInfo uri, HttpServerRequest http) {
        // The address as the request's base URI is built from it (forwarded headers included, when enabled).
        String host = http.host();
        Raw raw = new Raw(Objects.requireNonNullElse(http.query(), ""), http.headers().getAll(HttpHeaders.ACCEPT_LANGUAGE),
                publicUrl.isPresent() ? "" : http.scheme() + "://" + host);
        if (host == null && publicUrl.isEmpty()) {
            return readNow(uri, raw);
        }
        return readings.get(raw, key -> readNow(uri, key));
    }

    /** @param uri only to decode the query and, unless configured, to build the address the key names */
    private Reading readNow(UriInfo uri, Raw raw) {
        ParseResult parsed = parse(raw.query(), uri, AcceptLanguage.preferred(raw.acceptLanguage()));
        if (parsed instanceof ParseResult.Valid valid) {
            ScriptRequest request = valid.request();
            String pageQuery = FormState.of(request).withVm(valid.form().resourceGroup(), valid.form().vmName()).query();
            return new Reading(parsed, Optional.of(new Reading.Links(shareUrl(uri, request), pageQuery, pageLink(uri, pageQuery))));
        }
        return new Reading(parsed, Optional.empty());
    }

    private static ParseResult parse(String raw, UriInfo uri, Language language) {
        if (raw.length() > MAX_QUERY_LENGTH) {
            return queryRefused(QUERY_TOO_LONG.with(MAX_QUERY_LENGTH), language);
        }
        try {
            return RequestParser.parse(new LinkedHashMap<>(uri.getQueryParameters(true)), language);
        } catch (IllegalArgumentException | HttpException badEncoding) {
            // Vert.x reports a malformed escape as a 400 HttpException; the answer is ours, saying what is wrong.
            return queryRefused(BAD_ENCODING, language);
        }
    }

    /** The whole query refused for {@code reason}: the page shows the default form, for the default fix. */
    private static ParseResult queryRefused(Text reason, Language language) {
        return new ParseResult.Invalid(List.of(Violation.of("query", "", reason)), FormState.defaults(language), Catalog.DISCONNECTS);
    }

    /**
     * The share link of the page for this request, written into every script header: under the
     * configured public address, else under the address the request was sent to (the one the user
     * opened), so the link works where the page was opened. With one configured, no header changes it.
     */
    ShareUrl shareUrl(UriInfo uri, ScriptRequest request) {
        String base = base(uri);
        try {
            return new ShareUrl(base + ShareQuery.link("/", request));
        } catch (IllegalArgumentException unsafe) {
            throw new WebApplicationException(TextResponses.badRequest(
                    UNSAFE_HOST.with(Violation.printable(base)).in(request.language()) + "\n"));
        }
    }

    /**
     * The page's own link for a query that may hold more than a script carries (the VM's names, which
     * no script depends on): shown in the page, never written into a script.
     */
    private String pageLink(UriInfo uri, String query) {
        return base(uri) + ShareQuery.link("/", query);
    }

    private String base(UriInfo uri) {
        return publicUrl.orElseGet(() -> uri.getBaseUri().getScheme() + "://" + uri.getBaseUri().getRawAuthority());
    }
}
