package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * htmx's re-render sends the output's two sections that start closed (step 0, what changes) empty, each with
 * the address that loads it for the state shown; the page itself, for readers without JavaScript, has them
 * inline. Both ways, an opened section shows the same.
 */
@QuarkusTest
class OutputSectionsTest {
    private static final String[] QUERIES = {"lang=en", "channel=manual&controlsets=001,002&loadhives=yes&lang=nl", "steps=keep-alive&dword=hex",
            "channel=repair&mode=offline&rg=g&vm=v"};

    @ParameterizedTest(name = "{0}")
    @CsvSource({"step-zero, capture-block-1", "changes, <table"})
    void theReRenderSendsAClosedSectionEmptyWithTheAddressThatLoadsItForTheSameState(String section, String content) {
        String output = given().get("/output?channel=manual&steps=keep-alive&lang=nl").then().statusCode(200).extract().asString();
        String details = details(output, section);
        assertTrue(details.contains(" hx-get=\"/output/" + section + "?channel=manual&amp;steps=keep-alive&amp;lang=nl\""
                + " hx-trigger=\"toggle once\" hx-target=\"find .on-demand\" hx-swap=\"outerHTML\">"), details);
        assertTrue(details.contains("<div class=\"on-demand\"></div>"), details);
        assertFalse(details.contains(content), details);
    }

    @Test
    void theDefaultStateAsksItsPartsWithOnlyItsLanguage() {
        given().get("/output").then().statusCode(200)
                .body(containsString(" hx-get=\"/output/step-zero?lang=en\" "), containsString(" hx-get=\"/output/changes?lang=en\" "),
                        containsString(" hx-post=\"/undo-preview?lang=en\" "), containsString(" hx-post=\"/check-preview?lang=en\" "),
                        containsString("<form id=\"capture-form\" method=\"post\" action=\"/?lang=en\">"),
                        containsString(" formaction=\"/undo.cmd?lang=en\">"), containsString(" action=\"/check?lang=en\">"))
                .body(not(containsString("?\"")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"step-zero", "changes"})
    void aSectionLoadedWhenOpenedIsWhatThePageShowsInlineForTheSameState(String section) {
        for (String query : QUERIES) {
            String page = given().get("/?" + query).then().statusCode(200).extract().asString();
            String inline = details(page, section);
            assertFalse(inline.contains("hx-get") || inline.contains("on-demand"), inline);
            String body = inline.substring(inline.indexOf("</summary>") + "</summary>".length(), inline.lastIndexOf("</details>"));
            String loaded = given().get("/output/" + section + "?" + query).then().statusCode(200)
                    .contentType(containsString("text/html")).extract().asString();
            assertEquals(trimmedLines(body), trimmedLines(loaded), query);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"step-zero, reg query &quot;", "changes, MaxIdleTime"})
    void aSectionOfARefusedStateSaysWhyAsTheOutputDoes(String section, String content) {
        // What the section shows for a valid state (a query, a value), and never for a refused one.
        given().get("/output/" + section + "?channel=manual").then().statusCode(200).body(containsString(content));
        given().get("/output/" + section + "?channel=manual&software=SYSTEM").then().statusCode(200)
                .body(containsString("No script is shown: fix the fields marked in the form."))
                .body(containsString("&quot;SYSTEM&quot;"))
                .body(not(containsString(content)));
    }

    /** The details element of that section: from its start tag to its end. */
    private static String details(String html, String section) {
        Matcher start = Pattern.compile("<details class=\"" + section + "\" id=\"" + section + "\"").matcher(html);
        assertTrue(start.find(), section + " in " + html);
        return html.substring(start.start(), html.indexOf("</details>", start.start()) + "</details>".length());
    }

    private static String trimmedLines(String html) {
        return html.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }
}
