package io.rdpfix.wine;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.Wine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The undo file the fix records on the machine, in the sequences an admin really runs: something
 * else changes between the fix and the undo, fix and undo again and again, another disk on the same
 * repair VM. Only what the fix changed may come back; anything else stays as it is.
 */
@Execution(ExecutionMode.CONCURRENT)
class WineVmUndoTest {
    private static final String LISTENER = Wine.LISTENER;
    private static final String POLICIES = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT";
    private final Wine wine = Wine.get();

    @BeforeEach
    void machineWithItsOwnSettings() {
        wine.reset();
        wine.seed(LISTENER, "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "2", "/f");
        wine.seed(LISTENER, "/v", "PortNumber", "/t", "REG_DWORD", "/d", "3389", "/f");
        wine.seed(Wine.offlineListener(1), "/v", "MinEncryptionLevel", "/t", "REG_DWORD", "/d", "3", "/f");
    }

    private static String fix(String query, ScriptForm form) {
        ScriptRequest request = valid(query);
        return ApplyScript.render(request, form, shareUrl(request)).text();
    }

    private Wine.Result runFix(String query, ScriptForm form) {
        Wine.Result result = parsed(form == ScriptForm.BATCH ? wine.batch(fix(query, form)) : wine.paste(fix(query, form)));
        assertTrue(result.lastLine().startsWith("rdpfix: OK, "), result.output());
        return result;
    }

    /** cmd read every line it ran: a line it could not parse is a defect even when the verdict comes out right. */
    private static Wine.Result parsed(Wine.Result result) {
        assertFalse(result.output().contains("Syntax error") || result.output().contains("Can't recognize"), result.output());
        return result;
    }

    private static String undoFile(String query) {
        return VmUndoFile.path(WritePlan.of(valid(query))).replace("%SystemRoot%", "C:\\windows");
    }

    private Wine.Result undo(String query) {
        return parsed(wine.runFile(undoFile(query)));
    }

    /**
     * With the hives to load, the script first copies their files to the disk's own rdpfix folder
     * (the article's advice, kept when the repair VM goes), and never overwrites that first copy.
     */
    @Test
    void theHivesTheScriptLoadsAreCopiedOntoTheDiskFirstAndTheFirstCopyIsKept() throws IOException {
        Path disk = wine.attachDisk('G');
        wine.unloadOfflineHives();
        // Wine's reg cannot load a hive: each run ends FAILED after the copy, having written nothing.
        Wine.Result first = parsed(wine.paste(fix("channel=manual&loadhives=yes&drive=G", ScriptForm.PASTE)));
        assertTrue(first.lastLine().startsWith("rdpfix: FAILED"), first.output());
        assertEquals("SYSTEM hive of the disk at G", Files.readString(disk.resolve("rdpfix/SYSTEM")));
        assertEquals("SOFTWARE hive of the disk at G", Files.readString(disk.resolve("rdpfix/SOFTWARE")));

        Files.writeString(disk.resolve("Windows/System32/config/SYSTEM"), "changed since");
        parsed(wine.paste(fix("channel=manual&loadhives=yes&drive=G", ScriptForm.PASTE)));
        assertEquals("SYSTEM hive of the disk at G", Files.readString(disk.resolve("rdpfix/SYSTEM")));
    }

    /** The record of a disk whose drive the script knows goes onto that disk too; the undo retires both. */
    @Test
    void theRecordIsCopiedOntoTheDiskAndTheUndoRetiresThatCopyToo() throws IOException {
        Path disk = wine.attachDisk('G');
        String query = "channel=manual&loadhives=yes&drive=G";
        runFix(query, ScriptForm.BATCH);
        String record = Path.of(undoFile(query).replace("C:\\windows\\rdpfix\\", "")).toString().replace(".cmd", "-DISK-A.rec");
        Path onVm = wine.driveC().resolve("windows/rdpfix/" + record);
        assertEquals(Files.readString(onVm), Files.readString(disk.resolve("rdpfix/" + record)));
        assertFalse(Files.exists(disk.resolve("rdpfix/SYSTEM")), "the hives were loaded already: nothing to copy");

        Wine.Result undone = undo(query);
        assertTrue(undone.lastLine().startsWith("rdpfix: OK, "), undone.output());
        assertFalse(Files.exists(disk.resolve("rdpfix/" + record)));
        assertTrue(Files.exists(disk.resolve("rdpfix/" + record + ".done")));
    }

    /**
     * az vm repair: the record the fix made on the first repair VM, kept on the disk as its wrapper keeps
     * it (the file, and the record with its exports), runs on a second, fresh repair VM from a copy in
     * that VM's own folder, as the recorded-undo wrapper copies it: the file has exactly the size that
     * wrapper checks (with the active control set written into it too), and it puts back exactly what
     * the fix changed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"channel=repair", "channel=repair&current=yes&lang=nl"})
    void aRecordKeptOnTheDiskPutsBackOnASecondRepairVm(String query) throws IOException {
        String before = wine.snapshot();
        runFix(query, ScriptForm.BATCH);
        String base = VmUndoFile.recordedBy(valid(query)).orElseThrow().baseName();
        Path firstVm = wine.driveC().resolve("windows/rdpfix");
        Path kept = wine.driveC().resolve("disk-copy/Windows/rdpfix");
        Files.createDirectories(kept);
        try (var files = Files.list(firstVm)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(base)).toList()) {
                Files.copy(file, kept.resolve(file.getFileName()));
            }
        }
        Wine.deleteRecursively(firstVm);

        ScriptRequest request = valid(query);
        String wrapper = io.rdpfix.azure.ChannelScript.recordedUndo(request, shareUrl(request)).orElseThrow().text();
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("\\(Get-Item -LiteralPath \\$source\\)\\.Length -ne (\\d+)").matcher(wrapper);
        assertTrue(size.find(), wrapper);
        assertEquals(Long.parseLong(size.group(1)), Files.size(kept.resolve(base + ".cmd")), "the size the wrapper checks");
        Path secondVm = Files.createDirectories(firstVm);
        Files.copy(kept.resolve(base + ".cmd"), secondVm.resolve(base + ".cmd"));
        Files.copy(kept.resolve(base + "-DISK-A.rec"), secondVm.resolve(base + "-DISK-A.rec"));

        Wine.Result undone = undo(query);
        assertTrue(undone.lastLine().startsWith("rdpfix: OK, "), undone.output());
        assertEquals(before, wine.snapshot());
        assertTrue(Files.exists(secondVm.resolve(base + "-DISK-A.rec.done")), "retired, for the wrapper to retire the disk's");
    }

    /** What the admin (or a Group Policy refresh) changes after the fix: none of it the fix's. */
    private void somethingElseChanges() {
        wine.seed(POLICIES + "\\Printers\\PointAndPrint", "/v", "RestrictDriverInstallationToAdministrators", "/t", "REG_DWORD", "/d", "1",
                "/f");
        wine.seed(LISTENER, "/v", "PortNumber", "/t", "REG_DWORD", "/d", "3390", "/f");
        wine.seed(LISTENER, "/v", "fAddedAfterTheFix", "/t", "REG_DWORD", "/d", "7", "/f");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void theUndoPutsBackTheFixsValuesAndLeavesEverythingElse(ScriptForm form) {
        somethingElseChanges();
        String expected = wine.snapshot();
        machineWithItsOwnSettings();

        runFix("", form);
        somethingElseChanges();
        Wine.Result undone = undo("");

        assertEquals("rdpfix: OK, 16 of 16 values as before the fix", undone.lastLine(), undone.output());
        assertEquals(expected, wine.snapshot());
    }

    @Test
    void aValueChangedSinceTheFixIsLeftAsItIsAndNamed() {
        runFix("", ScriptForm.BATCH);
        wine.seed(LISTENER, "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", "777777", "/f");
        Wine.Result undone = undo("");

        assertTrue(undone.output().contains("rdpfix: changed since the fix, left as it is: MaxIdleTime"), undone.output());
        assertEquals("rdpfix: OK, 15 of 16 as before the fix, 1 left as changed since", undone.lastLine(), undone.output());
        assertEquals("REG_DWORD 0xbde31", wine.values(LISTENER).get("MaxIdleTime"));
        assertEquals("REG_DWORD 0x2", wine.values(LISTENER).get("SecurityLayer"));
    }

    @Test
    void fixAndUndoAgainAndAgainBehaveLikeTheFirstTime() throws IOException {
        String before = wine.snapshot();
        for (int cycle = 1; cycle <= 2; cycle++) {
            runFix("", ScriptForm.PASTE);
            Wine.Result undone = undo("");
            assertEquals("rdpfix: OK, 16 of 16 values as before the fix", undone.lastLine(), "cycle " + cycle + ":\n" + undone.output());
            assertEquals(before, wine.snapshot(), "cycle " + cycle);
            assertNoLiveRecord();
        }
        wine.seed(LISTENER, "/v", "PortNumber", "/t", "REG_DWORD", "/d", "50001", "/f");
        String beforeTheLastFix = wine.snapshot();
        Wine.Result fixed = runFix("", ScriptForm.BATCH);
        assertFalse(fixed.output().contains("keeps the earlier undo file"), fixed.output());
        Wine.Result undone = undo("");
        assertEquals("rdpfix: OK, 16 of 16 values as before the fix", undone.lastLine(), undone.output());
        assertEquals(beforeTheLastFix, wine.snapshot());
        assertNoLiveRecord();
    }

    /**
     * The admin's sequence with each other fix: fix, something else changes on the machine, undo; twice.
     * The undo puts back only the fix's value (and removes a key the fix created): the other change stays.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"fix=nla-off", "fix=credssp-oracle", "fix=rdp-port&port=50000&channel=manual", "fix=enable-rdp&channel=manual", "fix=firewall-off"})
    void anotherFixsUndoPutsBackOnlyItsOwnValueTwice(String query) throws IOException {
        String other = query.contains("manual") ? Wine.offlineListener(1) : LISTENER;
        String before = wine.snapshot();
        for (int cycle = 1; cycle <= 2; cycle++) {
            runFix(query, cycle == 1 ? ScriptForm.PASTE : ScriptForm.BATCH);
            wine.seed(other, "/v", "MaxIdleTime", "/t", "REG_DWORD", "/d", String.valueOf(1000 * cycle), "/f");
            Wine.Result undone = undo(query);
            assertTrue(undone.lastLine().startsWith("rdpfix: OK, "), "cycle " + cycle + ":\n" + undone.output());
            assertEquals("REG_DWORD 0x" + Integer.toHexString(1000 * cycle), wine.values(other).get("MaxIdleTime"), "the other change stays");
            wine.reg("delete", other, "/v", "MaxIdleTime", "/f");
            assertEquals(before, wine.snapshot(), "cycle " + cycle);
            assertNoLiveRecord();
        }
    }

    @Test
    void anUndoThatRanCannotRunAgain() {
        runFix("", ScriptForm.BATCH);
        undo("");
        String after = wine.snapshot();
        Wine.Result again = undo("");
        assertEquals("rdpfix: FAILED: no record of VM here; nothing changed", again.lastLine(), again.output());
        assertEquals(after, wine.snapshot());
    }

    @Test
    void aSecondFixOnTheSameMachineKeepsTheFirstRecord() {
        String before = wine.snapshot();
        runFix("", ScriptForm.BATCH);
        Wine.Result second = runFix("", ScriptForm.PASTE);
        assertTrue(second.output().contains("rdpfix: keeps the earlier undo file."), second.output());
        undo("");
        assertEquals(before, wine.snapshot());
    }

    /**
     * A repair VM reused for two disks: each disk's fix records its own values under its own name,
     * the undo gives back the disk it runs on, and never uses the other disk's record.
     */
    @Test
    void onARepairVmEachDiskHasItsOwnRecord() throws IOException {
        String query = "channel=manual";
        String diskABefore = wine.snapshot();
        runFix(query, ScriptForm.BATCH);
        Path diskA = saveOfflineHives("disk-a");

        wine.unloadOfflineHives();
        wine.seed("HKLM\\BROKENSYSTEM\\Select", "/v", "Current", "/t", "REG_DWORD", "/d", "1", "/f");
        wine.seed("HKLM\\BROKENSOFTWARE\\Policies\\Microsoft", "/f");
        wine.identifyOfflineDisk("DISK-B");
        wine.seed(Wine.offlineListener(1), "/v", "SecurityLayer", "/t", "REG_DWORD", "/d", "1", "/f");
        String diskBBefore = wine.snapshot();
        Wine.Result fixB = runFix(query, ScriptForm.PASTE);
        assertFalse(fixB.output().contains("keeps the earlier undo file"), fixB.output());

        Wine.Result undoB = undo(query);
        assertEquals("rdpfix: OK, 29 of 29 values as before the fix", undoB.lastLine(), undoB.output());
        assertEquals(diskBBefore, wine.snapshot());
        Wine.Result again = undo(query);
        assertTrue(again.output().contains("rdpfix: another machine's record, not used: undo-61fa4669-DISK-A.rec"), again.output());
        assertEquals("rdpfix: FAILED: no record of DISK-B here; nothing changed", again.lastLine(), again.output());
        assertEquals(diskBBefore, wine.snapshot());

        wine.unloadOfflineHives();
        loadOfflineHives(diskA);
        Wine.Result undoA = undo(query);
        assertEquals("rdpfix: OK, 29 of 29 values as before the fix", undoA.lastLine(), undoA.output());
        assertEquals(diskABefore, wine.snapshot());
    }

    /** "Only the active one" offline: the record names the control set Select\\Current chose, and the undo finds it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"BATCH", "PASTE"})
    void offlineTheActiveControlSetAloneIsRecordedAndPutBack(ScriptForm form) {
        String query = "channel=manual&current=yes";
        String before = wine.snapshot();
        runFix(query, form);
        assertEquals("REG_DWORD 0x1", wine.values(Wine.offlineListener(1)).get("fInheritMaxIdleTime"));

        Wine.Result undone = undo(query);
        assertEquals("rdpfix: OK, 16 of 16 values as before the fix", undone.lastLine(), undone.output());
        assertEquals(before, wine.snapshot());
    }

    @Test
    void withoutTheDisksComputerNameNothingIsRecordedOrWritten() {
        wine.reg("delete", "HKLM\\BROKENSYSTEM\\ControlSet001\\Control\\ComputerName", "/f");
        String before = wine.snapshot();
        Wine.Result fixed = wine.batch(fix("channel=manual", ScriptForm.BATCH));
        assertTrue(fixed.output().contains("cannot read this machine's ComputerName"), fixed.output());
        assertTrue(fixed.lastLine().startsWith("rdpfix: FAILED: "), fixed.output());
        assertEquals(before, wine.snapshot());
    }

    /** Its reg.exe is the one beside Windows: a copy of the file elsewhere finds none and changes nothing. */
    @Test
    void anUndoFileAwayFromWindowsFindsNoRegExeAndChangesNothing() throws IOException {
        runFix("", ScriptForm.BATCH);
        Path folder = wine.driveC().resolve("windows/rdpfix");
        Path elsewhere = Files.createDirectories(wine.driveC().resolve("elsewhere/rdpfix"));
        for (String file : new String[] {"undo-6c27e47e.cmd", "undo-6c27e47e-VM.rec"}) {
            Files.copy(folder.resolve(file), elsewhere.resolve(file));
        }
        String fixed = wine.snapshot();
        Wine.Result undone = wine.runFile("C:\\elsewhere\\rdpfix\\undo-6c27e47e.cmd");
        assertEquals("rdpfix: FAILED: no System32\\reg.exe beside this folder; nothing changed", undone.lastLine(), undone.output());
        assertEquals(fixed, wine.snapshot());
    }

    /** A value that was a string before the fix cannot be carried through cmd safely: it is named, the rest goes back. */
    @Test
    void aStringValueBeforeTheFixIsNamedForAPerson() {
        wine.seed(LISTENER, "/v", "MaxIdleTime", "/t", "REG_SZ", "/d", "a & b", "/f");
        runFix("", ScriptForm.BATCH);
        Wine.Result undone = undo("");
        assertTrue(undone.output().contains("rdpfix: no DWORD before; by hand from undo-*.reg: MaxIdleTime"), undone.output());
        assertEquals("rdpfix: FAILED, partly put back; 1 of 16 not: MaxIdleTime", undone.lastLine(), undone.output());
        assertEquals("REG_DWORD 0x2", wine.values(LISTENER).get("SecurityLayer"));
        assertTrue(Files.exists(wine.driveC().resolve("windows/rdpfix/undo-6c27e47e-VM.1.reg")), "the backup beside the undo");
    }

    private void assertNoLiveRecord() throws IOException {
        try (var files = Files.list(wine.driveC().resolve("windows/rdpfix"))) {
            assertTrue(files.map(f -> f.getFileName().toString()).noneMatch(name -> name.endsWith(".rec")), "a live record is left");
        }
    }

    private Path saveOfflineHives(String name) {
        Path folder = wine.driveC().resolve("saved-" + name);
        folder.toFile().mkdirs();
        wine.reg("export", "HKLM\\BROKENSYSTEM", "C:\\saved-" + name + "\\system.reg", "/y");
        wine.reg("export", "HKLM\\BROKENSOFTWARE", "C:\\saved-" + name + "\\software.reg", "/y");
        return folder;
    }

    private void loadOfflineHives(Path saved) {
        String name = saved.getFileName().toString();
        wine.reg("import", "C:\\" + name + "\\system.reg");
        wine.reg("import", "C:\\" + name + "\\software.reg");
    }
}
