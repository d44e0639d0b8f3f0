package io.rdpfix.wine;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.location.TargetKey;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.PasteBlocks;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.Wine;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The emitted fix, run for real by Wine's cmd.exe and reg.exe: the registry read back by the test,
 * and the script's own verdict, its last line, checked against it. Where Wine is kinder than
 * Windows (it creates keys directly under HKLM), the test makes the hive absent itself.
 */
@Execution(ExecutionMode.CONCURRENT)
class WineApplyScriptTest {
    private static final String LISTENER = Wine.LISTENER;
    private final Wine wine = Wine.get();

    @BeforeEach
    void cleanRegistry() {
        wine.reset();
    }

    private static String script(String query, ScriptForm form) {
        ScriptRequest request = valid(query);
        return ApplyScript.render(request, form, shareUrl(request)).text();
    }

    private Wine.Result run(String text, ScriptForm form) {
        return form == ScriptForm.BATCH ? wine.batch(text) : wine.paste(text);
    }

    private static String verdict(Wine.Result result) {
        return result.lastLine();
    }

    /** @param output what the script printed: a failure says whether its own read-back saw the value (a Wine flake hunt) */
    private void assertEveryValueWritten(String query, String output) {
        // One reg query per key, not per value: each costs a Wine process start.
        Map<String, Map<String, String>> keys = new java.util.HashMap<>();
        for (Write write : WritePlan.of(valid(query)).writes()) {
            // The bench has no policy: a value written only where it exists stays absent.
            String expected = write.value().whereItExists() ? null : "REG_DWORD 0x" + Long.toHexString(write.value().data().value());
            // The active control set, as the bench's Select\Current names it.
            String key = write.key().key().path().replace("ControlSet%R_CS%", "ControlSet001");
            assertEquals(expected, keys.computeIfAbsent(key, wine::values).get(write.name()),
                    write.name() + " in " + key + "; the script printed:\n" + output);
        }
    }

