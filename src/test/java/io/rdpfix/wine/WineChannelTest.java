package io.rdpfix.wine;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.azure.AzureVm;
import io.rdpfix.azure.ChannelScript;
import io.rdpfix.azure.CloudShellCommands;
import io.rdpfix.azure.ResourceGroup;
import io.rdpfix.azure.Shell;
import io.rdpfix.azure.VmName;
import io.rdpfix.azure.WrapperKind;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.location.Channel;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.script.Write;
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

/**
 * The part of the Run Command and repair scripts that Wine can run: the batch their here-string
 * carries, taken out of the .ps1 as PowerShell would and run as a .cmd file, as the wrapper runs it
 * with {@code cmd /d /c}. For repair the hives are there already, as after the wrapper's reg load.
 */
@Execution(ExecutionMode.CONCURRENT)
class WineChannelTest {
    private final Wine wine = Wine.get();

    @BeforeEach
    void cleanRegistry() {
        wine.reset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"channel=runcommand, 16", "channel=runcommand&lang=nl&dword=hex, 16", "channel=repair, 29",
            "channel=repair&current=yes&undo=off, 16"})
    void theBatchAWrapperCarriesWritesEveryValueAndEndsOk(String query, int count) {
        wine.seed(Wine.offlineListener(2), "/f");
        wine.seed("HKLM\\BROKENSYSTEM\\Select", "/v", "Current", "/t", "REG_DWORD", "/d", "2", "/f");
        // The disk's name, where the undo file reads it: in the control set Current names.
        wine.seed("HKLM\\BROKENSYSTEM\\ControlSet002\\Control\\ComputerName\\ComputerName", "/v", "ComputerName", "/t", "REG_SZ",
                "/d", "DISK-A", "/f");
        ScriptRequest request = valid(query);
        String ps1 = ChannelScript.render(WrapperKind.FIX, request, ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)), shareUrl(request))
                .orElseThrow().text();
        Wine.Result result = wine.batch(Wrapped.batch(ps1));
        java.util.Map<String, java.util.Map<String, String>> keys = new java.util.HashMap<>();
        for (Write write : WritePlan.of(request).writes()) {
            String path = write.key().key().path().replace("ControlSet%R_CS%", "ControlSet002");
            assertEquals("REG_DWORD 0x" + Long.toHexString(write.value().data().value()), keys.computeIfAbsent(path, wine::values).get(write.name()),
                    write.name() + " in " + path + "; the batch printed:\n" + result.output());
        }
        String ok = query.contains("lang=nl") ? "rdpfix: OK, " + count + " van " + count + " waarden gecontroleerd"
                : "rdpfix: OK, " + count + " of " + count + " values verified";
        assertEquals(ok, result.lastLine(), result.output());
        assertEquals(0, result.exitCode(), result.output());
        if (request.channel() == Channel.REPAIR) {
            assertTheCliShowsTheRepairRunAsASuccessInItsTail(result.printed(), ok);
        }
    }

    /**
     * The repair script's lines around this batch output (the disk found, reg's answers to two loads
     * and two unloads, the batch's lines but its hand-made next step, the restore as next step, the
     * verdict), as az vm repair's driver prints them: the CLI calls the run a success, shows the verdict
     * last, and the whole log fits the 4,096 bytes Run Command returns, so its start is not cut.
     */
    private static void assertTheCliShowsTheRepairRunAsASuccessInItsTail(List<String> batchLines, String verdict) {
        List<String> lines = new ArrayList<>(List.of("rdpfix: the broken VM's disk is F:",
                "The operation completed successfully.", "The operation completed successfully."));
        batchLines.subList(0, batchLines.size() - 1).stream().filter(line -> !line.startsWith("rdpfix: next: unload hives"))
                .forEach(lines::add);
        lines.addAll(List.of("The operation completed successfully.", "The operation completed successfully.",
                "rdpfix: next: az vm repair restore (puts the fixed disk back), then try RDP.", verdict));
        String log = RepairRunOutput.log(lines, true);
        RepairCli.Reading reading = RepairCli.read(log);
        assertTrue(reading.succeeded(), log);
        assertTrue(reading.output().endsWith("] " + verdict), reading.output());
        String windows = log.replace("\n", "\r\n");
        assertTrue(windows.length() <= 4096, windows.length() + " bytes:\n" + log);
    }

    /**
     * The "undo later" command for Run Command, as the user copies it: the line --scripts carries is
     * run by Wine's cmd as RunPowerShellScript would hand it to cmd.exe (%SystemRoot% unexpanded), and
     * puts back exactly what was there before the fix.
     */
    @org.junit.jupiter.api.Test
    void theRunCommandUndoLinePutsBackWhatTheFixChanged() {
        wine.seed(Wine.LISTENER, "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", "5", "/f");
        String before = wine.snapshot();
        ScriptRequest request = valid("channel=runcommand");
        String ps1 = ChannelScript.render(WrapperKind.FIX, request, ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)), shareUrl(request))
                .orElseThrow().text();
        assertEquals("rdpfix: OK, 16 of 16 values verified", wine.batch(Wrapped.batch(ps1)).lastLine());
        String line = CloudShellCommands.of(Channel.RUNCOMMAND, new AzureVm(new ResourceGroup("g"), new VmName("v")), Shell.BASH,
                VmUndoFile.of(request)).stream().map(CloudShellCommands.Command::line).filter(l -> l.contains("cmd.exe /d /c")).findFirst()
                .orElseThrow();
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("--scripts 'cmd\\.exe /d /c ([^']*)'").matcher(line);
        assertTrue(scripts.find(), line);
        Wine.Result undone = wine.runFile(scripts.group(1));
        assertEquals("rdpfix: OK, 16 of 16 values as before the fix", undone.lastLine(), undone.output());
        assertEquals(before, wine.snapshot());
    }
}
