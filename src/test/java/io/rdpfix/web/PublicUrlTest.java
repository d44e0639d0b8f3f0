package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rdpfix.public-url goes into every script: a value that cannot stops the app at start-up, saying why. */
class PublicUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.org", "https://example.org/%20", "https://exa mple.org", "example.org"})
    void anAddressThatCannotGoIntoAScriptIsRefusedByName(String value) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new RequestContext(java.util.Optional.of(value)));
        assertTrue(refused.getMessage().contains("rdpfix.public-url (RDPFIX_PUBLIC_URL)") && refused.getMessage().contains(value),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://rdpfix.example.org", "http://127.0.0.1:18301/", "https://example.org/tools/rdpfix"})
    void aPlainAddressIsTaken(String value) {
        new RequestContext(java.util.Optional.of(value));
    }

    /** A UriInfo that knows only the address the request was sent to. */
    private static jakarta.ws.rs.core.UriInfo sentTo(String base) {
        return (jakarta.ws.rs.core.UriInfo) java.lang.reflect.Proxy.newProxyInstance(PublicUrlTest.class.getClassLoader(),
                new Class<?>[] {jakarta.ws.rs.core.UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getBaseUri")) {
                        return java.net.URI.create(base);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @org.junit.jupiter.api.Test
    void unsetTheShareLinkIsUnderTheAddressThePageWasOpenedAt() {
        var share = new RequestContext(java.util.Optional.empty()).shareUrl(sentTo("http://127.0.0.1:18301/"),
                io.rdpfix.support.Requests.valid("channel=manual"));
        org.junit.jupiter.api.Assertions.assertEquals("http://127.0.0.1:18301/?channel=manual&lang=en", share.value());
    }

    @org.junit.jupiter.api.Test
    void configuredNoRequestAddressChangesTheShareLink() {
        var share = new RequestContext(java.util.Optional.of("https://rdpfix.example.org/"))
                .shareUrl(sentTo("http://evil.example:666/"), io.rdpfix.support.Requests.valid(""));
        org.junit.jupiter.api.Assertions.assertEquals("https://rdpfix.example.org/?lang=en", share.value());
    }

    @org.junit.jupiter.api.Test
    void unsetARequestAddressThatCannotGoIntoAScriptIsA400SayingSo() {
        var refused = assertThrows(jakarta.ws.rs.WebApplicationException.class, () -> new RequestContext(java.util.Optional.empty())
                .shareUrl(sentTo("http://a%25b:1/"), io.rdpfix.support.Requests.valid("")));
        org.junit.jupiter.api.Assertions.assertEquals(400, refused.getResponse().getStatus());
        assertTrue(refused.getResponse().getEntity().toString().contains("set rdpfix.public-url"));
    }
}
