package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.RawHttp;
import io.rdpfix.support.Requests;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Injection attempts in every parameter of every endpoint, huge and malformed values, wrong methods
 * and bad encodings: never a 5xx, never a stack trace, and no script with anything but validated values.
 */
@QuarkusTest
class HostileInputTest {
    @TestHTTPResource("/")
    java.net.URL root;

    private static final List<String> ENDPOINTS = List.of("/", "/output", "/output/step-zero", "/output/changes", "/script.txt", "/script.cmd", "/capture.txt", "/capture.cmd");
    private static final List<String> PARAMETERS = List.of("mode", "system", "software", "controlsets", "current", "loadhives",
            "drive", "dword", "steps", "undo", "lang", "evil");
    /** Already percent-encoded, as they would arrive on the wire. */
    private static final List<String> PAYLOADS = List.of("%26calc", "x%7Ccalc", "%22%20%26%20del%20C%3A%5C", "%25PATH%25", "a%5E%26b",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%3E%3Enul", "BROKEN%0D%0AREG%20DELETE%20HKLM%5CSYSTEM", "%00", "SYST%C3%88M",
            "%D0%85YSTEM", "%EF%BC%A6", "%E2%80%AE", "x%27%20%2F%76", "001%2C002%3Bcalc", "%ZZ", "%C0%AF", "%", "A".repeat(3000));

    static Stream<Arguments> attacks() {
        List<Arguments> attacks = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (String parameter : PARAMETERS) {
                for (String payload : PAYLOADS) {
                    attacks.add(Arguments.of(endpoint, parameter, payload));
                }
            }
        }
        return attacks.stream();
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("attacks")
    void noPayloadReachesAScriptAndNothingBreaks(String endpoint, String parameter, String payload) {
        RawHttp.Answer answer = RawHttp.get(root.getPort(), endpoint + "?channel=manual&" + parameter + "=" + payload);
        assertSafe(answer.status(), answer.contentType(), answer.body());
    }

    /** Quarkus answered these itself with an empty 400: no type, no security headers, no reason. */
    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource({"/script.txt, mode=%zz", "/script.cmd, x=%", "/capture.txt, channel=manual&system=%G0",
            "/script.ps1, channel=runcommand&rg=%", "/commands.txt, vm=%zz", "/output, mode=%zz", "/output/changes, mode=%zz", "/, mode=%zz"})
    void aMalformedEscapeInTheQueryGetsTheAppsOwnAnswerSayingSo(String endpoint, String query) {
        RawHttp.Answer answer = RawHttp.get(root.getPort(), endpoint + "?" + query);
        assertTrue(answer.body().contains("not valid percent-encoded UTF-8"), answer.head() + "\n\n" + answer.body());
        boolean page = endpoint.equals("/") || endpoint.startsWith("/output");
        assertTrue(answer.contentType().startsWith(page ? "text/html" : "text/plain"), answer.contentType());
        assertTrue(answer.head().contains("X-Content-Type-Options: nosniff"), answer.head());
        if (!page) {
            assertEquals(400, answer.status(), answer.body());
        }
    }

    @Test
    void aHugePastedCaptureGetsAClear413() {
        Response response = given().formParam("capture", "#V01 absent\n".repeat(20_000)).when().post("/undo.cmd");
        assertTrue(response.statusCode() == 413, response.asString());
        assertTrue(response.asString().contains("at most 131072"));
    }

    /** A verdict line at the end of an oversized paste once made "did it work?" read it all. */
    @ParameterizedTest
    @ValueSource(strings = {"/check.txt", "/check", "/check-preview"})
    void aHugePasteEndingInAVerdictIsRefusedByItsSizeToo(String endpoint) {
        Response response = given().formParam("capture", "x".repeat(140_000) + "\nrdpfix: OK, 16 of 16 values verified")
                .when().post(endpoint);
        assertTrue(response.asString().contains("at most 131072"), endpoint + ": " + response.asString().substring(0,
                Math.min(300, response.asString().length())));
        assertFalse(response.asString().contains("16 of 16"), endpoint);
    }

    @Test
    void anOverlongQueryStringGetsAClear400() {
        Response response = given().urlEncodingEnabled(false).when().get("/script.txt?steps=" + "keep-alive,".repeat(300));
        assertTrue(response.statusCode() == 400, response.statusLine());
        assertTrue(response.asString().contains("longer than 2048 characters"), response.asString());
    }

