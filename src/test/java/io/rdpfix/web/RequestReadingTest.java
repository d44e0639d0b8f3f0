package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.request.ParseResult;
import io.rdpfix.support.Requests;
import io.rdpfix.text.Language;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A request's parse and links are read once per distinct query, languages and address, and never shared across them. */
class RequestReadingTest {
    private final AtomicInteger parses = new AtomicInteger();

    /** A request as the HTTP layer sees it; every parse of its query is counted. */
    private record Sent(UriInfo uri, HttpServerRequest http) {
    }

    private Sent sent(String host, String query, String acceptLanguage) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set("Host", host);
        if (!acceptLanguage.isEmpty()) {
            headers.set("Accept-Language", acceptLanguage);
        }
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class}, (p, method, args) ->
                switch (method.getName()) {
                    case "getBaseUri" -> URI.create("http://" + host + "/");
                    case "getRequestUri" -> URI.create("http://" + host + "/?" + query);
                    case "getQueryParameters" -> {
                        parses.incrementAndGet();
                        yield new MultivaluedHashMap<>(Requests.query(query).entrySet().stream().collect(
                                java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, e -> e.getValue().get(0))));
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServerRequest http = (HttpServerRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServerRequest.class},
                (p, method, args) -> switch (method.getName()) {
                    case "headers" -> headers;
                    case "getHeader" -> headers.get(args[0].toString());
                    case "query" -> query.isEmpty() ? null : query;
                    case "scheme" -> "http";
                    case "host" -> host;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new Sent(uri, http);
    }

    private static Reading read(RequestContext context, Sent sent) {
        return context.read(sent.uri(), sent.http());
    }

    @Test
    void aRequestReadBeforeIsNotParsedAgain() {
        RequestContext context = new RequestContext(Optional.empty());
        Reading first = read(context, sent("127.0.0.1:18301", "channel=manual", "nl"));
        Reading again = read(context, sent("127.0.0.1:18301", "channel=manual", "nl"));
        assertSame(first, again);
        assertEquals(1, parses.get());
    }

    @Test
    void theSameQuerySentToAnotherAddressCarriesThatAddress() {
        RequestContext context = new RequestContext(Optional.empty());
        Reading here = read(context, sent("127.0.0.1:18301", "channel=manual", ""));
        Reading there = read(context, sent("rdpfix.example.org", "channel=manual", ""));
        assertEquals("http://127.0.0.1:18301/?channel=manual&lang=en", here.links().orElseThrow().script().value());
        assertEquals("http://rdpfix.example.org/?channel=manual&lang=en", there.links().orElseThrow().script().value());
    }

    @Test
    void theSameQueryInAnotherLanguageIsReadInThatLanguage() {
        RequestContext context = new RequestContext(Optional.empty());
        assertEquals(Language.NL, read(context, sent("localhost", "channel=manual", "nl-NL,nl;q=0.9")).parsed().language());
        assertEquals(Language.EN, read(context, sent("localhost", "channel=manual", "en")).parsed().language());
    }

    @Test
    void withAConfiguredAddressTheHostDoesNotMatter() {
        RequestContext context = new RequestContext(Optional.of("https://rdpfix.example.org"));
        Reading one = read(context, sent("127.0.0.1:1", "channel=manual", ""));
        assertSame(one, read(context, sent("evil.example:666", "channel=manual", "")));
        assertEquals("https://rdpfix.example.org/?channel=manual&lang=en", one.links().orElseThrow().script().value());
    }

    @Test
    void aRefusedQueryHasNoLinks() {
        RequestContext context = new RequestContext(Optional.empty());
        Reading refused = read(context, sent("localhost", "drive=B", ""));
        assertInstanceOf(ParseResult.Invalid.class, refused.parsed());
        assertTrue(refused.links().isEmpty());
    }

    @Test
    void thePageLinkKeepsTheVmsNamesTheScriptLinkLeavesOut() {
        RequestContext context = new RequestContext(Optional.empty());
        Reading.Links links = read(context, sent("localhost", "channel=runcommand&rg=rg-1&vm=vm-1", "")).links().orElseThrow();
        assertTrue(links.page().contains("rg=rg-1") && links.page().contains("vm=vm-1"), links.page());
        assertTrue(!links.script().value().contains("vm-1"), links.script().value());
        assertNotSame(links.page(), links.script().value());
    }
}
