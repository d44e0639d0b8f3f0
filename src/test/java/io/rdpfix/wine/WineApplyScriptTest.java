package io.rdpfix.wine;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.Wine;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The emitted scripts, run for real by Wine's cmd.exe and reg.exe, and the registry read back. */
class WineApplyScriptTest {
    private static final String LISTENER = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp";
    private final Wine wine = Wine.get();

    @BeforeEach
    void cleanRegistry() {
        wine.reset();
    }

    private Wine.Result run(String query, ScriptForm form) {
        ScriptRequest request = valid(query);
        String script = ApplyScript.render(request, form, shareUrl(request)).text();
        return form == ScriptForm.BATCH ? wine.batch(script) : wine.paste(script);
    }

    private void assertEveryValueWritten(String query) {
        for (Write write : WritePlan.of(valid(query)).writes()) {
            String expected = "REG_DWORD 0x" + Long.toHexString(write.value().data().value());
            assertEquals(expected, wine.values(write.key().key().path()).get(write.name()), write.toString());
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"'', BATCH", "dword=hex, PASTE", "'', PASTE", "dword=hex, BATCH",
            "mode=offline, BATCH", "mode=offline&dword=hex, PASTE", "mode=offline, PASTE", "mode=offline&dword=hex, BATCH"})
    void everyValueOfTheArticleIsWritten(String query, ScriptForm form) {
        Wine.Result result = run(query, form);
        if (form == ScriptForm.BATCH) {
            assertEquals(0, result.exitCode(), result.output());
        }
        assertEveryValueWritten(query);
        int expected = query.contains("offline") ? 29 : 16;
        assertEquals(expected, WritePlan.of(valid(query)).writes().size());
    }

    @Test
    void batchReportsSuccessAndTheNumberOfValues() {
        Wine.Result result = run("undo=off", ScriptForm.BATCH);
        assertEquals(0, result.exitCode());
        assertTrue(result.output().contains("rdpfix: all 16 values written."), result.output());
    }

    @Test
    void theArticlesQuotedValueNameCreatesAValueWithApostrophes() {
        wine.reg("add", LISTENER, "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "2", "/f");
        wine.batch("REG ADD \"" + LISTENER + "\" /v 'SecurityLayer' /t REG_DWORD /d 0 /f\r\n");
        Map<String, String> values = wine.values(LISTENER);
        assertEquals("REG_DWORD 0x0", values.get("'SecurityLayer'"));
        assertEquals("REG_DWORD 0x2", values.get("SecurityLayer"), "the real value is untouched");
    }

    @Test
    void theArticlesSpaceInMaxIdleTimeFailsWithInvalidSyntax() {
        Wine.Result result = wine.batch("@echo off\r\nREG ADD \"" + LISTENER + "\" /v ' MaxIdleTime' /t REG_DWORD /d 0 /f\r\n"
                + "echo exit=%errorlevel%\r\n");
        assertTrue(result.output().contains("exit=1"), result.output());
        assertFalse(wine.values(LISTENER).containsKey("MaxIdleTime"));
    }

    @Test
    void theArticlesBareHexIsRejectedByReg() {
        Wine.Result result = wine.batch("@echo off\r\nREG ADD \"" + LISTENER + "\" /v MaxInstanceCount /t REG_DWORD /d ffffffff /f\r\n"
                + "echo exit=%errorlevel%\r\n");
        assertTrue(result.output().contains("exit=1"), result.output());
        assertFalse(wine.values(LISTENER).containsKey("MaxInstanceCount"));
    }

    @Test
    void bothCorrectSpellingsOfTheMaximumAreAccepted() {
        run("steps=max-instances&undo=off", ScriptForm.BATCH);
        assertEquals("REG_DWORD 0xffffffff", wine.values(LISTENER).get("MaxInstanceCount"));
        wine.reset();
        run("steps=max-instances&undo=off&dword=hex", ScriptForm.PASTE);
        assertEquals("REG_DWORD 0xffffffff", wine.values(LISTENER).get("MaxInstanceCount"));
    }

    @Test
    void batchReportsAFailedWriteAndExitsNonZero() {
        // Make reg.exe refuse every write of the script (data "1x" is no number) and read the batch's report.
        ScriptRequest request = valid("steps=keep-alive&undo=off");
        String script = ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)).text()
                .replace("/d 1 /f >nul", "/d 1x /f >nul");
        Wine.Result result = wine.batch(script);
        assertNotEquals(0, result.exitCode());
        assertTrue(result.output().contains("rdpfix: FAILED: KeepAliveTimeout in " + LISTENER), result.output());
        assertTrue(result.output().contains("rdpfix: FAILED: 3 command(s) did not work"), result.output());
    }

    @ParameterizedTest
    @CsvSource({"BATCH", "PASTE"})
    void theActiveControlSetIsReadFromSelectCurrent(ScriptForm form) {
        wine.reg("add", "HKLM\\BROKENSYSTEM\\Select", "/v", "Current", "/t", "REG_DWORD", "/d", "2", "/f");
        wine.reg("add", "HKLM\\BROKENSYSTEM\\ControlSet002\\Control", "/f");
        run("mode=offline&current=yes&steps=idle-time&undo=off", form);
        String cs2 = "HKLM\\BROKENSYSTEM\\ControlSet002\\Control\\Terminal Server\\WinStations\\RDP-Tcp";
        assertEquals("REG_DWORD 0x0", wine.values(cs2).get("MaxIdleTime"));
        assertTrue(wine.values(cs2.replace("ControlSet002", "ControlSet001")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"BATCH", "PASTE"})
    void withoutSelectCurrentNothingIsWritten(ScriptForm form) {
        String before = wine.snapshot();
        Wine.Result result = run("mode=offline&current=yes&steps=keep-alive", form);
        assertEquals(before, wine.snapshot());
        assertTrue(result.output().contains("rdpfix: FAILED: cannot read HKLM\\BROKENSYSTEM\\Select value Current"), result.output());
        if (form == ScriptForm.BATCH) {
            assertEquals(1, result.exitCode());
        }
    }

    @Test
    void aHiveThatCannotBeLoadedStopsTheBatchBeforeAnyWrite() {
        String before = wine.snapshot();
        Wine.Result result = run("mode=offline&loadhives=yes&drive=Q&steps=keep-alive", ScriptForm.BATCH);
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("rdpfix: FAILED: cannot load HKLM\\BROKENSYSTEM from Q:\\Windows\\System32\\config\\SYSTEM"),
                result.output());
        assertEquals(before, wine.snapshot());
    }
}
