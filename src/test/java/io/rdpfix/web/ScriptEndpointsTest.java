package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Requests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ScriptEndpointsTest {

    private static String golden(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/golden", name), StandardCharsets.US_ASCII);
    }

    /** A capture taken after the fix, every value as the fix writes it, or one changed. */
    private static String afterTheFix(String query, boolean oneChanged) {
        WritePlan plan = WritePlan.of(Requests.valid(query));
        Map<String, RegValue> values = new java.util.HashMap<>();
        plan.writes().forEach(w -> values.put(w.key().key().path() + "|" + w.name(), w.value().data()));
        if (oneChanged) {
            var first = plan.writes().get(0);
            values.put(first.key().key().path() + "|" + first.name(), new RegValue.Dword(2));
        }
        return FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(), values), "C:\\Windows\\system32>");
    }

    @Test
    void theCheckEndpointSaysWhetherEveryValueIsAsTheFixWritesIt() {
        given().formParam("capture", afterTheFix("steps=security-layer,keep-alive", false))
                .post("/check.txt?steps=security-layer,keep-alive").then().statusCode(200).contentType(TextResponses.TEXT)
                .body(startsWith("All 4 values are as the fix writes them."));
        given().formParam("capture", afterTheFix("steps=security-layer,keep-alive", true))
                .post("/check.txt?steps=security-layer,keep-alive").then().statusCode(422)
                .body(startsWith("1 of 4 values are not as the fix writes them: listed first.\n\nWRONG  SecurityLayer"))
                .body(containsString("found REG_DWORD 0x2 (2)"));
        given().formParam("capture", "nonsense").post("/check.txt").then().statusCode(400).body(startsWith("capture: "));
    }

    @Test
    void theCheckEndpointAlsoReadsTheFixsOwnVerdictLine() {
        given().formParam("capture", "C:\\>...\nrdpfix: OK, 16 of 16 values verified\n").post("/check.txt").then().statusCode(200)
                .body(startsWith("All 16 values are as the fix writes them."));
        given().formParam("capture", "rdpfix: FAILED 1 of 16: KeepAliveTimeout\n").post("/check.txt").then().statusCode(422)
                .body(startsWith("1 of 16 values are not as the fix writes them: listed first.\n\nNOT_VERIFIED  KeepAliveTimeout"));
        given().formParam("capture", "rdpfix: OK, 29 of 29 values verified").post("/check.txt").then().statusCode(400)
                .body(containsString("counts 29 values; this selection sets 16"));
        given().formParam("capture", "rdpfix: FAILED: HKLM\\BROKENSOFTWARE not loaded").post("/check.txt?channel=manual").then()
                .statusCode(400).body(containsString("stopped before writing anything: HKLM\\BROKENSOFTWARE not loaded"));
    }

    /** Offline on a disk without ControlSet002's RDP-Tcp key the fix says so and counts 16 of the selection's 29: right, not refused. */
    @Test
    void theFixsOwnOutputWithASkippedControlSetIsReadAsAllItCouldWrite() {
        String output = "rdpfix: ControlSet002 has no RDP-Tcp key: skipped, nothing written there.\nrdpfix: 2/4 done\n"
                + "rdpfix: OK, 16 of 16 values verified\n";
        given().formParam("capture", output).post("/check.txt?channel=manual").then().statusCode(200)
                .body(startsWith("All 16 values are as the fix writes them. 13 more are not there on this disk"))
                .body(containsString("SKIPPED  MaxIdleTime  in HKLM\\BROKENSYSTEM\\ControlSet002\\"));
        given().formParam("capture", output.replace("ControlSet002 has no RDP-Tcp key: skipped, nothing written there.\n", ""))
                .post("/check.txt?channel=manual").then().statusCode(400).body(containsString("counts 16 values; this selection sets 29"));
    }

    /** enable-rdp's policy value is written and counted only where a policy sets it: its verdict counts 6 or 7 of 7. */
    @Test
    void aVerdictWithoutTheValueWrittenOnlyWhereItExistsCountsItSkipped() {
        given().formParam("capture", "rdpfix: OK, 6 of 6 values verified").post("/check.txt?fix=enable-rdp").then().statusCode(200)
                .body(startsWith("All 6 values are as the fix writes them. 1 more are not there on this disk"))
                .body(containsString("SKIPPED  fDenyTSConnections  in HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services"));
        given().formParam("capture", "rdpfix: OK, 7 of 7 values verified").post("/check.txt?fix=enable-rdp").then().statusCode(200)
                .body(startsWith("All 7 values are as the fix writes them.\n"));
        given().formParam("capture", "rdpfix: OK, 5 of 5 values verified").post("/check.txt?fix=enable-rdp").then().statusCode(400)
                .body(containsString("counts 5 values; this selection sets 7"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/script.txt | text/plain;charset=UTF-8", "/capture.txt | text/plain;charset=UTF-8",
            "/script.cmd | application/octet-stream", "/capture.cmd | application/octet-stream",
            "/script.ps1?channel=runcommand | application/octet-stream", "/commands.txt?channel=runcommand&rg=g&vm=v | text/plain;charset=UTF-8"})
    void eachAnswerGoesToAnyAcceptThatTakesItsTypeAndARefusalNamesTheType(String path, String type) {
        String answer = given().get(path).then().statusCode(200).contentType(type).extract().asString();
        for (String accept : new String[] {"*/*", type.replaceAll(";.*", ""), type.replaceAll("/.*", "/*"),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}) {
            given().accept(accept).get(path).then().statusCode(200).contentType(type).body(equalTo(answer));
        }
        given().accept("application/json").get(path).then().statusCode(406).contentType(TextResponses.TEXT)
                .body(equalTo("406 Not Acceptable: this answer is " + type + ", which the request's Accept header leaves out\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/output", "/output/step-zero", "/output/changes"})
    void thePageAndItsPartsRefusedForTheirTypeNameHtml(String path) {
        given().accept("application/json").get(path).then().statusCode(406).contentType(TextResponses.TEXT)
                .body(equalTo("406 Not Acceptable: this answer is text/html, which the request's Accept header leaves out\n"));
    }

    @Test
    void withAPublicUrlConfiguredNoHostHeaderChangesTheShareLink() {
        String script = given().header("Host", "evil.example:666").get("/script.cmd?channel=manual").asString();
        assertTrue(script.contains("http://localhost:8080/?channel=manual") && !script.contains("evil"), script);
        String page = given().header("Host", "evil.example:666").get("/?channel=manual").asString();
        assertTrue(page.contains("value=\"http://localhost:8080/?channel=manual&amp;lang=en\"") && !page.contains("evil"));
    }

    @Test
    void scriptTxtIsTheOnlineArticleAsPlainTextInline() throws Exception {
        String body = given().when().get("/script.txt").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Content-Disposition", "inline")
                .extract().asString();
        assertEquals(golden("online-article.txt"), body);
    }

    @ParameterizedTest
    @CsvSource({"'',rdpfix-online.cmd,online-article.cmd", "channel=manual,rdpfix-offline.cmd,offline-article.cmd",
            "channel=manual&dword=hex,rdpfix-offline.cmd,offline-article-hex.cmd"})
    void scriptCmdIsABatchFileAttachmentWithCrlf(String query, String file, String goldenName) throws Exception {
        byte[] body = given().when().get(query.isEmpty() ? "/script.cmd" : "/script.cmd?" + query).then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertEquals(golden(goldenName), new String(body, StandardCharsets.US_ASCII));
    }

    @Test
    void captureEndpointsServeBothForms() {
        given().when().get("/capture.txt?channel=manual").then().statusCode(200)
                .contentType(startsWith("text/plain")).body(containsString("echo #rdpfix begi^n"));
        given().when().get("/capture.cmd").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"rdpfix-capture-online.cmd\"")
                .body(startsWith("@echo off\r\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/script.txt?mode=sideways     | mode=\"sideways\": must be one of: online, offline.",
            "/script.cmd?drive=C&channel=manual | drive=\"C\": must be one drive letter from D to Z",
            "/script.txt?steps=nope        | steps=\"nope\": \"nope\" is not a setting",
            "/capture.txt?system=SAM       | system=\"SAM\": is HKLM itself or one of its own keys",
            "/script.txt?x=1               | x=(empty): unknown parameter",
    })
    void invalidParametersGet400WithTheReasonAndNoScript(String url, String reason) {
        String body = given().when().get(url).then()
                .statusCode(400)
                .contentType(startsWith("text/plain"))
                .body(containsString(reason.trim()))
                .extract().asString();
        assertTrue(!body.contains("REG ADD") && !body.contains("reg "), body);
    }

    @Test
    void refusalsFollowLangAndAcceptLanguage() {
        given().when().get("/script.txt?lang=nl&drive=B").then().statusCode(400)
                .body(containsString("moet een stationsletter van D tot Z zijn"));
        given().header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5").when().get("/script.txt?drive=B").then().statusCode(400)
                .body(containsString("moet een stationsletter van D tot Z zijn"));
    }

    @Test
    void scriptTextsFollowTheLanguage() {
        given().when().get("/script.cmd?lang=nl").then().statusCode(200)
                .body(containsString("REM rdpfix (catalogus")).body(not(containsString("REM rdpfix (catalog ")));
        given().when().get("/script.txt?lang=nl").then().statusCode(200)
                .body(containsString("waarden gecontroleerd")).body(not(containsString("values verified")));
    }

    @Test
    void undoFromAPastedCaptureRestoresAndDeletes() {
        var request = Requests.valid("channel=manual&steps=keep-alive&undo=off");
        WritePlan plan = WritePlan.of(request);
        String key = plan.writes().get(0).key().key().path();
        String capture = FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(),
                Map.of(key + "|KeepAliveTimeout", new RegValue.Dword(7))), "C:\\Windows\\system32>");
        String undo = given().formParam("capture", capture).when().post("/undo.txt?channel=manual&steps=keep-alive&undo=off")
                .then().statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        assertTrue(undo.contains("set R_W1=" + key + "\n"), undo);
        assertTrue(undo.contains("reg add \"%R_W1%\" /v KeepAliveTimeout /t REG_DWORD /d 7 /f"), undo);
        assertTrue(undo.contains("set R_W3=HKLM\\BROKENSOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\n"), undo);
        assertTrue(undo.contains("reg delete \"%R_W3%\" /v KeepAliveEnable /f"), undo);
        given().formParam("capture", capture).when().post("/undo.cmd?channel=manual&steps=keep-alive&undo=off")
                .then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"rdpfix-undo-offline.cmd\"")
                .body(startsWith("@echo off\r\n"));
    }

    /**
     * The undo endpoints answer, byte for byte, what UndoService builds from the capture as posted: a
     * console's CRLF lines and a string with cmd's special characters arrive unchanged. (The Wine tests
     * run UndoService's bytes.)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"undo.txt, PASTE", "undo.cmd, BATCH"})
    void anUndoEndpointAnswersTheUndoBuiltFromTheCaptureAsPosted(String path, ScriptForm form) {
        String state = "undo=off";
        ScriptRequest request = Requests.valid(state);
        WritePlan plan = WritePlan.of(request);
        Write maxIdleTime = plan.writes().stream().filter(write -> write.name().equals("MaxIdleTime")).findFirst().orElseThrow();
        String capture = FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(), Map.of(maxIdleTime.key().key().path() + "|MaxIdleTime",
                new RegValue.Sz(" a & b ^ c | d < e > (f) 50 \\"))), "C:\\Windows\\system32>").replace("\n", "\r\n");
        // The test profile's public address is the one Requests.shareUrl writes.
        String expected = new UndoService().render(request, capture, form, Requests.shareUrl(request)).script().orElseThrow().text();
        assertTrue(expected.contains(" a & b ^ c"), expected);
        assertEquals(expected, given().formParam("capture", capture).when().post("/" + path + "?" + state).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void undoOfACaptureFromAnotherSelectionIsRefused() {
        WritePlan other = WritePlan.of(Requests.valid("steps=keep-alive"));
        String capture = String.join("\n", FakeConsole.captureOutput(other, Map.of(), Map.of()));
        given().formParam("capture", capture).when().post("/undo.txt").then().statusCode(400)
                .contentType(startsWith("text/plain"))
                .body(containsString("another selection")).body(not(containsString("REG")));
    }

    @Test
    void undoOfATruncatedCaptureIsRefused() {
        WritePlan plan = WritePlan.of(Requests.valid(""));
        var lines = FakeConsole.captureOutput(plan, Map.of(), Map.of());
        String capture = String.join("\n", lines.subList(0, lines.size() / 2));
        given().formParam("capture", capture).when().post("/undo.cmd").then().statusCode(400)
                .body(containsString("incomplete"));
    }

    @Test
    void undoWithAHugePasteGets413() {
        given().formParam("capture", "x".repeat(200_000)).when().post("/undo.txt").then().statusCode(413)
                .body(containsString("at most 131072"));
    }

    @Test
    void undoWithoutCaptureIsRefused() {
        given().contentType("application/x-www-form-urlencoded").when().post("/undo.txt").then().statusCode(400)
                .body(containsString("Nothing was pasted"));
    }

    @Test
    void pageIsServedInTheNegotiatedLanguage() {
        given().when().get("/").then().statusCode(200).contentType(startsWith("text/html")).body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "nl").when().get("/").then().statusCode(200).body(containsString("<html lang=\"nl\">"))
                .body(containsString("seriële console")).body(not(containsString("\\u00")));
        given().header("Accept-Language", "nl").when().get("/?lang=en").then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void outputFragmentReplacesTheAddressWithTheCanonicalShareLink() {
        given().when().get("/output?channel=manual&steps=&steps=keep-alive&controlsets=&controlsets=001&controlsets=002&dword=dec&lang=en")
                .then().statusCode(200)
                .header(PageResource.ADDRESS, equalTo("/?channel=manual&steps=keep-alive&lang=en"))
                .body(containsString("id=\"output\""));
    }

    @Test
    void pageShowsExactlyTheScriptTxtInItsBlocks() {
        String page = given().when().get("/?channel=manual").then().statusCode(200).extract().asString();
        String script = given().when().get("/script.txt?channel=manual").then().extract().asString();
        StringBuilder joined = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("<pre id=\"block-\\d+\"[^>]*>(.*?)</pre>", java.util.regex.Pattern.DOTALL).matcher(page);
        while (matcher.find()) {
            joined.append(matcher.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&"));
        }
        assertEquals(script, joined.toString());
    }

    @Test
    void invalidPageStateShowsTheErrorNextToTheFieldAndNoScript() {
        // A reg add as the page shows one: the same page for a valid state has it.
        given().when().get("/?channel=manual").then().statusCode(200).body(containsString("reg add &quot;"));
        given().when().get("/?channel=manual&software=SYSTEM").then().statusCode(200)
                .body(containsString("id=\"error-software\" class=\"field-error\" role=\"alert\">&quot;SYSTEM&quot;: "))
                .body(not(containsString("reg add &quot;")));
    }

    /** A fix the catalog does not have: refused by name, with the ones it has, on the page and by every script. */
    @Test
    void anUnknownFixIsNamedWithTheKnownOnesAndGivesNoScript() {
        given().when().get("/?fix=nla-of").then().statusCode(200)
                .body(containsString("id=\"error-fix\" class=\"field-error\" role=\"alert\">&quot;nla-of&quot;: "))
                .body(containsString("disconnects, enable-rdp, nla-off, rdp-port, credssp-oracle, firewall-off"))
                .body(not(containsString("reg add &quot;")));
        given().when().get("/script.txt?fix=nla-of").then().statusCode(400)
                .body(containsString("fix"), containsString("disconnects, enable-rdp, nla-off, rdp-port, credssp-oracle, firewall-off"), not(containsString("reg add")));
    }

    /** Steps are the chosen fix's: another fix's setting is refused, naming the ones this fix has. */
    @Test
    void aStepOfAnotherFixIsRefusedNamingThisFixsSettings() {
        given().when().get("/script.txt?fix=rdp-port&steps=security-layer").then().statusCode(400)
                .body(containsString("steps"), containsString("known are: port."), not(containsString("reg add")));
    }

    @Test
    void theOutputFragmentCarriesTheFieldErrorsAsOneInertListNotASwapPerField() {
        given().when().get("/output?channel=manual&software=SYSTEM").then().statusCode(200)
                .body(containsString("<template id=\"field-errors\"><p data-field=\"software\">&quot;SYSTEM&quot;: "))
                .body(not(containsString("id=\"error-software\"")));
        given().when().get("/output?channel=manual").then().statusCode(200)
                .body(not(containsString("field-errors")))
                .body(not(containsString("id=\"error-")));
    }
}
