package io.rdpfix.wine;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.CaptureScript;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.Wine;
import io.rdpfix.web.UndoService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Apply, then undo, under Wine's cmd.exe and reg.exe, leaves the registry exactly as it was: with the
 * undo file the apply script writes on the machine, and with the undo built by the app from a capture
 * as POST /undo.* answers it.
 */
@Execution(ExecutionMode.CONCURRENT)
class WineUndoTest {
    private static final String LISTENER = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp";
    // No "!": Wine's delayed expansion reads the text it put in again (Windows does not), so Wine
    // cannot compare a string with one (the model tests carry "!"; README, How the scripts stay exact).
    private static final String PASTABLE = " a & b ^ c | d < e > (f) 50 \\";
    private final Wine wine = Wine.get();

    @BeforeEach
    void seedPriorValuesOfSeveralTypes() {
        wine.reset();
        wine.seed(LISTENER, "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "2", "/f");
        // Strings a pasted undo carries (no quote, no percent sign: those only a batch file does, below).
        wine.seed(LISTENER, "/v", "MaxIdleTime", "/t", "REG_SZ", "/d", PASTABLE, "/f");
        wine.seed(LISTENER, "/v", "MaxConnectionTime", "/t", "REG_EXPAND_SZ", "/d", "C:\\Not Here\\x y ", "/f");
        wine.seed(LISTENER, "/v", "PortNumber", "/t", "REG_DWORD", "/d", "3389", "/f");
        wine.seed("HKLM\\BROKENSYSTEM\\ControlSet001\\Control\\Terminal Server\\WinStations\\RDP-Tcp", "/v", "MinEncryptionLevel",
                "/t", "REG_DWORD", "/d", "3", "/f");
    }

    /** The undo file puts back DWORDs; a string before the fix is left for a person (WineVmUndoTest). */
    private void onlyDwordsBefore() {
        wine.seed(LISTENER, "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", "600000", "/f");
        wine.reg("delete", LISTENER, "/v", "MaxConnectionTime", "/f");
    }

    private static String script(String query, ScriptForm form, boolean capture) {
        ScriptRequest request = valid(query);
        return (capture ? CaptureScript.render(request, form, shareUrl(request)) : ApplyScript.render(request, form, shareUrl(request))).text();
    }

    private Wine.Result run(String text, ScriptForm form) {
        return form == ScriptForm.BATCH ? wine.batch(text) : wine.paste(text);
    }

    /**
     * The five other fixes' undo files, after a pasted and a batch fix, are run by WineVmUndoTest
     * (anotherFixsUndoPutsBackOnlyItsOwnValueTwice); of those, only credssp-oracle offline is here.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', value = {"'' | BATCH", "'' | PASTE", "channel=manual | BATCH", "channel=manual&dword=hex | PASTE",
            "channel=manual&controlsets=001,002,003 | BATCH", "fix=credssp-oracle&channel=manual | PASTE"})
    void theUndoFileTheApplyScriptWritesPutsEverythingBack(String query, ScriptForm form) {
        onlyDwordsBefore();
        String before = wine.snapshot();
        run(script(query, form, false), form);
        assertNotEquals(before, wine.snapshot());

        String undoFile = VmUndoFile.path(WritePlan.of(valid(query))).replace("%SystemRoot%", "C:\\windows");
        Wine.Result undo = wine.runFile(undoFile);
        assertTrue(undo.output().contains("rdpfix: OK, "), undo.output());
        assertEquals(before, wine.snapshot());
    }

    @ParameterizedTest(name = "capture {1}, undo {2}: {0}")
    @CsvSource(delimiter = '|', value = {"'' | PASTE | BATCH", "'' | BATCH | PASTE", "channel=manual | BATCH | BATCH",
            "channel=manual&controlsets=002 | PASTE | PASTE", "steps=keep-alive,idle-time&dword=hex | PASTE | BATCH",
            "fix=nla-off&channel=manual | PASTE | BATCH", "fix=credssp-oracle | PASTE | PASTE", "fix=enable-rdp | BATCH | PASTE",
            "fix=firewall-off&channel=manual&controlsets=001 | PASTE | BATCH"})
    void theUndoTheAppBuildsFromACapturePutsEverythingBack(String query, ScriptForm captureForm, ScriptForm undoForm) {
        String state = (query.isEmpty() ? "" : query + "&") + "undo=off";
        String before = wine.snapshot();
        Wine.Result captured = run(script(state, captureForm, true), captureForm);
        assertEquals(before, wine.snapshot(), "a capture changes nothing");

        String undo = undoFrom(captured, state, undoForm);

        run(script(state, ScriptForm.BATCH, false), ScriptForm.BATCH);
        assertNotEquals(before, wine.snapshot());
        Wine.Result undone = run(undo, undoForm);
        if (undoForm == ScriptForm.BATCH) {
            assertEquals(0, undone.exitCode(), undone.output());
        }
        int values = WritePlan.of(valid(state)).writes().size();
        assertEquals("rdpfix: OK, " + values + " of " + values + " values verified", undone.lastLine(), undone.output());
        assertEquals(before, wine.snapshot());
    }

    /**
     * Where a policy denies what the fix allows (enable-rdp's connections, firewall-off's firewall), the fix
     * sets the policy's value too, and either undo puts it and the machine's own value back as they were.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', value = {
            "fix=enable-rdp | undo file | Policies\\Microsoft\\Windows NT\\Terminal Services | Control\\Terminal Server"
                    + " | fDenyTSConnections",
            "fix=enable-rdp | capture | Policies\\Microsoft\\Windows NT\\Terminal Services | Control\\Terminal Server"
                    + " | fDenyTSConnections",
            "fix=firewall-off | undo file | Policies\\Microsoft\\WindowsFirewall\\PublicProfile"
                    + " | Services\\SharedAccess\\Parameters\\FirewallPolicy\\PublicProfile | EnableFirewall",
            "fix=firewall-off | capture | Policies\\Microsoft\\WindowsFirewall\\PublicProfile"
                    + " | Services\\SharedAccess\\Parameters\\FirewallPolicy\\PublicProfile | EnableFirewall"})
    void theUndoPutsBackAPolicyThatDeniedWhatTheFixAllows(String query, String way, String policyKey, String systemKey, String name) {
        String policy = "HKLM\\SOFTWARE\\" + policyKey;
        wine.seed(policy, "/v", name, "/t", "REG_DWORD", "/d", "1", "/f");
        wine.seed("HKLM\\SYSTEM\\CurrentControlSet\\" + systemKey, "/v", name, "/t", "REG_DWORD", "/d", "1", "/f");
        String before = wine.snapshot();
        Wine.Result undone;
        if (way.equals("undo file")) {
            run(script(query, ScriptForm.PASTE, false), ScriptForm.PASTE);
            assertEquals("REG_DWORD 0x0", wine.values(policy).get(name));
            undone = wine.runFile(VmUndoFile.path(WritePlan.of(valid(query))).replace("%SystemRoot%", "C:\\windows"));
        } else {
            String undo = appBuiltUndo(query + "&undo=off", ScriptForm.BATCH);
            assertEquals("REG_DWORD 0x0", wine.values(policy).get(name));
            undone = run(undo, ScriptForm.BATCH);
        }
        // The undo counts every value the selection sets, there or not (the absent ones stay absent).
        int count = WritePlan.of(valid(query)).writes().size();
        assertTrue(undone.lastLine().startsWith("rdpfix: OK, " + count + " of " + count + " "), undone.output());
        assertEquals(before, wine.snapshot());
    }

    /**
     * The undo the app builds from what a capture printed: what POST /undo.cmd or /undo.txt answers for
     * it (ScriptEndpointsTest holds the endpoints to these bytes), built here without a server so that
     * these tests can run side by side.
     */
    private static String undoFrom(Wine.Result captured, String state, ScriptForm form) {
        return undoOutcome(captured, state, form).script().orElseThrow().text();
    }

    /** What the app answers for a capture: the undo, or why it gives none. */
    private static UndoService.Outcome undoOutcome(Wine.Result captured, String state, ScriptForm form) {
        ScriptRequest request = valid(state);
        return new UndoService().render(request, captured.output(), form, shareUrl(request));
    }

    /** Capture, fix, and the undo the app builds from the capture, as the user would get it. */
    private String appBuiltUndo(String state, ScriptForm undoForm) {
        Wine.Result captured = run(script(state, ScriptForm.PASTE, true), ScriptForm.PASTE);
        String undo = undoFrom(captured, state, undoForm);
        run(script(state, ScriptForm.BATCH, false), ScriptForm.BATCH);
        return undo;
    }

    /** The read-back sees what the undo really did: a name garbled in the paste is named in the verdict. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void anAppBuiltUndoWithAGarbledLineEndsFailedNamingTheValue(ScriptForm form) {
        String undo = appBuiltUndo("undo=off", form);
        String garbled = undo.replace("/v SecurityLayer /t", "/v SecurrrityLayer /t");
        assertNotEquals(undo, garbled);
        Wine.Result undone = run(garbled, form);
        assertEquals("rdpfix: FAILED 1 of 16: SecurityLayer", undone.lastLine(), undone.output());
        if (form == ScriptForm.BATCH) {
            assertEquals(1, undone.exitCode());
        }
    }

    /**
     * The read-back compares a string's data, not only its type (issue 19: an undo that stored the wrong
     * text still said OK, 16 of 16): a string written back wrong is named, as a value not put back.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void anAppBuiltUndoThatWritesAStringBackWrongNamesIt(ScriptForm form) {
        String undo = appBuiltUndo("undo=off", form);
        String garbled = undo.replace("/t REG_SZ /d \" a & b", "/t REG_SZ /d \" a & B");
        assertNotEquals(undo, garbled);
        Wine.Result undone = run(garbled, form);
        assertEquals("rdpfix: OK, 15 of 16 as before the fix, 1 left as changed since", undone.lastLine(), undone.output());
        assertTrue(undone.output().contains("rdpfix: changed since the fix, left as it is: MaxIdleTime"), undone.output());
        assertEquals("REG_SZ  a & B ^ c | d < e > (f) 50 \\", wine.values(LISTENER).get("MaxIdleTime"));
    }

    /**
     * A batch file carries what a paste cannot: percent signs, a variable in a REG_EXPAND_SZ, kept as they
     * were. (Wine expands percent signs again after delayed expansion, which Windows does not: a lone
     * one makes Wine's comparison fail, so here they name a variable no one defines; a lone one is below.)
     */
    @Test
    void aBatchUndoPutsBackStringsWithPercentSignsExactlyAndVerifiesThem() {
        wine.seed(LISTENER, "/v", "MaxConnectionTime", "/t", "REG_EXPAND_SZ", "/d", "%NotDefinedHere%\\x y", "/f");
        String before = wine.snapshot();
        String undo = appBuiltUndo("undo=off", ScriptForm.BATCH);
        assertNotEquals(before, wine.snapshot());
        Wine.Result undone = run(undo, ScriptForm.BATCH);
        assertEquals(before, wine.snapshot(), undo);
        assertEquals("rdpfix: OK, 16 of 16 values verified", undone.lastLine(), undone.output() + undo);
    }

    /**
     * Data built to end the command where a parser toggles its quote state at {@code ^"}: the batch
     * undo writes it back exactly and runs nothing of it. (Wine's IF splits its operands after
     * delayed expansion, which Windows does not, so Wine cannot compare text with a quote: the
     * verdict here is Windows' to give.)
     */
    @Test
    void aBatchUndoPutsBackAStringWithQuotesExactlyAndRunsNothingOfIt() {
        String hostile = "x\" & echo PWNED & rem \" 50% !";
        wine.seed(LISTENER, "/v", "MaxIdleTime", "/t", "REG_SZ", "/d", hostile, "/f");
        String undo = appBuiltUndo("undo=off", ScriptForm.BATCH);
        Wine.Result undone = run(undo, ScriptForm.BATCH);
        assertFalse(undone.output().contains("PWNED"), undone.output());
        assertEquals("REG_SZ " + hostile, wine.values(LISTENER).get("MaxIdleTime"));
    }

    /** Three-way: a value the admin changed after the fix is not the fix's to put back; the verdict names it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void anAppBuiltUndoLeavesAValueChangedSinceTheFixAndNamesIt(ScriptForm form) {
        String before = wine.snapshot();
        String undo = appBuiltUndo("undo=off", form);
        wine.seed(LISTENER, "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", "777777", "/f");
        Wine.Result undone = run(undo, form);
        assertEquals("rdpfix: OK, 15 of 16 as before the fix, 1 left as changed since", undone.lastLine(), undone.output());
        assertTrue(undone.output().contains("rdpfix: changed since the fix, left as it is: MaxIdleTime"), undone.output());
        assertEquals("REG_DWORD 0xbde31", wine.values(LISTENER).get("MaxIdleTime"));
        wine.seed(LISTENER, "/v", "MaxIdleTime", "/t", "REG_SZ", "/d", PASTABLE, "/f");
        assertEquals(before, wine.snapshot(), "every other value is as before the fix");
    }

    /**
     * A read-back too long for one paste is split: each block keeps its counts in a file and the last adds
     * them up. One of those blocks left out, the last says which to paste instead of a verdict it cannot
     * give; pasted again in order, the same blocks give the verdict.
     */
    @Test
    void anUndoWhoseReadBackSpansBlocksNamesAMissingOneAndCountsThemAllWhenPasted() {
        String undo = appBuiltUndo("undo=off", ScriptForm.PASTE);
        List<String> blocks = new ArrayList<>(List.of(undo.split("(?=@echo off\n)")));
        int last = blocks.size();
        String check = blocks.stream().filter(block -> block.contains("-u1.txt\" echo N ")).findFirst().orElseThrow();
        List<String> without = new ArrayList<>(blocks);
        without.remove(check);
        Wine.Result partial = run(String.join("", without), ScriptForm.PASTE);
        assertEquals("rdpfix: FAILED: a read-back is missing: paste blocks 1-" + (last - 1) + " first", partial.lastLine(), partial.output());
        Wine.Result whole = run(undo, ScriptForm.PASTE);
        assertEquals("rdpfix: OK, 16 of 16 values verified", whole.lastLine(), whole.output());
    }

    /** A key the fix created goes only when it is empty: a policy key added below it since keeps it. */
    @Test
    void anAppBuiltUndoNeverDeletesAKeyTreeAddedToSinceTheFix() {
        String undo = appBuiltUndo("undo=off", ScriptForm.PASTE);
        String printers = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Printers";
        wine.seed(printers, "/f");
        Wine.Result undone = run(undo, ScriptForm.PASTE);
        assertEquals("rdpfix: OK, 16 of 16 values verified", undone.lastLine(), undone.output());
        assertEquals(0, wine.reg("query", printers).exitCode(), "the policy key added since the fix is gone");
        assertTrue(wine.values("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services").isEmpty());
        assertEquals(1, wine.reg("query", "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services").exitCode(),
                "the empty key the fix created is still there");
    }

    /** A value the capture saw absent and the undo could not delete is named too. */
    @Test
    void anAppBuiltUndoThatLeavesAValueItShouldDeleteEndsFailed() {
        String undo = appBuiltUndo("undo=off", ScriptForm.PASTE);
        Wine.Result undone = run(undo.replace("/v KeepAliveTimeout /f", "/v KeepAliveTimeouttt /f"), ScriptForm.PASTE);
        assertEquals("rdpfix: FAILED 1 of 16: KeepAliveTimeout", undone.lastLine(), undone.output() + undo);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void anOfflineAppBuiltUndoWithoutTheHivesChangesNothing(ScriptForm form) {
        String undo = appBuiltUndo("channel=manual&undo=off", form);
        wine.unloadOfflineHives();
        String before = wine.snapshot();
        Wine.Result undone = run(undo, form);
        assertEquals(before, wine.snapshot(), "Wine would create the keys; the undo must not try");
        assertEquals("rdpfix: FAILED: HKLM\\BROKENSOFTWARE not loaded", undone.lastLine(), undone.output());
        if (form == ScriptForm.BATCH) {
            assertEquals(1, undone.exitCode());
        }
    }

    /**
     * cmd runs a program from the current folder before PATH. The undo folder lies under
     * %SystemRoot%, where only administrators write, and the undo file finds reg.exe on PATH only:
     * a reg.cmd in that folder is never run.
     */
    @Test
    void aRegCmdPlantedInTheUndoFolderIsNeverRun() throws Exception {
        Path folder = wine.driveC().resolve("windows/rdpfix");
        Files.createDirectories(folder);
        Path marker = wine.driveC().resolve("planted-ran.txt");
        Files.writeString(folder.resolve("reg.cmd"), "@echo planted>C:\\planted-ran.txt\r\n");
        onlyDwordsBefore();
        String before = wine.snapshot();
        run(script("", ScriptForm.PASTE, false), ScriptForm.PASTE);
        Wine.Result undone = wine.runFile(VmUndoFile.path(WritePlan.of(valid(""))).replace("%SystemRoot%", "C:\\windows"));
        assertTrue(undone.output().contains("rdpfix: OK, "), undone.output());
        assertEquals(before, wine.snapshot());
        assertFalse(Files.exists(marker), "the planted reg.cmd ran");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void aCaptureTakenWithoutTheHivesGivesNoUndo(ScriptForm form) {
        wine.unloadOfflineHives();
        Wine.Result captured = run(script("channel=manual&undo=off", form, true), form);
        assertTrue(captured.output().contains("#H01 absent"), captured.output());
        UndoService.Outcome outcome = undoOutcome(captured, "channel=manual&undo=off", ScriptForm.PASTE);
        assertTrue(outcome.script().isEmpty());
        assertTrue(outcome.refusal().orElseThrow().reason().en().contains("does not show HKLM\\BROKENSYSTEM loaded"),
                outcome.refusal().orElseThrow().reason().en());
    }
}