    @Test
    void wrongMethodsAreRefusedPlainly() {
        for (Response response : List.of(given().post("/script.txt"), given().put("/"), given().delete("/script.cmd"),
                given().get("/undo.txt"), given().contentType("application/json").body("{}").post("/undo.cmd"))) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusLine());
            assertNoLeak(response.asString());
        }
    }

    @Test
    void aWrongMethodIsToldWhichOnesTheResourceTakes() {
        Response response = given().delete("/script.txt");
        assertTrue(response.statusCode() == 405, response.statusLine());
        String allow = response.header("Allow");
        assertTrue(allow != null && allow.contains("GET") && !allow.contains("DELETE"), String.valueOf(allow));
        assertTrue(given().get("/undo.txt").header("Allow").contains("POST"), "undo takes POST");
    }

    @Test
    void hostileCapturesAreRefusedOrGiveAnUndoOfValidatedValuesOnly() {
        for (String capture : List.of("#rdpfix begin 00000000 16 5\n#rdpfix end 00000000 16 5", "\u0000\u202E%PATH%&calc",
                "#V01 [    SecurityLayer    REG_SZ    \u00e9]", "x".repeat(100))) {
            for (String endpoint : List.of("/undo.txt", "/undo.cmd", "/undo-preview", "/", "/check.txt", "/check", "/check-preview")) {
                assertSafe(given().formParam("capture", capture).when().post(endpoint));
                assertSafe(given().urlEncodingEnabled(false).formParam("capture", capture)
                        .when().post(endpoint + "?system=%22%26calc&channel=manual"));
            }
        }
    }

    /**
     * A capture that parses but holds hostile string data: the batch undo carries that data only inside
     * the one reg add line that writes it back and the line its read-back compares with, spelled exactly
     * as the encoders spell them; the pasted undo refuses it, naming the value (issue 19: a typed line
     * that carried it rested on how cmd reads {@code ^"}).
     */
    @Test
    void hostileDataInAValidCaptureReachesTheUndoOnlyAsItsEncodedArgument() {
        String hostile = "x\" & calc & \"%PATH%^|<>()!";
        String query = "steps=idle-time&undo=off";
        WritePlan plan = WritePlan.of(Requests.valid(query));
        String listener = plan.keys().get(0).key().path();
        String capture = String.join("\n", FakeConsole.captureOutput(plan, Map.of(), Map.of(listener + "|MaxIdleTime", new RegValue.Sz(hostile))));
        String undo = given().formParam("capture", capture).when().post("/undo.cmd?" + query).then().statusCode(200).extract().asString();
        // Put back only while it holds what the fix wrote (0): the condition reads a listed DWORD, never the data;
        // the data goes through a variable, set with carets, and the read-back's line likewise.
        CmdWriter batch = CmdWriter.of(ScriptForm.BATCH);
        List<String> expected = List.of(batch.setExactly("R_S", CmdWriter.crtEscaped(hostile)),
                batch.setExactly("R_V", "    MaxIdleTime    REG_SZ    " + hostile + "."));
        assertTrue(undo.contains("if \"%R_$1MaxIdleTime%\"==\"0x0\" cmd /d /v:on /c reg add \"%R_W1%\" /v MaxIdleTime /t REG_SZ /d \"!R_S!\" /f"),
                undo);
        assertEquals(expected, undo.lines().filter(line -> line.contains("calc")).toList());
        Response pasted = given().formParam("capture", capture).when().post("/undo.txt?" + query);
        assertEquals(400, pasted.statusCode(), pasted.asString());
        assertTrue(pasted.asString().contains("MaxIdleTime in " + listener + " was captured as text with a double quote or a percent sign"),
                pasted.asString());
        assertFalse(pasted.asString().contains("calc"), pasted.asString());
    }

    /**
     * A captured string long enough that its line passes one paste (2048 characters) once gave the
     * page a 500 and /undo.txt a line no console takes: the paste form refuses it and says what
     * to run instead; the batch file carries it.
     */
    @Test
    void aCapturedStringTooLongToPasteIsRefusedInThePasteFormOnly() {
        String query = "steps=idle-time&undo=off";
        WritePlan plan = WritePlan.of(Requests.valid(query));
        String listener = plan.keys().get(0).key().path();
        String capture = String.join("\n", FakeConsole.captureOutput(plan, Map.of(), Map.of(listener + "|MaxIdleTime",
                new RegValue.Sz("x".repeat(2000)))));
        Response pasted = given().formParam("capture", capture).when().post("/undo.txt?" + query);
        assertEquals(400, pasted.statusCode(), pasted.asString());
        assertTrue(pasted.asString().contains("more than one paste takes (2048)"), pasted.asString());
        for (String page : List.of("/undo-preview?", "/?")) {
            Response preview = given().formParam("capture", capture).when().post(page + query);
            assertEquals(200, preview.statusCode(), page);
            assertTrue(preview.asString().contains("run the undo as a batch file (undo.cmd)"), page);
        }
        given().formParam("capture", capture).when().post("/undo.cmd?" + query).then().statusCode(200);
    }

    private static void assertSafe(Response response) {
        assertSafe(response.statusCode(), response.contentType(), response.asString());
    }

    private static void assertSafe(int status, String type, String body) {
        assertTrue(status < 500, status + "\n" + body);
        assertNoLeak(body);
        if (status == 200 && !type.startsWith("text/html")) {
            for (String line : body.split("\r?\n")) {
                assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "non-ASCII in script: " + line);
                assertFalse(line.contains("calc") || line.contains("alert(") || line.contains("DELETE HKLM\\SYSTEM"), line);
            }
        }
        if (type.startsWith("text/html")) {
            assertFalse(body.contains("<script>alert(1)"), "HTML escaped");
        }
    }

    private static void assertNoLeak(String body) {
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at io.rdpfix"), body);
    }
}
