package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Condition.errorLevel;
import static io.rdpfix.cmd.Condition.exists;
import static io.rdpfix.cmd.Condition.sameWord;
import static io.rdpfix.cmd.Statement.batchStart;
import static io.rdpfix.cmd.Statement.exit;
import static io.rdpfix.cmd.Statement.quietly;
import static io.rdpfix.cmd.Statement.sequence;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.Condition;
import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Arithmetic;
import io.rdpfix.cmd.Statement.Call;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.Echo;
import io.rdpfix.cmd.Statement.EchoTo;
import io.rdpfix.cmd.Statement.For;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.Goto;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.IfFailed;
import io.rdpfix.cmd.Statement.Label;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Reg;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.cmd.Statement.SetQuoted;
import io.rdpfix.cmd.Statement.Source;
import io.rdpfix.location.DriveLetter;
import io.rdpfix.location.Target;
import io.rdpfix.location.TargetKey;
import io.rdpfix.registry.RegKey;
import io.rdpfix.text.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo file the fix leaves on the machine before it changes anything, and its records.
 * <p>
 * The file's text is the same on every machine, so the fix can write it with {@code echo} lines and
 * check its size (a garbled paste changes the size). Called with {@code record} it writes, beside
 * itself, {@code undo-<id>-<ComputerName>.rec}: the machine (online its ActiveComputerName, offline
 * the ComputerName in the loaded SYSTEM hive's active control set; and ProductName), and for each
 * value the fix writes its type and data before the fix, or that it was absent; the keys the fix will
 * create; and a {@code reg export} of each key for a person to use by hand (never imported). Then it
 * takes its own name. A record of this machine that is already there is kept; another machine's is
 * left alone, so a repair VM that fixes disk A and then disk B keeps both.
 * <p>
 * Run without arguments it uses the record of the machine it runs on, or changes nothing. It goes
 * value by value: a value that still holds what the fix wrote is put back ({@code reg add} with the
 * recorded DWORD, or deleted if it was absent) and read back; a value that holds anything else was
 * changed since the fix and is left as it is, and named; one that was a string before is named for
 * a person (cmd cannot carry string data safely). A key is deleted only when the fix created it and
 * it is empty now. Nothing is imported, and nothing the fix does not write is touched. Only when every
 * value is as recorded (or named as left) does it retire the record ({@code .rec.done}), so it
 * cannot act twice and a later fix records afresh; otherwise it says which values it did not put
 * back and can be run again.
 * <p>
 * Each key is read once, as one {@code reg query} listing (and once more after an undo's writes, to
 * read them back): a process per key, not per value, which on Wine is most of a script's time.
 * "Absent" is only ever concluded from a key that reads: a value is absent when its key's listing
 * has no such line; a key the fix creates is absent when a parent that reads does not list it.
 * Anything else is "cannot read", which stops a record and fails an undo. No localized text is
 * parsed: only value lines, type names and {@code 0x} data, which every language of Windows prints
 * alike.
 */
public final class VmUndoFile {
    /**
     * Under %SystemRoot%, where only administrators may write: a folder under %SystemDrive% would
     * inherit the root's "users may modify" entry, so anyone could plant a reg.cmd there (cmd runs
     * the current folder's first) or change the record an undo trusts as administrator.
     */
    static final String FOLDER = "%SystemRoot%\\rdpfix";
    /** The active control set's number, expanded when the file is written: always three digits. */
    private static final String ACTIVE_SET = "%" + Target.Offline.ACTIVE_SET_VARIABLE + "%";
    /** The characters a ComputerName may hold here; any other clears it (then nothing is done). */
    private static final String NAME_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final Target target;
    private final WritePlan plan;
    private final Language language;

    public VmUndoFile(Target target, WritePlan plan, Language language) {
        this.target = target;
        this.plan = plan;
        this.language = language;
    }

    /** The undo file the request's fix records, if it records one. */
    public static Optional<VmUndoFile> recordedBy(ScriptRequest request) {
        return request.undo() == UndoOption.VM
                ? Optional.of(new VmUndoFile(request.target(), WritePlan.of(request), request.language()))
                : Optional.empty();
    }

    /** Where the request's fix records its undo file, if it records one. */
    public static Optional<String> of(ScriptRequest request) {
        return of(request, WritePlan.of(request));
    }

    public static Optional<String> of(ScriptRequest request, WritePlan plan) {
        return request.undo() == UndoOption.VM ? Optional.of(path(plan)) : Optional.empty();
    }

    public static String path(WritePlan plan) {
        return FOLDER + "\\" + baseName(plan) + ".cmd";
    }

    private static String baseName(WritePlan plan) {
        return "undo-" + plan.selectionId();
    }

    /** The file without ending, relative to the folder: the record and backups share it. */
    public String baseName() {
        return baseName(plan);
    }

    /**
     * What the fix checks before it writes: the file, and a record (online, this machine's: cmd expands
     * %COMPUTERNAME% wherever the check runs; offline, the disk's name is only in its hive).
     */
    List<String> liveFiles() {
        return List.of(baseName() + ".cmd", baseName() + "-" + (target instanceof Target.Offline ? "*" : "%COMPUTERNAME%") + ".rec");
    }

    /**
     * The file's lines: no path in them but its own ({@code %~dp0}), so their length is the same on
     * every machine. The record is {@code undo-<id>-<ComputerName>.rec}: one file serves every machine
     * (every disk of a repair VM), each with its own record, and changes nothing where it finds none.
     */
    List<String> content() {
        return CmdWriter.of(ScriptForm.BATCH).lines(statements());
    }

    private List<Statement> statements() {
        String base = baseName();
        String record = base + "-%R_I%.rec";
        Statement failed = exit(1);
        Statement done = exit(0);
        Condition recording = equal("%R_M%", "record");
        List<Statement> lines = new ArrayList<>(batchStart());
        lines.addAll(List.of(
                // reg.exe beside Windows, by its full path: never the current folder's, never PATH's.
                sequence(new Command("cd /d \"%~dp0\""), new Set("R_G", "%~dp0..\\System32\\reg.exe"), new Set("R_A", NAME_CHARACTERS),
                        new Arithmetic("R_E=0,R_N=0,R_T=0,R_K=0"), new For('v', "B L U H I P", new Set("R_%%v", ""), false)),
                new If(exists("\"%R_G%\"").not(), sequence(say(ScriptTexts.UNDO_NO_REG), failed))));
        lines.addAll(identity());
        lines.add(new If(defined("R_I").not(), sequence(say(ScriptTexts.UNDO_NO_MACHINE), failed)));
        lines.add(sequence(new Set("R_M", "%1"), new Set("R_O", record), new Set("R_Q", base + "-%R_I%.now")));
        lines.add(new If(equal("%1", "record"), new Goto("r")));
        // ---- undo: only with this machine's record; another machine's are named, never used
        Condition noRecord = exists("%R_O%").not();
        lines.add(new If(noRecord, new For('f', base + "-*.rec", say(ScriptTexts.UNDO_OTHER_RECORD.with("%%f")), false)));
        lines.add(new If(noRecord, sequence(say(ScriptTexts.UNDO_NO_RECORD.with("%R_I:~0,15%")), failed)));
        lines.add(say(ScriptTexts.UNDO_MACHINE.with("%R_I:~0,15%", "%R_P:~0,40%")));
        // ---- the values, for both: record their state, or put them back
        lines.add(new Label("p"));
        int index = 0;
        for (TargetKey key : plan.keys()) {
            index++;
            lines.add(sequence(new SetQuoted("R_J", String.join(" ", plan.asQueried(key))), new Set("R_W", key.key().path()),
                    new Call(":key" + ancestors(key.key(), key.root())), new Call(":vals " + index)));
            // The keys between the written key and its root: each is recorded when absent, so the undo may remove it.
            List<RegKey> creatable = key.creatableKeysDeepestFirst();
            for (int i = 1; i < creatable.size(); i++) {
                lines.add(new If(recording, sequence(new Set("R_W", creatable.get(i).path()),
                        new Call(":key" + ancestors(creatable.get(i), key.root())))));
            }
        }
        lines.add(new If(recording, sequence(new Redirected(new Command("del %R_Q%"), Redirect.NO_ERRORS), new Goto("c"))));
        // ---- undo: the keys the fix created, if empty; the verdict; the record retired
        lines.add(new ForF("tokens=1,*", 'a', new Source.File("%R_O%"), new If(equal("%%a", "C"), new Call(":drop \"%%b\"")), false));
        lines.add(new Redirected(new Command("del %R_Q%"), Redirect.NO_ERRORS));
        lines.add(new If(defined("R_L"), say(ScriptTexts.UNDO_LEFT.with("%R_L:~0,34%"))));
        lines.add(new If(defined("R_H"), say(ScriptTexts.UNDO_BY_HAND.with("%R_H:~0,28%"))));
        lines.add(new If(sameWord("%R_E%", "0").not(), sequence(say(ScriptTexts.UNDO_PARTLY.with("%R_E%", "%R_T%", "%R_U:~0,30%")), failed)));
        // Retired, the record is no record: this file then changes nothing here, and the next fix records afresh.
        lines.add(quietly(new Command("move /y %R_O% %R_O%.done")));
        lines.add(new If(exists("%R_O%"), sequence(say(ScriptTexts.UNDO_NOT_RETIRED), failed)));
        onDisk().ifPresent(folder -> lines.add(new If(exists("\"" + folder + "\\%R_O%\""),
                quietly(new Command("move /y \"" + folder + "\\%R_O%\" \"" + folder + "\\%R_O%.done\"")))));
        lines.add(new Set("R_V", ScriptTexts.UNDO_OK.with("%R_N%", "%R_T%").in(language)));
        lines.add(new If(sameWord("%R_K%", "0").not(), new Set("R_V", ScriptTexts.UNDO_OK_LEFT.with("%R_N%", "%R_T%", "%R_K%").in(language))));
        lines.add(new Echo(target instanceof Target.Offline ? ScriptTexts.SAYS + ScriptTexts.NEXT_OFFLINE.in(language)
                : ScriptTexts.UNDO_NEXT_ONLINE.in(language)));
        lines.add(sequence(new Echo("rdpfix: %R_V%"), done));
        // ---- record: this machine's earlier record is kept; an earlier rdpfix's undo file is kept aside
        lines.add(new Label("r"));
        lines.add(new If(exists(plan.selectionId() + "-1.reg"), new If(exists("old-" + base + ".cmd").not(),
                new Redirected(new Command("move /y " + base + ".cmd old-" + base + ".cmd"), Redirect.NO_OUTPUT))));
        lines.add(new If(exists("%R_O%"), new Goto("k")));
        lines.add(sequence(new EchoTo("%R_O%", false, "I %R_I%"), new EchoTo("%R_O%", true, "P %R_P%"), new Goto("p")));
        lines.add(new Label("c"));
        lines.add(new If(sameWord("%R_E%", "0").not(), sequence(new Command("del %R_O%"),
                say(ScriptTexts.UNDO_UNREADABLE.with("%R_U:~0,30%")), failed)));
        // A copy of the record and the backups on the disk itself outlives the repair VM (for a person).
        onDisk().ifPresent(folder -> lines.add(quietly(new Command("copy /y " + base + "-%R_I%.* \"" + folder + "\\\""))));
        // The running n.cmd takes the undo file's name: nothing may be read from it after this line.
        Statement takeName = sequence(new Redirected(new Command("move /y \"%~nx0\" " + base + ".cmd"), Redirect.NO_OUTPUT), done);
        lines.add(takeName);
        lines.add(new Label("k"));
        lines.add(say(ScriptTexts.UNDO_KEPT_SHORT));
        lines.add(takeName);
        lines.addAll(subroutines(base));
        return lines;
    }

    /** Offline with the disk's drive known (the script loads the hives itself): its rdpfix folder. */
    private Optional<String> onDisk() {
        return target instanceof Target.Offline offline ? offline.loadFrom().map(DriveLetter::rdpfixFolder) : Optional.empty();
    }

    /** R_I: the machine's ComputerName (offline, from the loaded SYSTEM hive's active control set); R_P its ProductName. */
    private List<Statement> identity() {
        List<Statement> lines = new ArrayList<>();
        String computerName;
        String software;
        if (target instanceof Target.Offline offline) {
            lines.add(new ForF("tokens=1,3", 'a', query(Statement.quoted(offline.systemHive().child("Select")), "Current"),
                    new If(equal("%%a", "Current").ignoringCase(), new Arithmetic("R_C=1000+%%b")), false));
            computerName = offline.systemHive().path() + "\\ControlSet%R_C:~1%\\Control\\ComputerName\\ComputerName";
            software = offline.softwareHive().path();
        } else {
            computerName = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ActiveComputerName";
            software = "HKLM\\SOFTWARE";
        }
        lines.add(new ForF("tokens=1,2,*", 'a', query("\"" + computerName + "\"", "ComputerName"),
                new If(equal("%%a", "ComputerName").ignoringCase(), new SetQuoted("R_I", "%%c")), false));
        lines.add(sanitized("R_I"));
        lines.add(new ForF("tokens=2,*", 'a', query("\"" + software + "\\Microsoft\\Windows NT\\CurrentVersion\"", "ProductName"),
                new If(equal("%%a", "REG_SZ"), new SetQuoted("R_P", "%%b")), false));
        // A space among the delimiters must come last: cmd reads the options as words.
        lines.add(new ForF("delims=%R_A%. ", 'a', new Source.Text("%R_P%"), new Set("R_P", "?"), false));
        return lines;
    }

    /** The line reg.exe prints for one value, errors left out: what a for /f reads. */
    private static Source query(String key, String name) {
        return new Source.Output(new Redirected(reg("query", key, "/v", name), Redirect.NO_ERRORS));
    }

    /** reg.exe beside Windows, by its full path in R_G. */
    private static Statement reg(String verb, String... arguments) {
        return new Reg("%R_G%", verb, List.of(arguments));
    }

    /** Clears the variable when it holds anything but a ComputerName's characters (R_A): it is then used unquoted. */
    private static Statement sanitized(String variable) {
        return new ForF("delims=%R_A%", 'a', new Source.Text("%" + variable + "%"), new Set(variable, ""), false);
    }

    /**
     * The arguments of {@code :key} for a key: its ancestors up to the root the fix never creates,
     * each with a leading space; none for a key that must exist (the fix skips it where it is missing).
     */
    private static String ancestors(RegKey key, RegKey root) {
        StringBuilder arguments = new StringBuilder();
        RegKey current = key;
        while (!current.equals(root)) {
            current = current.parent().orElseThrow();
            arguments.append(' ').append(Statement.quoted(current));
        }
        return arguments.toString();
    }


    private List<Statement> subroutines(String base) {
        Statement back = exit();
        Condition recording = equal("%R_M%", "record");
        Statement failure = new Arithmetic("R_E+=1");
        return List.of(
                // :key [ancestors] for the key in R_W: R_Z ok (it reads: its listing is in R_Q), K (absent: a key
                // that must exist, or proven by a parent's listing), ? (cannot tell). A record notes a created key.
                new Label("key"),
                sequence(new SetQuoted("R_Y", "%R_W%"), new Set("R_Z", "ok"), new Redirected(reg("query", "\"%R_W%\""), Redirect.into("%R_Q%")),
                        new If(errorLevel(1).not(), back)),
                sequence(new Set("R_Z", "K"), new If(equal("%~1", ""), back)),
                new Set("R_Z", "?"),
                new Label("up"),
                new If(equal("%~1", ""), back),
                sequence(quietly(reg("query", "%1")), new If(errorLevel(1), sequence(new SetQuoted("R_Y", "%~1"), new Command("shift"),
                        new Goto("up")))),
                sequence(new Set("R_Z", "K"), new ForF("delims=", 'l', new Source.Output(new Redirected(reg("query", "%1"), Redirect.NO_ERRORS)),
                        new If(equal("%%l", "%R_Y:HKLM\\=HKEY_LOCAL_MACHINE\\%").ignoringCase(), new Set("R_Z", "?")), false)),
                // Unquoted: a quote in the record would unbalance the lookups that read it (a key's path needs none).
                new If(recording, new If(equal("%R_Z%", "K"), new EchoTo("%R_O%", true, "C %R_W%"))),
                back,
                // :vals n for the values in R_J: recorded; or put back (R_B set), then the key listed once more and
                // each value checked.
                new Label("vals"),
                new If(recording, new Goto("rv")),
                new Set("R_B", "1"),
                new For('v', "%R_J%", new Call(":u %1 %%v"), false),
                sequence(new Set("R_B", ""), new If(equal("%R_Z%", "ok").not(), new Goto("cv"))),
                sequence(new Redirected(reg("query", "\"%R_W%\""), Redirect.into("%R_Q%")), new If(errorLevel(1), new Set("R_Z", "?"))),
                new Label("cv"),
                new For('v', "%R_J%", new Call(":u %1 %%v"), false),
                back,
                // A nested if is lost on Wine when chained after &: the export has a line of its own.
                new Label("rv"),
                new If(equal("%R_Z%", "ok").not(), new Goto("rw")),
                new IfFailed(quietly(reg("export", "\"%R_W%\"", base + "-%R_I%.%1.reg", "/y")),
                        sequence(new SetQuoted("R_U", "%R_U% %1.reg"), failure)),
                new Label("rw"),
                new For('v', "%R_J%", new Call(":v %1 %%v"), false),
                back,
                // :read name: R_S "TYPE data" (data only for a REG_DWORD), "- -" absent, "? -" cannot read, from the
                // key's listing. Two passes: Wine drops a second if chained in a for body, and only a DWORD's data is kept.
                new Label("read"),
                sequence(new SetQuoted("R_S", "- -"), new If(equal("%R_Z%", "K"), back)),
                sequence(new SetQuoted("R_S", "? -"), new If(equal("%R_Z%", "?"), back)),
                sequence(new SetQuoted("R_S", "- -"), new ForF("tokens=1,2", 'a', new Source.File("%R_Q%"),
                        new If(equal("%%a", "%1").ignoringCase(), new SetQuoted("R_S", "%%b -")), false)),
                new If(equal("%R_S%", "REG_DWORD -"), new ForF("tokens=1,3", 'a', new Source.File("%R_Q%"),
                        new If(equal("%%a", "%1").ignoringCase(), new SetQuoted("R_S", "REG_DWORD %%b")), false)),
                back,
                // :v n name.data: the value's state before the fix, recorded.
                new Label("v"),
                sequence(new Arithmetic("R_T+=1"), new Call(":read %~n2")),
                new EchoTo("%R_O%", true, "V %1 %~n2 %R_S%"),
                new If(equal("%R_S%", "? -"), sequence(new SetQuoted("R_U", "%R_U% %~n2"), failure)),
                back,
                // :u n name.data, R_B set: put back a value that still holds what the fix wrote (R_R: its recorded
                // state). Only a DWORD or an absent value is put back: cmd cannot carry any string data safely.
                new Label("u"),
                sequence(new Set("R_F", "%~x2"), new Call(":read %~n2"), new Call(":rec %1 %~n2")),
                new If(defined("R_B").not(), new Goto("ck")),
                new If(equal("%R_S%", "%R_R%"), back),
                new If(equal("%R_S%", "REG_DWORD %R_F:~1%").not(), back),
                new If(equal("%R_R%", "- -"), sequence(quietly(reg("delete", "\"%R_W%\"", "/v", "%~n2", "/f")), back)),
                new If(equal("%R_R:~0,10%", "REG_DWORD "), quietly(reg("add", "\"%R_W%\"", "/v", "%~n2", "/t", "REG_DWORD", "/d", "%R_R:~10%",
                        "/f"))),
                back,
                // R_B clear, read back: as recorded; changed since the fix (left); or not put back.
                new Label("ck"),
                sequence(new Arithmetic("R_T+=1"), new If(equal("%R_R%", "?"), new Goto("no"))),
                new If(equal("%R_S%", "%R_R%"), sequence(new Arithmetic("R_N+=1"), back)),
                new If(equal("%R_S%", "? -"), new Goto("no")),
                new If(equal("%R_S%", "REG_DWORD %R_F:~1%").not(), sequence(new SetQuoted("R_L", "%R_L% %~n2"), new Arithmetic("R_K+=1"), back)),
                new If(equal("%R_R%", "- -").not(), new If(equal("%R_R:~0,10%", "REG_DWORD ").not(), new SetQuoted("R_H", "%R_H% %~n2"))),
                new Label("no"),
                sequence(new SetQuoted("R_U", "%R_U% %~n2"), failure, back),
                new Label("rec"),
                sequence(new Set("R_R", "?"), new ForF("tokens=1-5", 'a', new Source.File("%R_O%"), new If(equal("%%a %%b %%c", "V %1 %2"),
                        new SetQuoted("R_R", "%%d %%e")), false)),
                back,
                // :drop path: a key the fix created goes only if nothing but an unset default is in it.
                new Label("drop"),
                sequence(new Redirected(reg("query", "%1"), Redirect.into("%R_Q%")), new If(errorLevel(1), back)),
                sequence(new Set("R_Y", "0"), new SetQuoted("R_W", "%~1")),
                new ForF("delims=", 'l', new Source.File("%R_Q%"), new If(equal("%%l", "%R_W:HKLM\\=HKEY_LOCAL_MACHINE\\%").not().ignoringCase(),
                        new Arithmetic("R_Y+=1")), false),
                new ForF("tokens=1-3", 'a', new Source.File("%R_Q%"), new If(equal("%%b%%c", "REG_SZ"), new ForF("delims=()", 'x',
                        new Source.Text("%%a"), new If(equal("(%%x)", "%%a"), new Arithmetic("R_Y-=1")), false)), false),
                new If(sameWord("%R_Y%", "0").not(), back),
                new IfFailed(quietly(reg("delete", "%1", "/f")), sequence(new SetQuoted("R_U", "%R_U% %~nx1"), failure)),
                back);
    }

    private Statement say(io.rdpfix.text.Text text) {
        return new Echo(text.in(language));
    }

    /** The exact byte size of the file on any machine: CRLF line ends. */
    public long size() {
        long size = 0;
        for (String line : content()) {
            size += line.replace(ACTIVE_SET, "000").getBytes(StandardCharsets.US_ASCII).length + 2;
        }
        return size;
    }

    /**
     * Statements that write the file to {@code file}, line by line: the writer of each form escapes
     * them, and expands only the active control set's number, in both forms.
     */
    List<Statement> writerLines(String file) {
        List<Statement> lines = new ArrayList<>();
        for (String line : content()) {
            lines.add(new Statement.FileLine(file, lines.isEmpty(), line, ACTIVE_SET.substring(1, ACTIVE_SET.length() - 1)));
        }
        return lines;
    }
}
