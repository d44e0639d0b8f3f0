package io.rdpfix.wine;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.azure.ChannelScript;
import io.rdpfix.azure.WrapperKind;
import io.rdpfix.capture.Capture;
import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.capture.ValueState;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.location.Channel;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.CaptureScript;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.RepairCli;
import io.rdpfix.support.RepairRunOutput;
import io.rdpfix.support.Wine;
import io.rdpfix.support.Wrapped;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capture under Wine: what is left on the screen is all the user copies, and it fits the screen. */
@Execution(ExecutionMode.CONCURRENT)
class WineCaptureTest {
    private final Wine wine = Wine.get();

    @BeforeEach
    void seed() {
        wine.reset();
        wine.seed(Wine.LISTENER, "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "2", "/f");
        wine.seed(Wine.offlineListener(1), "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", "4294967295", "/f");
        wine.seed(Wine.offlineListener(2), "/v", "PortNumber", "/t", "REG_DWORD", "/d", "3389", "/f");
    }

    private Wine.Result capture(String query, ScriptForm form) {
        ScriptRequest request = valid(query);
        String text = CaptureScript.render(request, form, shareUrl(request)).text();
        return form == ScriptForm.BATCH ? wine.batch(text) : wine.paste(text);
    }

    /** From the begin line to the end: on a console the screen was cleared just before it. */
    private static List<String> screen(Wine.Result result) {
        List<String> printed = result.printed();
        int begin = -1;
        for (int i = 0; i < printed.size(); i++) {
            if (printed.get(i).startsWith("#rdpfix begin ")) {
                begin = i;
            }
        }
        assertTrue(begin >= 0, result.output());
        return printed.subList(begin, printed.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"undo=off", "channel=manual&undo=off", "channel=manual&controlsets=001,002,003&undo=off",
            "channel=manual&current=yes&undo=off"})
    void whatTheUserCopiesIsTheLastThingOnScreenAtMost22LinesOf80Columns(String query) {
        List<String> screen = screen(capture(query, ScriptForm.PASTE));
        assertTrue(screen.size() <= 22, screen.size() + " lines:\n" + String.join("\n", screen));
        screen.forEach(line -> assertTrue(line.length() <= 80, line.length() + ": " + line));
        assertTrue(screen.get(screen.size() - 1).matches("rdpfix: capture [0-9a-f]{8} complete\\..*"), String.join("\n", screen));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void theScreenParsesToWhatTheRegistryHolds(ScriptForm form) {
        String query = "channel=manual&undo=off";
        Wine.Result result = capture(query, form);
        WritePlan plan = WritePlan.of(valid(query));
        Capture capture = assertInstanceOf(CaptureResult.Parsed.class, CaptureParser.parse(String.join("\n", screen(result)), plan))
                .capture();
        for (int i = 0; i < plan.writes().size(); i++) {
            var write = plan.writes().get(i);
            boolean maxIdleInSet1 = write.name().equals("MaxIdleTime") && write.key().key().path().equals(Wine.offlineListener(1));
            assertEquals(maxIdleInSet1 ? new ValueState.Present(new RegValue.Dword(0xffffffffL)) : new ValueState.Absent(),
                    capture.values().get(i), write.toString());
        }
    }

    /**
     * The capture as Run Command and az vm repair run it: the batch its .ps1 carries, run by Wine; for
     * repair, its lines as the CLI shows them from the driver's log (every line an Output entry, with
     * the repair script's own lines around the batch's). Both parse to what the console's capture
     * gives, and "did it work?" reads them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"channel=runcommand", "channel=repair"})
    void throughEachChannelsPowerShellScriptTheCaptureReadsTheSame(String query) {
        ScriptRequest request = valid(query);
        String ps1 = ChannelScript.render(WrapperKind.CAPTURE, request, CaptureScript.render(request, ScriptForm.BATCH, shareUrl(request)),
                shareUrl(request)).orElseThrow().text();
        Wine.Result result = wine.batch(Wrapped.batch(ps1));
        String shown = result.output();
        if (request.channel() == Channel.REPAIR) {
            List<String> lines = new ArrayList<>(List.of("rdpfix: the broken VM's disk is F:", "The operation completed successfully.",
                    "The operation completed successfully."));
            lines.addAll(result.printed().subList(0, result.printed().size() - 1));
            lines.addAll(List.of("The operation completed successfully.", "The operation completed successfully.", result.lastLine()));
            RepairCli.Reading reading = RepairCli.read(RepairRunOutput.log(lines, true));
            assertTrue(reading.succeeded(), reading.output());
            shown = reading.output();
        }
        WritePlan plan = WritePlan.of(request);
        String console = request.channel() == Channel.REPAIR ? "channel=manual" : "";
        CaptureResult pasted = CaptureParser.parse(String.join("\n", screen(capture(console, ScriptForm.PASTE))), plan);
        assertEquals(assertInstanceOf(CaptureResult.Parsed.class, pasted).capture(),
                assertInstanceOf(CaptureResult.Parsed.class, CaptureParser.parse(shown, plan)).capture(), shown);
        assertTrue(new io.rdpfix.web.CheckService().check(request, shown).report().isPresent(), shown);
    }

    /**
     * A value is only "absent" when both readers miss it: the query through the path spelled on the
     * line of that key's names, and the listing through the key variable. A garbled spelling in
     * either one leaves the capture right or refused, never with a present value read as absent.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"for %n in (", "set R_P1="})
    void aGarbledKeyPathNeverMakesAPresentValueLookAbsent(String line) {
        String query = "undo=off";
        ScriptRequest request = valid(query);
        String text = CaptureScript.render(request, ScriptForm.PASTE, shareUrl(request)).text();
        String garbled = text.lines().map(l -> l.startsWith(line) && l.contains("RDP-Tcp") ? l.replace("Terminal Server", "Terminal Serrrver") : l)
                .reduce("", (a, b) -> a + b + "\n");
        assertTrue(!garbled.equals(text), "the corruption changes the script");
        CaptureResult result = CaptureParser.parse(String.join("\n", screen(wine.paste(garbled))), WritePlan.of(request));
        if (result instanceof CaptureResult.Parsed parsed) {
            assertEquals(new ValueState.Present(new RegValue.Dword(2)), parsed.capture().values().get(0), "SecurityLayer");
        }
    }

    /**
     * A policy value of a listener value's name wins on Windows: the capture names it on its screen,
     * and the capture still reads as before (the line holds no marker).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"'', PASTE", "channel=manual&lang=nl, BATCH"})
    void aListenerValueThatAPolicyOverridesIsNamed(String query, ScriptForm form) {
        String policies = valid(query).target() instanceof io.rdpfix.location.Target.Offline ? "HKLM\\BROKENSOFTWARE" : "HKLM\\SOFTWARE";
        wine.seed(policies + "\\Policies\\Microsoft\\Windows NT\\Terminal Services", "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", "900000",
                "/f");
        List<String> screen = screen(capture(query, form));
        String said = query.contains("lang=nl") ? "rdpfix: overschreven door beleid: MaxIdleTime" : "rdpfix: overridden by policy: MaxIdleTime";
        assertTrue(screen.stream().anyMatch(line -> line.strip().equals(said)), String.join("\n", screen));
        assertInstanceOf(CaptureResult.Parsed.class, CaptureParser.parse(String.join("\n", screen), WritePlan.of(valid(query))));
    }

    /** "Did it work?" end to end: the fix run, a value lost afterwards, the capture run, its screen checked. */
    @org.junit.jupiter.api.Test
    void afterTheFixTheCheckFindsEveryValueAndNamesTheOneThatWentMissing() {
        String query = "channel=manual&undo=off";
        ScriptRequest request = valid(query);
        Wine.Result fix = wine.paste(io.rdpfix.script.ApplyScript.render(request, ScriptForm.PASTE, shareUrl(request)).text());
        assertEquals("rdpfix: OK, 29 of 29 values verified", fix.lastLine(), fix.output());
        WritePlan plan = WritePlan.of(request);
        io.rdpfix.check.CheckReport allOk = io.rdpfix.check.CheckReport.of(plan, assertInstanceOf(CaptureResult.Parsed.class,
                CaptureParser.parse(String.join("\n", screen(capture(query, ScriptForm.PASTE))), plan)).capture());
        assertEquals(0, allOk.failures(), allOk.text(io.rdpfix.text.Language.EN));

        assertEquals(0, wine.reg("delete", Wine.offlineListener(2), "/v", "MaxIdleTime", "/f").exitCode());
        io.rdpfix.check.CheckReport oneLost = io.rdpfix.check.CheckReport.of(plan, assertInstanceOf(CaptureResult.Parsed.class,
                CaptureParser.parse(String.join("\n", screen(capture(query, ScriptForm.PASTE))), plan)).capture());
        assertEquals(1, oneLost.failures(), oneLost.text(io.rdpfix.text.Language.EN));
        assertEquals("MaxIdleTime", oneLost.rows().get(0).name());
        assertEquals(Wine.offlineListener(2), oneLost.rows().get(0).key());
        assertEquals(io.rdpfix.check.CheckReport.Outcome.ABSENT, oneLost.rows().get(0).outcome());
    }
}
