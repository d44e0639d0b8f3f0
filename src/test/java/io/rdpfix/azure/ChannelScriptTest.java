package io.rdpfix.azure;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.powershell.PowerShell;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.CaptureScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.support.Golden;
import io.rdpfix.support.PowerShellGrammar;
import io.rdpfix.support.Wrapped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Run Command and repair wrappers: pinned bytes, the batch carried unchanged, PowerShell's grammar. */
class ChannelScriptTest {
    private static final List<String> CASES = List.of(
            "channel=runcommand",
            "channel=runcommand&steps=keep-alive,idle-time&dword=hex&undo=off&lang=nl",
            "channel=repair",
            "channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl",
            "channel=repair&controlsets=001,002,003&undo=off");

    static String wrapper(String query) {
        return wrapper(WrapperKind.FIX, query);
    }

    static String wrapper(WrapperKind kind, String query) {
        ScriptRequest request = valid(query);
        if (kind == WrapperKind.RECORDED_UNDO) {
            return ChannelScript.recordedUndo(request, shareUrl(request)).orElseThrow().text();
        }
        return ChannelScript.render(kind, request, batch(kind, request), shareUrl(request)).orElseThrow().text();
    }

    /** The batch /script.cmd or /capture.cmd serves for the request. */
    private static Script batch(WrapperKind kind, ScriptRequest request) {
        return kind == WrapperKind.FIX ? ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request))
                : CaptureScript.render(request, ScriptForm.BATCH, shareUrl(request));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "runcommand-online-article     | channel=runcommand",
            "runcommand-keepalive-nl       | channel=runcommand&steps=keep-alive,idle-time&dword=hex&undo=off&lang=nl",
            "repair-offline-article        | channel=repair",
            "repair-active-custom-hives-nl | channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl",
            "runcommand-nla-off            | fix=nla-off&channel=runcommand",
            "repair-nla-off                | fix=nla-off&channel=repair",
            "runcommand-credssp-oracle     | fix=credssp-oracle&channel=runcommand",
            "runcommand-enable-rdp         | fix=enable-rdp&channel=runcommand",
            "repair-enable-rdp             | fix=enable-rdp&channel=repair",
            "runcommand-firewall-off       | fix=firewall-off&channel=runcommand",
            "repair-firewall-off-active    | fix=firewall-off&channel=repair&current=yes",
            "repair-rdp-port               | fix=rdp-port&channel=repair",
            "runcommand-rdp-port-50000     | fix=rdp-port&port=50000&channel=runcommand",
            "repair-credssp-oracle         | fix=credssp-oracle&channel=repair",
    })
    void wrappersAreExactlyTheGoldenFiles(String name, String query) {
        Golden.assertMatches(name + ".ps1", wrapper(query));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capture-runcommand-online-article | channel=runcommand",
            "capture-repair-active-nl          | channel=repair&current=yes&lang=nl",
    })
    void captureWrappersAreExactlyTheGoldenFiles(String name, String query) {
        Golden.assertMatches(name + ".ps1", wrapper(WrapperKind.CAPTURE, query));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "recorded-undo-repair-offline-article | channel=repair",
            "recorded-undo-repair-active-nl       | channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl",
    })
    void recordedUndoWrappersAreExactlyTheGoldenFiles(String name, String query) {
        Golden.assertMatches(name + ".ps1", wrapper(WrapperKind.RECORDED_UNDO, query));
    }

    /** Only az vm repair needs a wrapper for it (Run Command runs the file by its line), and only a fix that records one. */
    @ParameterizedTest
    @ValueSource(strings = {"channel=runcommand", "channel=repair&undo=off", "channel=manual"})
    void thereIsARecordedUndoWrapperOnlyForRepairWithARecord(String query) {
        ScriptRequest request = valid(query);
        assertTrue(ChannelScript.recordedUndo(request, shareUrl(request)).isEmpty());
    }

    /** The fix keeps its record on the disk only where the disk has no live record of its own; undo=off keeps nothing. */
    @Test
    void theRepairFixCopiesItsRecordOntoTheDiskUnlessTheDiskKeepsOneAndOnlyWhenItRecords() {
        String fix = wrapper("channel=repair");
        assertTrue(fix.indexOf("if (Test-Path -LiteralPath (Join-Path $kept $record.Name))") < fix.indexOf("Copy-Item -LiteralPath (Join-Path $made"),
                fix);
        assertTrue(fix.indexOf("reg.exe unload") < fix.indexOf("$kept = "), "copied once the hives are unloaded");
        assertFalse(wrapper("channel=repair&undo=off").contains("$kept"));
    }

    /** A capture changes nothing: its repair script copies no hive onto the disk and drops none of the batch's lines. */
    @Test
    void theRepairCaptureCopiesNothingOntoTheDiskAndKeepsEveryLine() {
        String capture = wrapper(WrapperKind.CAPTURE, "channel=repair");
        assertFalse(capture.contains("Copy-Item"), capture);
        assertFalse(capture.contains("Where-Object { $_ -ne"), capture);
        assertTrue(wrapper("channel=repair").contains("Copy-Item"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "commands-runcommand     | channel=runcommand&rg=rg-prod(west).1&vm=web-01",
            "commands-repair-nl      | channel=repair&rg=RG_2&vm=VM2&lang=nl",
    })
    void cloudShellCommandsAreExactlyTheGoldenFiles(String name, String query) {
        var parsed = (io.rdpfix.request.ParseResult.Valid) io.rdpfix.support.Requests.parse(query);
        Golden.assertMatches(name + ".txt", CloudShellCommands.text(parsed.request().channel(), parsed.vm().orElseThrow(),
                io.rdpfix.script.VmUndoFile.of(parsed.request()), parsed.language()));
    }

    @Test
    void everyWrapperCarriesTheBatchOfTheSameStateByteForByte() {
        for (WrapperKind kind : List.of(WrapperKind.FIX, WrapperKind.CAPTURE, WrapperKind.UNDO)) {
            for (String query : CASES) {
                ScriptRequest request = valid(query);
                assertEquals(batch(kind, request).text(), Wrapped.batch(wrapper(kind, query)), kind + " " + query);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel=repair", "channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl"})
    void theRepairWrapperDropsTheBatchsHandMadeNextStepExactlyAsItIsPrintedAndNamesTheRestore(String query) {
        String ps1 = wrapper(query);
        Matcher filter = Pattern.compile("\\| Where-Object \\{ \\$_ -ne '([^']+)' \\}").matcher(ps1);
        assertTrue(filter.find(), "no filter on the batch's lines");
        String batch = Wrapped.batch(ps1);
        assertTrue(batch.contains("\"OK\" echo " + filter.group(1) + "\r\n"), "the batch prints no line '" + filter.group(1) + "'");
        String unindented = ps1.replaceAll("\r\n +", "\r\n");
        assertTrue(unindented.contains("if ($batchCode -eq 0) {\r\nWrite-Output 'rdpfix: " + (query.contains("lang=nl") ? "hierna" : "next")
                + ": az vm repair restore ("), ps1);
        assertTrue(ps1.indexOf("az vm repair restore (") < ps1.lastIndexOf("Write-Output $last"), "the verdict comes last");
    }

    @Test
    void everyWrapperParsesCleanlyInPowerShellsGrammar() {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (int i = 0; i < CASES.size(); i++) {
            scripts.put("case" + i + ".ps1", wrapper(CASES.get(i)));
            scripts.put("capture" + i + ".ps1", wrapper(WrapperKind.CAPTURE, CASES.get(i)));
            if (CASES.get(i).startsWith("channel=repair") && !CASES.get(i).contains("undo=off")) {
                scripts.put("recorded" + i + ".ps1", wrapper(WrapperKind.RECORDED_UNDO, CASES.get(i)));
            }
        }
        PowerShellGrammar.errors(scripts).forEach((file, errors) -> assertEquals("", errors, file + ": " + scripts.get(file)));
    }

    @Test
    void everyCommandForPowerShellParsesCleanlyInItsGrammar() {
        AzureVm vm = new AzureVm(new ResourceGroup("rg-prod(west).1"), new VmName("web-01"));
        Map<String, String> commands = new LinkedHashMap<>();
        for (io.rdpfix.location.Channel channel : List.of(io.rdpfix.location.Channel.RUNCOMMAND, io.rdpfix.location.Channel.REPAIR)) {
            List<CloudShellCommands.Command> each = CloudShellCommands.of(channel, vm, Shell.POWERSHELL, java.util.Optional.of("%SystemRoot%\\rdpfix\\undo.cmd"));
            for (int i = 0; i < each.size(); i++) {
                commands.put(channel.word() + i + ".ps1", each.get(i).line() + "\r\n");
            }
        }
        PowerShellGrammar.errors(commands).forEach((file, errors) -> assertEquals("", errors, file + ": " + commands.get(file)));
    }

    /** The check can fail: an unclosed block, a lost here-string end and a stray brace are each found. */
    @Test
    void theGrammarCheckFindsABrokenScript() {
        String good = wrapper("channel=repair");
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("unclosed-if.ps1", good.replaceFirst("if \\(\\$found.Count -eq 0\\) \\{", "if (\\$found.Count -eq 0 {"));
        broken.put("no-here-string-end.ps1", good.replaceFirst("\r\n'@\r\n", "\r\n"));
        broken.put("stray-brace.ps1", good + "}\r\n");
        assertTrue(broken.values().stream().noneMatch(good::equals));
        PowerShellGrammar.errors(broken).forEach((file, errors) -> assertNotEquals("", errors, file + " passed the grammar check"));
    }

    /**
     * Run Command and az vm repair show the tail of the output: every line a wrapper prints fits the
     * console's 80 columns, with the longest hive names there are (a variable counts as its value).
     */
    @Test
    void everyLineTheWrappersPrintFits80Columns() {
        String longest = "A".repeat(io.rdpfix.location.HiveName.MAX_LENGTH);
        Pattern said = Pattern.compile("(?:Write-Output|\\$last =) \\(?('rdpfix: .*'|'[^']*' \\+ \\$name .*)\\)?$", Pattern.MULTILINE);
        for (String query : List.of("channel=runcommand", "channel=repair&system=" + longest + "&software=B" + longest.substring(1),
                "channel=repair&lang=nl")) {
            Matcher m = said.matcher(wrapper(query) + (query.startsWith("channel=repair") ? wrapper(WrapperKind.RECORDED_UNDO, query) : ""));
            int found = 0;
            while (m.find()) {
                found++;
                String shown = m.group(1).replace("' + $name + '", longest).replace("' + $disk.Number + '", "99")
                        .replace("' + $volume.DriveLetter + '", "Z").replace("' + $hive + '", "SOFTWARE").replaceAll("^'|'$", "").replace("''", "'");
                assertFalse(shown.contains("' + $"), "a variable of unknown width: " + shown);
                assertTrue(shown.length() <= 80, shown.length() + " columns: " + shown);
            }
            assertTrue(found > 0, query);
        }
    }

    @Test
    void aLineThatWouldEndTheHereStringIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PowerShell.hereString("batch", List.of("echo", "'@ x")));
        assertThrows(IllegalArgumentException.class, () -> PowerShell.hereString("batch", List.of("\u2019@")));
    }

    @Test
    void aPowerShellLiteralDoublesEveryKindOfSingleQuote() {
        assertEquals("'it''s a \u2019\u2019b\u2019\u2019 $x `n'", PowerShell.literal("it's a \u2019b\u2019 $x `n"));
    }

    @Test
    void theConsoleHasNoWrapper() {
        ScriptRequest request = valid("");
        Script batch = ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request));
        assertTrue(ChannelScript.render(WrapperKind.FIX, request, batch, shareUrl(request)).isEmpty());
    }
}
