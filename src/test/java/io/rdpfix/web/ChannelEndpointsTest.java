package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.rdpfix.support.Wrapped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** /script.ps1 and /commands.txt: the channels' scripts and Cloud Shell commands over HTTP. */
@QuarkusTest
class ChannelEndpointsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"channel=runcommand", "channel=runcommand&steps=keep-alive&dword=hex&lang=nl", "channel=repair",
            "channel=repair&current=yes&system=S1&software=S2&undo=off", "channel=repair&controlsets=1,2,3&rg=rg&vm=vm"})
    void thePowerShellScriptCarriesExactlyTheBatchScriptCmdServesForTheSameState(String query) {
        String ps1 = new String(given().get("/script.ps1?" + query).then().statusCode(200).extract().asByteArray(), StandardCharsets.US_ASCII);
        byte[] batch = given().get("/script.cmd?" + query).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(batch, Wrapped.batch(ps1).getBytes(StandardCharsets.US_ASCII), query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"runcommand, rdpfix-runcommand.ps1", "repair, rdpfix-repair.ps1"})
    void thePowerShellScriptDownloadsUnderTheChannelsName(String channel, String fileName) {
        given().get("/script.ps1?channel=" + channel).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    @Test
    void theSerialConsoleHasNoPowerShellScriptAndSaysWhereToGo() {
        given().get("/script.ps1").then().statusCode(400).body(startsWith("channel: the Serial Console and a repair VM by hand take /script.txt"));
        given().get("/commands.txt?rg=a&vm=b").then().statusCode(400).body(startsWith("channel: "));
    }

    @Test
    void theCommandsNameTheVmQuotedForEachShell() {
        given().get("/commands.txt?channel=repair&rg=rg(1)&vm=web-01").then().statusCode(200).contentType(TextResponses.TEXT)
                .body(containsString("\naz vm repair run -g 'rg(1)' -n 'web-01' --custom-script-file ~/rdpfix-repair.ps1 --run-on-repair --verbose\n"))
                .body(containsString("\naz vm repair run -g 'rg(1)' -n 'web-01' --custom-script-file (Join-Path $HOME 'rdpfix-repair.ps1') --run-on-repair --verbose\n"));
    }

    @Test
    void stepZeroSaysWhereEachChannelTakesTheCapture() {
        given().get("/").then().statusCode(200)
                .body(containsString("<p>Before the fix, run this script on the machine:"));
        given().get("/?channel=runcommand").then().statusCode(200)
                .body(containsString("<p>Before the fix, run rdpfix-capture-runcommand.ps1 with Run Command, as the fix"))
                .body(containsString("href=\"/capture.ps1?channel=runcommand&amp;lang=en\" download>Download rdpfix-capture-runcommand.ps1</a>"))
                .body(not(containsString("capture-block-1")));
        given().get("/?channel=repair&system=SYS_B").then().statusCode(200)
                .body(containsString("<p>After az vm repair create and before the fix&#39;s az vm repair run, run rdpfix-capture-repair.ps1"))
                .body(containsString("href=\"/capture.ps1?channel=repair&amp;system=SYS_B&amp;lang=en\" download>"));
        given().get("/?channel=repair&lang=nl").then().statusCode(200)
                .body(containsString("Voer na az vm repair create en vóór de az vm repair run van de fix rdpfix-capture-repair.ps1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"channel=runcommand", "channel=runcommand&steps=keep-alive&dword=hex&lang=nl", "channel=repair",
            "channel=repair&current=yes&system=S1&software=S2", "channel=repair&controlsets=1,2,3&rg=rg&vm=vm"})
    void theCapturesPowerShellScriptCarriesExactlyTheBatchCaptureCmdServes(String query) {
        String ps1 = new String(given().get("/capture.ps1?" + query).then().statusCode(200).extract().asByteArray(), StandardCharsets.US_ASCII);
        byte[] batch = given().get("/capture.cmd?" + query).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(batch, Wrapped.batch(ps1).getBytes(StandardCharsets.US_ASCII), query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"runcommand, rdpfix-capture-runcommand.ps1", "repair, rdpfix-capture-repair.ps1"})
    void theCapturesPowerShellScriptDownloadsUnderItsOwnName(String channel, String fileName) {
        given().get("/capture.ps1?channel=" + channel).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    @Test
    void theRecordedUndoRunsFromTheDiskOnlyOnRepairAndOnlyWhenTheFixRecords() {
        String ps1 = given().get("/recorded-undo.ps1?channel=repair&current=yes").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"rdpfix-recorded-undo-repair.ps1\"").extract().asString();
        assertTrue(ps1.contains("$undo = 'undo-"), ps1);
        for (String query : List.of("channel=runcommand", "channel=repair&undo=off")) {
            given().get("/recorded-undo.ps1?" + query).then().statusCode(400)
                    .body(startsWith("channel, undo: the recorded undo runs through az vm repair (channel=repair) when the fix records one"));
        }
        given().get("/recorded-undo.ps1?channel=manual").then().statusCode(400).body(startsWith("channel: "));
    }

    /** Nothing the repair page offers as a way back needs the repair VM the restore deletes. */
    @Test
    void onRepairTheWayBackIsTheOriginalOsDiskSavedFirstAndSwappedBackLast() {
        String text = given().get("/commands.txt?channel=repair&rg=g&vm=v").then().statusCode(200).extract().asString();
        List<String> bash = text.lines().takeWhile(l -> !l.startsWith("# In PowerShell")).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertEquals("az vm show -g 'g' -n 'v' --query storageProfile.osDisk.id -o tsv > \"$HOME/rdpfix-os-disk-g-v.txt\"",
                bash.get(0).replaceFirst("^test -e \"\\$HOME/rdpfix-os-disk-g-v.txt\" \\|\\| ", ""));
        assertEquals("az vm deallocate -g 'g' -n 'v' && az vm update -g 'g' -n 'v' --os-disk \"$(cat \"$HOME/rdpfix-os-disk-g-v.txt\")\""
                + " && az vm start -g 'g' -n 'v'", bash.get(bash.size() - 1));
        given().get("/?channel=repair&rg=g&vm=v").then().statusCode(200).body(containsString("<p id=\"repair-way-back\">On az vm repair"));
        given().get("/?channel=runcommand&rg=g&vm=v").then().statusCode(200).body(not(containsString("repair-way-back")));
    }

    /** "Did it work?" sends the admin to a capture that runs where they are: never the restarted VM for an offline fix. */
    @Test
    void didItWorkSaysWhereToTakeTheCaptureAfterTheFix() {
        given().get("/").then().statusCode(200).body(containsString("<p id=\"check-intro\">After the fix (and after the restart), run the capture"));
        given().get("/?channel=manual").then().statusCode(200)
                .body(containsString("<p id=\"check-intro\">After the fix, on the repair VM with the hives still loaded, run the capture"));
        given().get("/?channel=runcommand").then().statusCode(200)
                .body(containsString("<p id=\"check-intro\">After the fix, run rdpfix-capture-runcommand.ps1 again"));
        given().get("/?channel=repair").then().statusCode(200)
                .body(containsString("<p id=\"check-intro\">After the fix, run rdpfix-capture-repair.ps1 again"));
        given().get("/?channel=repair").then().statusCode(200)
                .body(containsString(">Captured output, pasted as Run Command or az vm repair printed it</label>"));
        given().get("/").then().statusCode(200).body(containsString(">Captured output, pasted as it came from the console</label>"));
    }

    /** The undo built from a capture, in the channel's script: exactly the undo.cmd the same capture gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"channel=runcommand, rdpfix-undo-runcommand.ps1", "channel=repair&lang=nl, rdpfix-undo-repair.ps1"})
    void theUndoPowerShellScriptCarriesExactlyTheUndoCmdOfTheSameCapture(String query, String fileName) {
        io.rdpfix.script.WritePlan plan = io.rdpfix.script.WritePlan.of(io.rdpfix.support.Requests.valid(query));
        String capture = String.join("\n", io.rdpfix.support.FakeConsole.captureOutput(plan, java.util.Map.of(), java.util.Map.of()));
        byte[] ps1 = given().formParam("capture", capture).post("/undo.ps1?" + query).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").extract().asByteArray();
        byte[] batch = given().formParam("capture", capture).post("/undo.cmd?" + query).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(batch, Wrapped.batch(new String(ps1, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
        assertEquals("", io.rdpfix.support.PowerShellGrammar.errors(java.util.Map.of("undo.ps1", new String(ps1, StandardCharsets.US_ASCII)))
                .get("undo.ps1"));
        given().formParam("capture", "no capture").post("/undo.ps1?" + query).then().statusCode(400).body(startsWith("capture: "));
        given().formParam("capture", capture).post("/undo.ps1").then().statusCode(400).body(startsWith("channel: "));
    }

    @Test
    void theSerialConsoleHasNoCapturePowerShellScript() {
        given().get("/capture.ps1").then().statusCode(400).body(startsWith("channel: the Serial Console and a repair VM by hand take /script.txt"));
    }

    @Test
    void theCommandsNeedBothNames() {
        given().get("/commands.txt?channel=runcommand&rg=a").then().statusCode(400).body(startsWith("rg, vm: "));
    }

    /** Every hostile name is refused with its field and rule, before any script or command is built. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "rg | a'b", "rg | a%3Bb", "rg | $(id)", "rg | a%20b", "rg | a%0Ab", "rg | a%60b", "rg | ends.", "rg | %E2%80%99x",
            "vm | a'b", "vm | vm.1", "vm | vm_1", "vm | vm-", "vm | a%60b", "vm | %E2%80%98x", "vm | a%26b", "vm | x%22y",
    })
    void aHostileNameIsRefusedNamingTheFieldAndTheRule(String field, String value) {
        String rule = field.equals("rg") ? "must be a resource group name" : "must be a Windows VM's name";
        for (String path : new String[] {"/commands.txt", "/script.ps1", "/capture.ps1", "/script.cmd"}) {
            String other = field.equals("rg") ? "vm=ok" : "rg=ok";
            given().urlEncodingEnabled(false).get(path + "?channel=repair&" + other + "&" + field + "=" + value).then().statusCode(400)
                    .body(containsString(field + "=")).body(containsString(rule)).body(not(containsString("az vm")));
        }
    }

    @Test
    void theLongestNamesAzureAllowsAreAccepted() {
        given().get("/commands.txt?channel=runcommand&rg=" + "r".repeat(90) + "&vm=" + "v".repeat(64)).then().statusCode(200);
        given().get("/commands.txt?channel=runcommand&rg=" + "r".repeat(91) + "&vm=v").then().statusCode(400);
        given().get("/commands.txt?channel=runcommand&rg=r&vm=" + "v".repeat(65)).then().statusCode(400);
    }

    @Test
    void theShareLinkHoldsOnlyWhatDiffersAndTheChannelDecidesTheMode() {
        given().get("/output?channel=runcommand&mode=offline&lang=en").then().statusCode(200)
                .header(PageResource.ADDRESS, equalTo("/?channel=runcommand&lang=en"));
        given().get("/output?channel=repair&mode=online&loadhives=yes&drive=G&rg=g&vm=v").then().statusCode(200)
                .header(PageResource.ADDRESS, equalTo("/?channel=repair&rg=g&vm=v&lang=en"));
        given().get("/output?channel=console").then().statusCode(200).header(PageResource.ADDRESS, equalTo("/?lang=en"));
    }

    @Test
    void theScriptsShareLinkLeavesOutTheVmNames() {
        String ps1 = given().get("/script.ps1?channel=repair&rg=g&vm=v").then().statusCode(200).extract().asString();
        assertEquals(1, ps1.lines().filter(l -> l.endsWith("again: http://localhost:8080/?channel=repair&lang=en")).count(), ps1);
    }

    @Test
    void runCommandAlsoGivesTheLineThatRunsTheRecordedUndoFileLater() {
        String undo = "az vm run-command invoke -g 'g' -n 'v' --command-id RunPowerShellScript"
                + " --scripts 'cmd.exe /d /c %SystemRoot%\\rdpfix\\undo-";
        String text = given().get("/commands.txt?channel=runcommand&rg=g&vm=v").then().statusCode(200).extract().asString();
        assertEquals(2, text.lines().filter(l -> l.startsWith(undo)).count(), text);
        given().get("/commands.txt?channel=runcommand&rg=g&vm=v&undo=off").then().statusCode(200).body(not(containsString("undo-")));
        // On repair the file is on the repair VM the restore deletes: a second repair VM runs it from the disk instead.
        given().get("/commands.txt?channel=repair&rg=g&vm=v").then().statusCode(200).body(not(containsString("rdpfix\\undo-")),
                containsString("--custom-script-file ~/rdpfix-recorded-undo-repair.ps1"));
    }
}
