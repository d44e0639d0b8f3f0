package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the page says in words, in both languages. */
@QuarkusTest
class PageTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "steps=keep-alive&undo=off | 1 paste block of at most 2048 characters (the Serial Console&#39;s paste limit).</p>",
            "channel=manual | 10 paste blocks of at most 2048 characters (the Serial Console&#39;s paste limit). Paste them one after the other.</p>",
            "steps=keep-alive&undo=off&lang=nl | 1 plakblok van hooguit 2048 tekens (de plaklimiet van de seriële console).</p>",
            "channel=manual&lang=nl | 10 plakblokken van hooguit 2048 tekens (de plaklimiet van de seriële console). Plak ze na elkaar.</p>"})
    void theBlockCountSaysBlockOrBlocks(String query, String sentence) {
        given().get("/?" + query).then().statusCode(200).body(containsString(sentence));
    }

    /** Microsoft's own advice first, and what the undo file touches said exactly, in both languages. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Before you start, take a snapshot of the VM&#39;s OS disk | It touches only the values the fix writes",
            "nl | Maak voordat u begint een momentopname (snapshot) van de besturingssysteemschijf | Het raakt alleen de waarden die het herstel schrijft"})
    void thePageSaysSnapshotFirstAndExactlyWhatTheUndoTouches(String lang, String snapshot, String touches) {
        given().get("/?lang=" + lang).then().statusCode(200).body(containsString(snapshot), containsString(touches));
    }

    /** A port refused shows its error, and the steps left name the port as a placeholder, not 3389 as if it were chosen. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en | Then let TCP &lt;port&gt; in", "nl | Laat dan TCP &lt;port&gt; door"})
    void aRefusedPortIsNamedAsAPlaceholderInWhatIsLeftToDo(String lang, String notDone) {
        given().get("/?fix=rdp-port&port=70000&lang=" + lang).then().statusCode(200).body(containsString("id=\"error-port\""),
                containsString(notDone), containsString("id=\"title-port\">RDP"), not(containsString("TCP 3389")),
                not(containsString("-port\">RDP port 3389")), not(containsString("-port\">RDP-poort 3389")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | <title>rdpfix: Remote Desktop to an Azure VM fails</title> | <p class=\"tagline\">Remote Desktop to an Azure VM fails</p>",
            "nl | <title>rdpfix: Extern bureaublad naar een Azure-VM werkt niet</title> | <p class=\"tagline\">Extern bureaublad naar een Azure-VM werkt niet</p>"})
    void theTaglineBesideTheHeadingDoesNotSayRdpfixAgainButTheTitleDoes(String lang, String title, String tagline) {
        given().get("/?lang=" + lang).then().statusCode(200).body(containsString(title), containsString(tagline),
                not(containsString("<p class=\"tagline\">rdpfix")));
    }
}
