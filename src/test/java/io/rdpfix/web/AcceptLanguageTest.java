package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.rdpfix.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accept-Language picks the page's language when lang is absent; whatever a client sends, it never fails. */
@QuarkusTest
class AcceptLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {";", ",", ";;", ",;,", "=", "q=", ";q=0.5", "nl;q=", "nl;q=abc", "nl;q=NaN", " ; , ; "})
    void aMalformedHeaderFallsBackToEnglishOnEveryEndpoint(String header) {
        assertEquals(Language.EN, AcceptLanguage.preferred(List.of(header)), header);
        for (String path : new String[] {"/", "/script.txt", "/script.cmd", "/capture.txt", "/output"}) {
            given().header("Accept-Language", header).when().get(path).then().statusCode(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl;", "nl;q", "nl; charset", "nl;;q=0.7"})
    void aRangeWithAStrayParameterStillCounts(String header) {
        assertEquals(Language.NL, AcceptLanguage.preferred(List.of(header)), header);
    }

    @Test
    void aMalformedRangeDoesNotHideAWellFormedOne() {
        assertEquals(Language.NL, AcceptLanguage.preferred(List.of(";, nl-NL;q=0.8")));
        given().header("Accept-Language", ";, nl").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"nl\">"), containsString("<h2>Voorinstellingen</h2>"));
    }

    @Test
    void theHighestWeightWins() {
        assertEquals(Language.NL, AcceptLanguage.preferred(List.of("en;q=0.4, nl;q=0.9")));
        assertEquals(Language.EN, AcceptLanguage.preferred(List.of("nl;q=0, en")));
    }
}
