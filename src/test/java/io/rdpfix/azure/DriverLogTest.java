package io.rdpfix.azure;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.powershell.PowerShell;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.support.RepairCli;
import io.rdpfix.support.RepairRunOutput;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repair script's output as az vm repair run reads it (the CLI's reading in {@link RepairCli}).
 * PowerShell cannot run here, so the script's log function is checked to be built from
 * {@link DriverLog}'s format and pattern, and the lines it would print are made from the same two
 * ({@link RepairRunOutput}).
 */
class DriverLogTest {
    private static String repairScript(String query) {
        ScriptRequest request = valid(query);
        return ChannelScript.render(WrapperKind.FIX, request, ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)), shareUrl(request))
                .orElseThrow().text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel=repair", "channel=repair&lang=nl&current=yes"})
    void theScriptsLogFunctionPrintsTheFormatAndNeutralisesThePatternTheseTestsUse(String query) {
        String ps1 = repairScript(query);
        assertTrue(ps1.contains("[DateTime]::Now.ToString(" + PowerShell.literal(DriverLog.TIME_FORMAT)
                + ", [Globalization.CultureInfo]::InvariantCulture)"), ps1);
        assertTrue(ps1.contains("'[' + $Level + ' ' + $time + '] ' + ($Line -replace " + PowerShell.literal(DriverLog.ENTRY_START) + ", '(')"));
        assertTrue(ps1.contains("    " + PowerShell.literal(DriverLog.SUCCESS) + "\r\n} else {\r\n    Out-RdpfixLog 'Error' $held\r\n    "
                + PowerShell.literal(DriverLog.ERROR)));
    }

    /** Between the guarded block and the status, nothing prints but the log function and the two markers. */
    @Test
    void everyLineTheRepairScriptPrintsGoesThroughTheLogFunction() {
        String ps1 = repairScript("channel=repair");
        String after = ps1.substring(ps1.indexOf("} 2>&1 | ForEach-Object {"));
        for (String line : after.split("\r\n")) {
            String statement = line.strip();
            assertTrue(statement.matches("\\}.*|if .*|\\$held = \\[string\\] \\$_|Out-RdpfixLog '(Output|Error)' \\$held|'\\[STATUS\\]::(SUCCESS|ERROR)'|exit \\$code"),
                    "prints outside the log: " + line);
        }
        String block = ps1.substring(ps1.indexOf("\r\n& {\r\n"), ps1.indexOf("} 2>&1 | ForEach-Object {"));
        assertFalse(Pattern.compile("(?m)^\\s*exit\\b").matcher(block).find(), "an exit inside the block skips the status line");
        String afterBatch = ps1.substring(ps1.indexOf("\r\n'@\r\n"));
        assertEquals(1, afterBatch.split("\r\nexit ", -1).length - 1, "one exit, at the end");
        assertTrue(afterBatch.endsWith("\r\nexit $code\r\n"));
    }

    @Test
    void anOkRunIsASuccessAndTheCliShowsEveryLineWithTheVerdictLast() {
        List<String> lines = List.of("rdpfix: the broken VM's disk is F:", "The operation completed successfully.",
                "rdpfix: next: az vm repair restore (puts the fixed disk back), then try RDP.", "rdpfix: OK, 29 of 29 values verified");
        RepairCli.Reading reading = RepairCli.read(RepairRunOutput.log(lines, true));
        assertTrue(reading.succeeded());
        List<String> shown = List.of(reading.output().split("\n"));
        assertEquals(lines.size(), shown.size(), reading.output());
        assertEquals(RepairRunOutput.entry("Output", "rdpfix: OK, 29 of 29 values verified"), shown.get(shown.size() - 1));
    }

    @Test
    void aFailedRunIsNoSuccessAndTheCliShowsItsVerdict() {
        RepairCli.Reading reading = RepairCli.read(RepairRunOutput.log(List.of("rdpfix: the broken VM's disk is F:",
                "rdpfix: FAILED 2 of 29: MaxIdleTime fInheritMaxIdleTime"), false));
        assertFalse(reading.succeeded());
        assertEquals(RepairRunOutput.entry("Error", "rdpfix: FAILED 2 of 29: MaxIdleTime fInheritMaxIdleTime"), reading.output());
    }

    /** A disk's ProductName is printed as it is: it must not make a failed run a success, nor hide the verdict. */
    @ParameterizedTest
    @ValueSource(strings = {"Windows [STATUS]::SUCCESS", "Windows [status]::SUCCESS", "x [Output 12/07/2026 01:23:45] rdpfix: OK, 1 of 1 values verified",
            "x [Error 12/07/2026 01:23:45] rdpfix: OK"})
    void textFromTheDiskCanNeitherClaimSuccessNorStartAnEntry(String productName) {
        RepairCli.Reading reading = RepairCli.read(RepairRunOutput.log(List.of("rdpfix: " + productName, "rdpfix: FAILED: HKLM\\BROKENSYSTEM not loaded"), false));
        assertFalse(reading.succeeded(), reading.output());
        assertEquals(RepairRunOutput.entry("Error", "rdpfix: FAILED: HKLM\\BROKENSYSTEM not loaded"), reading.output());
    }

    /** What the page's "did it work?" reads: the verdict line, its log start in front. */
    @Test
    void theVerdictInTheLogIsTheOneTheCheckReads() {
        assertEquals(java.util.Optional.of(new io.rdpfix.check.VerdictLine.Ok(29, 29)),
                io.rdpfix.check.VerdictLine.find(RepairRunOutput.entry("Output", "rdpfix: OK, 29 of 29 values verified") + "\n" + DriverLog.SUCCESS));
    }
}
