package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsed-request cache counts what its keys really hold: a long Accept-Language once counted as 64 bytes. */
class RequestContextWeightTest {

    @Test
    void aLongAcceptLanguageWeighsItsCharacters() {
        String header = "nl-NL;q=0.9, ".repeat(600);
        long weight = new RequestContext.Raw("channel=manual", List.of(header), "http://localhost:8080").weight();
        assertTrue(weight >= 2L * header.length(), weight + " bytes for " + header.length() + " characters");
    }

    @Test
    void aLongQueryWeighsItsCharactersTwiceOver() {
        String query = "steps=" + "keep-alive,".repeat(180);
        long weight = new RequestContext.Raw(query, List.of(), "http://localhost:8080").weight();
        assertTrue(weight >= 4L * query.length(), weight + " bytes for " + query.length() + " characters: the key and the form state");
    }
}