    private void seedControlSet2() {
        wine.seed(Wine.offlineListener(2), "/f");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"undo=off, BATCH, 16", "dword=hex, PASTE, 16", "'', PASTE, 16", "dword=hex&lang=nl, BATCH, 16",
            "channel=manual, BATCH, 29", "channel=manual&dword=hex&undo=off, PASTE, 29", "channel=manual, PASTE, 29",
            "channel=manual&loadhives=yes&drive=Q, PASTE, 29", "channel=manual&current=yes&loadhives=yes&drive=Q&lang=nl, PASTE, 16",
            "fix=nla-off, PASTE, 1", "fix=nla-off&channel=manual, BATCH, 2", "fix=rdp-port&port=50000&dword=hex, BATCH, 1",
            "fix=rdp-port&channel=manual&current=yes&loadhives=yes&drive=Q, PASTE, 1", "fix=credssp-oracle, PASTE, 1",
            "fix=credssp-oracle&channel=manual&loadhives=yes&drive=Q, PASTE, 1", "fix=enable-rdp&channel=manual, BATCH, 12",
            "fix=firewall-off, PASTE, 3"})
    void everyValueIsWrittenAndTheLastLineSaysSo(String query, ScriptForm form, int count) {
        seedControlSet2();
        Wine.Result result = run(script(query, form), form);
        assertEveryValueWritten(query, result.output());
        String ok = query.contains("lang=nl") ? "rdpfix: OK, " + count + " van " + count + " waarden gecontroleerd"
                : "rdpfix: OK, " + count + " of " + count + " values verified";
        assertEquals(ok, verdict(result), result.output());
        if (form == ScriptForm.BATCH) {
            assertEquals(0, result.exitCode(), result.output());
        }
    }

    /**
     * Another fix writes its own values and nothing else: every other value of the listener keys and of
     * the keys it writes to stays as it was, and no policy key appears (with no policy there, these
     * fixes write none).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"fix=nla-off&undo=off", "fix=rdp-port&port=3391&channel=manual&undo=off", "fix=credssp-oracle&undo=off",
            "fix=enable-rdp&channel=manual&undo=off", "fix=firewall-off&undo=off"})
    void aFixWritesItsOwnValuesAndNothingElse(String query) {
        seedControlSet2();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(List.of(LISTENER, Wine.offlineListener(1), Wine.offlineListener(2)));
        WritePlan.of(valid(query)).keys().stream().filter(TargetKey::mustExist).forEach(key -> keys.add(key.key().path()));
        for (String key : keys) {
            wine.seed(key, "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "2", "/f");
            wine.seed(key, "/v", "PortNumber", "/t", "REG_DWORD", "/d", "3390", "/f");
            wine.seed(key, "/v", "UserAuthentication", "/t", "REG_DWORD", "/d", "1", "/f");
        }
        // The keys it may create (none of the seeds are in them): absent before, its values only after.
        WritePlan.of(valid(query)).keys().forEach(key -> keys.add(key.key().path()));
        Map<String, Map<String, String>> before = new java.util.HashMap<>();
        keys.forEach(key -> before.put(key, wine.values(key)));
        Wine.Result result = wine.batch(script(query, ScriptForm.BATCH));
        assertEquals(0, result.exitCode(), result.output());
        for (String key : keys) {
            Map<String, String> expected = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            expected.putAll(before.get(key));
            WritePlan.of(valid(query)).writes().stream().filter(w -> w.key().key().path().equals(key) && !w.value().whereItExists())
                    .forEach(w -> expected.put(w.name(), "REG_DWORD 0x" + Long.toHexString(w.value().data().value())));
            assertEquals(expected, wine.values(key), key);
        }
        for (String policies : List.of("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT", "HKLM\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall",
                "HKLM\\BROKENSOFTWARE\\Policies\\Microsoft\\Windows NT")) {
            assertEquals(1, wine.reg("query", policies).exitCode(), "no policy key written: " + policies);
        }
    }

    /**
     * A policy value is set only where a policy sets it (enable-rdp's fDenyTSConnections, firewall-off's
     * EnableFirewall): with none, the policy key is not created and the value not counted; with one that
     * denies, it is set to 0, counted, and not reported as an override (the policy now says what the fix says).
     */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', value = {
            "fix=enable-rdp | PASTE | SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services | fDenyTSConnections | 6",
            "fix=enable-rdp&channel=manual&controlsets=001&undo=off | BATCH | BROKENSOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services"
                    + " | fDenyTSConnections | 6",
            "fix=firewall-off&steps=domain-profile | BATCH | SOFTWARE\\Policies\\Microsoft\\WindowsFirewall\\DomainProfile | EnableFirewall | 1",
            "fix=firewall-off&channel=manual&controlsets=001 | PASTE | BROKENSOFTWARE\\Policies\\Microsoft\\WindowsFirewall\\PublicProfile"
                    + " | EnableFirewall | 3"})
    void aPolicyValueIsWrittenOnlyWhereAPolicySetsIt(String query, ScriptForm form, String policyKey, String name, int without) {
        String policy = "HKLM\\" + policyKey;
        Wine.Result withoutPolicy = run(script(query, form), form);
        assertEquals("rdpfix: OK, " + without + " of " + without + " values verified", verdict(withoutPolicy), withoutPolicy.output());
        assertEveryValueWritten(query, withoutPolicy.output());
        assertEquals(1, wine.reg("query", policy).exitCode(), "no policy key created");

        wine.seed(policy, "/v", name, "/t", "REG_DWORD", "/d", "1", "/f");
        Wine.Result withPolicy = run(script(query, form), form);
        int with = without + 1;
        assertEquals("rdpfix: OK, " + with + " of " + with + " values verified", verdict(withPolicy), withPolicy.output());
        assertEquals(Map.of(name, "REG_DWORD 0x0"), Map.copyOf(wine.values(policy)));
        assertFalse(withPolicy.output().contains("overridden by policy"), withPolicy.output());
    }

    /** Without a capture the firewall goes back on in each profile; a policy's value, which only a capture knows, is left to the undo. */
    @Test
    void puttingTheFirewallBackTurnsEachProfileOnAndLeavesThePolicyToTheUndo() {
        String policy = "HKLM\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall\\DomainProfile";
        wine.seed(policy, "/v", "EnableFirewall", "/t", "REG_DWORD", "/d", "1", "/f");
        ScriptRequest request = valid("fix=firewall-off&undo=off");
        Wine.Result fix = run(script("fix=firewall-off&undo=off", ScriptForm.BATCH), ScriptForm.BATCH);
        assertEquals("rdpfix: OK, 4 of 4 values verified", verdict(fix), fix.output());
        Wine.Result back = wine.paste(io.rdpfix.undo.SecurityRestore.render(request, java.util.Optional.empty(), ScriptForm.PASTE,
                shareUrl(request)).text());
        assertEquals("rdpfix: OK, 3 of 3 values verified", verdict(back), back.output());
        for (String profile : List.of("DomainProfile", "StandardProfile", "PublicProfile")) {
            assertEquals("REG_DWORD 0x1", wine.values("HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\"
                    + profile).get("EnableFirewall"), profile);
        }
        assertEquals("REG_DWORD 0x0", wine.values(policy).get("EnableFirewall"));
    }

    /** A console corrupts pastes: letters tripled or dropped, lines lost. Each must end FAILED. */
    @ParameterizedTest(name = "{0}, {2}")
    @CsvSource(delimiter = '|', value = {
            "undo=off | set R_K=HKLM\\SYSTEM\\CurrentControlSet | a tripled letter in the key path the writes use",
            "undo=off&dword=hex | /d 0xffffffff /f | a dropped f in 0xffffffff",
            "undo=off | /v KeepAliveInterval /t | a lost line (one policy value's reg add)",
            "undo=off | defined R_#1#%a.%b | a tripled letter in the key path the read-back uses",
            "undo=off | SecurityLayer.0x0 | a tripled letter in a name the read-back expects",
            "'' | ^& set R_W=HKLM\\SYSTEM | a dropped letter in the undo file the record writes",
            "channel=manual&undo=off | set R_K=HKLM\\BROKENSYSTEM\\ControlSet002 | a lost line (the second control set's key)"})
    void aPasteCorruptedLikeTheConsoleCorruptsItEndsFailed(String query, String where, String what) {
        seedControlSet2();
        String intact = script(query, ScriptForm.PASTE);
        String corrupted = corrupt(intact, where, what.startsWith("a lost line") ? line -> ""
                : what.contains("dropped f") ? line -> line.replace("0xffffffff /f", "0xfffffff /f")
                : what.contains("dropped letter") ? line -> line.replace("Terminal Server", "Terminal Sever")
                : what.contains("key path the read-back") ? line -> line.replace("Terminal Server", "Terminal Serrrver")
                : line -> line.replace("Current", "Currrent").replace("Security", "Securrrity"));
        Wine.Result result = wine.paste(corrupted);
        assertTrue(verdict(result).startsWith("rdpfix: FAILED"), what + ": " + verdict(result) + "\n" + result.output());
        // "Did it work?" given that output never says every value is right.
        var checked = new io.rdpfix.web.CheckService().check(valid(query), result.output());
        assertTrue(checked.report().map(report -> report.failures() > 0).orElse(checked.refusal().isPresent()),
                what + ": the check of that output says all is well");
    }

    /**
     * Group Policy's MaxIdleTime and fInheritMaxIdleTime, as the fix writes them to the listener:
     * with the listener's writes lost, they do not verify the listener's values, and the fix names
     * them as the policy values that win on Windows.
     */
    @ParameterizedTest
    @CsvSource({"steps=idle-time&undo=off", "steps=idle-time&undo=off&channel=manual&controlsets=001"})
    void aPolicyValueOfTheSameNameNeitherVerifiesTheListenerNorGoesUnmentioned(String query) {
        String policy = valid(query).target() instanceof io.rdpfix.location.Target.Offline ? "HKLM\\BROKENSOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services"
                : "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services";
        wine.seed(policy, "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", "0", "/f");
        wine.seed(policy, "/v", "fInheritMaxIdleTime", "/t", "REG_DWORD", "/d", "1", "/f");
        String lost = corrupt(script(query, ScriptForm.PASTE), "set R_K=HKLM\\", line -> line.replace("Terminal Server", "Terminal Serrrver"));
        Wine.Result result = wine.paste(lost);
        assertTrue(result.printed().contains("rdpfix: overridden by policy: fInheritMaxIdleTime MaxIdleTime"), result.output());
        assertEquals("rdpfix: FAILED 2 of 2: fInheritMaxIdleTime MaxIdleTime", verdict(result), result.output());
    }

    /**
     * Offline, before anything changes, the fix says which disk this is and its active control set,
     * and notes when the sets chosen leave that one out. A ProductName with cmd's special characters
     * is printed as it is, never run.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "channel=manual&undo=off | Windows Server 2019 Datacenter | false",
            "channel=manual&current=yes&undo=off | Windows Server 2019 Datacenter | false",
            "channel=manual&controlsets=002 | Windows \"x\" & echo PWNED | true"})
    void offlineTheFixSaysWhichDiskItChangesFirst(String query, String productName, boolean notChosen) {
        seedControlSet2();
        wine.identifyOfflineDisk("DISK-B");
        wine.seed("HKLM\\BROKENSOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "/v", "ProductName", "/t", "REG_SZ", "/d", productName, "/f");
        Wine.Result result = wine.paste(script(query, ScriptForm.PASTE));
        List<String> printed = result.printed();
        assertTrue(printed.contains("rdpfix: disk DISK-B, active ControlSet001"), result.output());
        assertTrue(printed.contains("rdpfix: " + productName), result.output());
        assertFalse(printed.stream().anyMatch(line -> line.equals("PWNED")), result.output());
        assertEquals(notChosen, printed.contains("rdpfix: note: Windows boots ControlSet001, not among the sets chosen"), result.output());
        assertTrue(verdict(result).startsWith("rdpfix: OK"), result.output());
    }

    /** Replaces the one line that contains {@code where}; the test fails if there is not exactly one. */
    private static String corrupt(String script, String where, UnaryOperator<String> change) {
        List<String> lines = script.lines().toList();
        List<String> hits = lines.stream().filter(line -> line.contains(where)).toList();
        assertEquals(1, hits.size(), "one line to corrupt containing " + where);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String changed = line.contains(where) ? change.apply(line) : line;
            assertTrue(!line.contains(where) || !changed.equals(line), "the corruption changes the line");
            if (!changed.isEmpty()) {
                out.append(changed).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Where fltmc fails (a prompt that is not elevated), the first block says so and writes nothing;
     * the batch file stops with it as its verdict. (A later block pasted there fails on Windows on the
     * key's ACLs, which Wine does not have.)
     */
    @ParameterizedTest
    @CsvSource({"'', BATCH", "'', PASTE", "undo=off, PASTE", "channel=manual&lang=nl, PASTE"})
    void aPromptThatIsNotElevatedChangesNothingAndSaysSo(String query, ScriptForm form) {
        seedControlSet2();
        wine.elevated(false);
        String before = wine.snapshot();
        ScriptRequest request = valid(query);
        String text = form == ScriptForm.BATCH ? script(query, form)
                : PasteBlocks.of(ApplyScript.render(request, form, shareUrl(request))).get(0);
        Wine.Result result = run(text, form);
        assertEquals(before, wine.snapshot(), result.output());
        String reason = query.contains("lang=nl") ? "niet verhoogd: open cmd als administrator" : "not elevated: open cmd as administrator";
        assertTrue(result.lastLine().matches("rdpfix: (1/\\d+ )?[A-Z]+: " + java.util.regex.Pattern.quote(reason)), result.output());
        assertFalse(Files.exists(wine.driveC().resolve(VmUndoFile.path(WritePlan.of(request))
                .replace("%SystemRoot%\\", "windows\\").replace('\\', '/'))), "no undo file");
        if (form == ScriptForm.BATCH) {
            assertEquals(1, result.exitCode());
        }
    }

    @ParameterizedTest
    @CsvSource({"BATCH", "PASTE"})
    void withTheHivesNotLoadedNothingIsRecordedOrWritten(ScriptForm form) throws Exception {
        wine.unloadOfflineHives();
        String before = wine.snapshot();
        Wine.Result result = run(script("channel=manual", form), form);
        assertEquals(before, wine.snapshot(), "Wine would create the keys; the script must not try");
        assertEquals("rdpfix: FAILED: HKLM\\BROKENSOFTWARE not loaded", verdict(result), result.output());
        assertFalse(Files.exists(wine.driveC().resolve(VmUndoFile.path(WritePlan.of(valid("channel=manual")))
                .replace("%SystemRoot%\\", "windows\\").replace('\\', '/'))), "no undo file");
        if (form == ScriptForm.BATCH) {
            assertEquals(1, result.exitCode());
        }
    }

    @ParameterizedTest
    @CsvSource({"BATCH", "PASTE"})
    void aControlSetWithoutTheListenerKeyIsSkippedNeverCreated(ScriptForm form) {
        Wine.Result result = run(script("channel=manual&undo=off", form), form);
        assertTrue(result.output().contains("rdpfix: ControlSet002 has no RDP-Tcp key: skipped, nothing written there."),
                result.output());
        assertTrue(wine.values(Wine.offlineListener(2)).isEmpty());
        assertEquals(1, wine.reg("query", Wine.offlineListener(2)).exitCode(), "ControlSet002 was not created");
        assertEquals("rdpfix: OK, 16 of 16 values verified", verdict(result), result.output());
    }

    /**
     * "Did it work?" on a disk without ControlSet002's RDP-Tcp key, the default selection: the fix's own
     * output was refused ("this selection sets 29") and the capture after it called 13 values missing,
     * with advice no admin could follow. Both now count what the fix could write, and name the rest skipped.
     */
    @Test
    void didItWorkCountsOnlyWhatTheFixCouldWriteOnThatDisk() {
        ScriptRequest request = valid("channel=manual&undo=off");
        Wine.Result fix = wine.paste(script("channel=manual&undo=off", ScriptForm.PASTE));
        assertEquals("rdpfix: OK, 16 of 16 values verified", fix.lastLine(), fix.output());
        Wine.Result capture = wine.paste(io.rdpfix.script.CaptureScript.render(request, ScriptForm.PASTE, shareUrl(request)).text());
        for (String pasted : List.of(fix.output(), capture.output())) {
            io.rdpfix.web.CheckService.Outcome outcome = new io.rdpfix.web.CheckService().check(request, pasted);
            io.rdpfix.check.CheckReport report = outcome.report().orElseThrow(() -> new AssertionError(outcome.refusal().orElseThrow().reason().en()));
            assertEquals(0, report.failures(), report.text(io.rdpfix.text.Language.EN));
            assertEquals(13, report.rows().stream().filter(row -> row.outcome() == io.rdpfix.check.CheckReport.Outcome.SKIPPED
                    && row.key().equals(Wine.offlineListener(2))).count(), report.text(io.rdpfix.text.Language.EN));
            assertEquals("All 16 values are as the fix writes them. 13 more are not there on this disk, so the fix skips them: nothing to do"
                    + " there.", report.verdict(io.rdpfix.text.Language.EN));
        }
    }

    @Test
    void noControlSetWithTheListenerKeyFails() {
        wine.reg("delete", "HKLM\\BROKENSYSTEM\\ControlSet001", "/f");
        Wine.Result result = wine.batch(script("channel=manual&undo=off", ScriptForm.BATCH));
        assertEquals("rdpfix: FAILED: no RDP-Tcp key in the control sets", verdict(result), result.output());
        assertEquals(1, result.exitCode());
    }

    @ParameterizedTest
    @CsvSource({"BATCH", "PASTE"})
    void theActiveControlSetIsReadFromSelectCurrent(ScriptForm form) {
        wine.seed("HKLM\\BROKENSYSTEM\\Select", "/v", "Current", "/t", "REG_DWORD", "/d", "2", "/f");
        seedControlSet2();
        Wine.Result result = run(script("channel=manual&current=yes&steps=idle-time&undo=off", form), form);
        assertEquals("REG_DWORD 0x0", wine.values(Wine.offlineListener(2)).get("MaxIdleTime"));
        assertFalse(wine.values(Wine.offlineListener(1)).containsKey("MaxIdleTime"), "ControlSet001 untouched");
        assertEquals("rdpfix: OK, 2 of 2 values verified", verdict(result), result.output());
    }

    @ParameterizedTest
    @CsvSource({"BATCH", "PASTE"})
    void withoutSelectCurrentNothingIsWritten(ScriptForm form) {
        wine.reg("delete", "HKLM\\BROKENSYSTEM\\Select", "/v", "Current", "/f");
        String before = wine.snapshot();
        Wine.Result result = run(script("channel=manual&current=yes&steps=keep-alive", form), form);
        assertEquals(before, wine.snapshot());
        assertEquals("rdpfix: FAILED: cannot read Select value Current", verdict(result), result.output());
    }

    /** Only the first block loads the hives: a later one pasted alone before it writes nothing and says which block to paste. */
    @ParameterizedTest
    @CsvSource({"channel=manual&loadhives=yes&drive=Q&undo=off", "channel=manual&loadhives=yes&drive=Q&current=yes&lang=nl"})
    void aLaterBlockPastedBeforeTheHivesAreLoadedWritesNothingAndNamesBlockOne(String query) {
        wine.unloadOfflineHives();
        String before = wine.snapshot();
        ScriptRequest request = valid(query);
        List<String> blocks = PasteBlocks.of(ApplyScript.render(request, ScriptForm.PASTE, shareUrl(request)));
        String notLoaded = "rdpfix: (\\d+/\\d+ )?(FAILED|MISLUKT): BROKENS(YSTEM|OFTWARE) (not loaded: paste block 1|niet geladen: zie blok 1)";
        Wine.Result middle = wine.paste(blocks.get(blocks.size() / 2));
        assertTrue(middle.printed().stream().anyMatch(line -> line.matches(notLoaded)), middle.output());
        // The last block unloads the hives and says the read-back's verdict: without one it waits for it.
        Wine.Result last = wine.paste(blocks.get(blocks.size() - 1));
        int readBack = blocks.size() - 1;
        assertEquals(query.contains("lang=nl") ? "rdpfix: MISLUKT: geen controle: plak eerst blok " + readBack
                : "rdpfix: FAILED: no read-back: paste block " + readBack + " first", last.lastLine(), last.output());
        // The read-back keeps what stopped it; the last block says it.
        Wine.Result verdict = wine.paste(blocks.get(blocks.size() - 2) + blocks.get(blocks.size() - 1));
        assertTrue(verdict.lastLine().matches(notLoaded), verdict.output());
        assertEquals(before, wine.snapshot());
    }

    @Test
    void aHiveThatCannotBeLoadedStopsTheBatchBeforeAnyWrite() {
        wine.unloadOfflineHives();
        String before = wine.snapshot();
        Wine.Result result = wine.batch(script("channel=manual&loadhives=yes&drive=Q&steps=keep-alive", ScriptForm.BATCH));
        assertEquals(1, result.exitCode(), result.output());
        assertEquals("rdpfix: FAILED: HKLM\\BROKENSOFTWARE not loaded", verdict(result), result.output());
        assertEquals(before, wine.snapshot());
    }

    @Test
    void theArticlesQuotedValueNameCreatesAValueWithApostrophes() {
        wine.seed(LISTENER, "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "2", "/f");
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
        wine.batch(script("steps=max-instances&undo=off", ScriptForm.BATCH));
        assertEquals("REG_DWORD 0xffffffff", wine.values(LISTENER).get("MaxInstanceCount"));
        wine.reset();
        wine.paste(script("steps=max-instances&undo=off&dword=hex", ScriptForm.PASTE));
        assertEquals("REG_DWORD 0xffffffff", wine.values(LISTENER).get("MaxInstanceCount"));
    }

    @ParameterizedTest
    @CsvSource({"BATCH", "PASTE"})
    void puttingSecurityBackSetsMicrosoftsRecommendedValuesAndReadsThemBack(ScriptForm form) {
        Wine.Result fix = run(script("undo=off", form), form);
        assertEquals("REG_DWORD 0x0", wine.values(LISTENER).get("SecurityLayer"), fix.output());
        ScriptRequest request = valid("undo=off");
        Wine.Result back = run(io.rdpfix.undo.SecurityRestore.render(request, java.util.Optional.empty(), form, shareUrl(request)).text(), form);
        assertEquals("REG_DWORD 0x2", wine.values(LISTENER).get("SecurityLayer"));
        assertEquals("REG_DWORD 0x3", wine.values(LISTENER).get("MinEncryptionLevel"));
        assertEquals("REG_DWORD 0x1", wine.values(LISTENER).get("KeepAliveTimeout"));
        assertEquals("rdpfix: OK, 2 of 2 values verified", verdict(back), back.output());
    }

    @Test
    void puttingSecurityBackFromACaptureRestoresWhatWasThereAndDeletesWhatWasNot() {
        ScriptRequest request = valid("channel=manual&undo=off");
        seedControlSet2();
        wine.seed(Wine.offlineListener(1), "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "1", "/f");
        Wine.Result captured = wine.paste(io.rdpfix.script.CaptureScript.render(request, ScriptForm.PASTE, shareUrl(request)).text());
        var capture = ((io.rdpfix.capture.CaptureResult.Parsed) io.rdpfix.capture.CaptureParser.parse(captured.output(), WritePlan.of(request)))
                .capture();
        Wine.Result fix = wine.paste(script("channel=manual&undo=off", ScriptForm.PASTE));
        assertEquals("rdpfix: OK, 29 of 29 values verified", verdict(fix), fix.output());
        Wine.Result back = wine.paste(io.rdpfix.undo.SecurityRestore.render(request, java.util.Optional.of(capture), ScriptForm.PASTE,
                shareUrl(request)).text());
        assertEquals("REG_DWORD 0x1", wine.values(Wine.offlineListener(1)).get("SecurityLayer"));
        assertFalse(wine.values(Wine.offlineListener(2)).containsKey("SecurityLayer"), "absent before the fix, absent again");
        assertFalse(wine.values(Wine.offlineListener(1)).containsKey("MinEncryptionLevel"));
        assertEquals("REG_DWORD 0x1", wine.values(Wine.offlineListener(2)).get("KeepAliveTimeout"), "the rest of the fix stays");
        assertEquals("rdpfix: OK, 4 of 4 values verified", verdict(back), back.output());
    }
}
