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
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new RequestContext(value));
        assertTrue(refused.getMessage().contains("rdpfix.public-url (RDPFIX_PUBLIC_URL)") && refused.getMessage().contains(value),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://rdpfix.example.org", "http://127.0.0.1:18301/", "https://example.org/tools/rdpfix"})
    void aPlainAddressIsTaken(String value) {
        new RequestContext(value);
    }
}
