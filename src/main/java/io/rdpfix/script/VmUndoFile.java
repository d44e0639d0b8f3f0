package io.rdpfix.script;

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
        String base = baseName();
        String record = base + "-%R_I%.rec";
        List<String> lines = new ArrayList<>(List.of("@echo off", "setlocal DisableDelayedExpansion",
                // reg.exe beside Windows, by its full path: never the current folder's, never PATH's.
                "cd /d \"%~dp0\"& set R_G=%~dp0..\\System32\\reg.exe& set R_A=" + NAME_CHARACTERS
                        + "& set /a R_E=0,R_N=0,R_T=0,R_K=0& for %%v in (B L U H I P) do set R_%%v=",
                "if not exist \"%R_G%\" " + say(ScriptTexts.UNDO_NO_REG) + "& exit /b 1"));
        lines.addAll(identity());
        lines.add("if not defined R_I " + say(ScriptTexts.UNDO_NO_MACHINE) + "& exit /b 1");
        lines.add("set R_M=%1& set R_O=" + record + "& set R_Q=" + base + "-%R_I%.now");
        lines.add("if \"%1\"==\"record\" goto r");
        // ---- undo: only with this machine's record; another machine's are named, never used
        lines.add("if not exist %R_O% for %%f in (" + base + "-*.rec) do " + say(ScriptTexts.UNDO_OTHER_RECORD.with("%%f")));
        lines.add("if not exist %R_O% " + say(ScriptTexts.UNDO_NO_RECORD.with("%R_I:~0,15%")) + "& exit /b 1");
        lines.add(say(ScriptTexts.UNDO_MACHINE.with("%R_I:~0,15%", "%R_P:~0,40%")));
        // ---- the values, for both: record their state, or put them back
        lines.add(":p");
        int index = 0;
        for (TargetKey key : plan.keys()) {
            index++;
            lines.add("set \"R_J=" + String.join(" ", plan.asQueried(key)) + "\"& set R_W=" + key.key().path() + "& call :key"
                    + ancestors(key.key(), key.root()) + "& call :vals " + index);
            // The keys between the written key and its root: each is recorded when absent, so the undo may remove it.
            List<RegKey> creatable = key.creatableKeysDeepestFirst();
            for (int i = 1; i < creatable.size(); i++) {
                lines.add("if \"%R_M%\"==\"record\" set R_W=" + creatable.get(i).path() + "& call :key" + ancestors(creatable.get(i), key.root()));
            }
        }
        lines.add("if \"%R_M%\"==\"record\" del %R_Q% 2>nul& goto c");
        // ---- undo: the keys the fix created, if empty; the verdict; the record retired
        lines.add("for /f \"tokens=1,*\" %%a in (%R_O%) do if \"%%a\"==\"C\" call :drop \"%%b\"");
        lines.add("del %R_Q% 2>nul");
        lines.add("if defined R_L " + say(ScriptTexts.UNDO_LEFT.with("%R_L:~0,34%")));
        lines.add("if defined R_H " + say(ScriptTexts.UNDO_BY_HAND.with("%R_H:~0,28%")));
        lines.add("if not %R_E%==0 " + say(ScriptTexts.UNDO_PARTLY.with("%R_E%", "%R_T%", "%R_U:~0,30%")) + "& exit /b 1");
        // Retired, the record is no record: this file then changes nothing here, and the next fix records afresh.
        lines.add("move /y %R_O% %R_O%.done >nul 2>&1");
        lines.add("if exist %R_O% " + say(ScriptTexts.UNDO_NOT_RETIRED) + "& exit /b 1");
        onDisk().ifPresent(folder -> lines.add("if exist \"" + folder + "\\%R_O%\" move /y \"" + folder + "\\%R_O%\" \"" + folder
                + "\\%R_O%.done\" >nul 2>&1"));
        lines.add("set R_V=" + ScriptTexts.UNDO_OK.with("%R_N%", "%R_T%").in(language));
        lines.add("if not %R_K%==0 set R_V=" + ScriptTexts.UNDO_OK_LEFT.with("%R_N%", "%R_T%", "%R_K%").in(language));
        lines.add("echo " + Cmd.echoed(target instanceof Target.Offline ? ScriptTexts.SAYS + ScriptTexts.NEXT_OFFLINE.in(language)
                : ScriptTexts.UNDO_NEXT_ONLINE.in(language)));
        lines.add("echo rdpfix: %R_V%& exit /b 0");
        // ---- record: this machine's earlier record is kept; an earlier rdpfix's undo file is kept aside
        lines.add(":r");
        lines.add("if exist " + plan.selectionId() + "-1.reg if not exist old-" + base + ".cmd move /y " + base + ".cmd old-" + base
                + ".cmd >nul");
        lines.add("if exist %R_O% goto k");
        lines.add(">%R_O% echo I %R_I%& >>%R_O% echo P %R_P%& goto p");
        lines.add(":c");
        lines.add("if not %R_E%==0 del %R_O%& " + say(ScriptTexts.UNDO_UNREADABLE.with("%R_U:~0,30%")) + "& exit /b 1");
        // A copy of the record and the backups on the disk itself outlives the repair VM (for a person).
        onDisk().ifPresent(folder -> lines.add("copy /y " + base + "-%R_I%.* \"" + folder + "\\\" >nul 2>&1"));
        // The running n.cmd takes the undo file's name: nothing may be read from it after this line.
        lines.add("move /y \"%~nx0\" " + base + ".cmd >nul& exit /b 0");
        lines.add(":k");
        lines.add(say(ScriptTexts.UNDO_KEPT_SHORT));
        lines.add("move /y \"%~nx0\" " + base + ".cmd >nul& exit /b 0");
        lines.addAll(subroutines(base));
        return lines;
    }

    /** Offline with the disk's drive known (the script loads the hives itself): its rdpfix folder. */
    private Optional<String> onDisk() {
        return target instanceof Target.Offline offline ? offline.loadFrom().map(DriveLetter::rdpfixFolder) : Optional.empty();
    }

    /** R_I: the machine's ComputerName (offline, from the loaded SYSTEM hive's active control set); R_P its ProductName. */
    private List<String> identity() {
        List<String> lines = new ArrayList<>();
        String computerName;
        String software;
        if (target instanceof Target.Offline offline) {
            lines.add("for /f \"tokens=1,3\" %%a in ('%R_G% query \"" + offline.systemHive().child("Select").path()
                    + "\" /v Current 2^>nul') do if /i \"%%a\"==\"Current\" set /a R_C=1000+%%b");
            computerName = offline.systemHive().path() + "\\ControlSet%R_C:~1%\\Control\\ComputerName\\ComputerName";
            software = offline.softwareHive().path();
        } else {
            computerName = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ActiveComputerName";
            software = "HKLM\\SOFTWARE";
        }
        lines.add("for /f \"tokens=1,2,*\" %%a in ('%R_G% query \"" + computerName
                + "\" /v ComputerName 2^>nul') do if /i \"%%a\"==\"ComputerName\" set \"R_I=%%c\"");
        lines.add(sanitized("R_I"));
        lines.add("for /f \"tokens=2,*\" %%a in ('%R_G% query \"" + software
                + "\\Microsoft\\Windows NT\\CurrentVersion\" /v ProductName 2^>nul') do if \"%%a\"==\"REG_SZ\" set \"R_P=%%b\"");
        // A space among the delimiters must come last: cmd reads the options as words.
        lines.add("for /f \"delims=%R_A%. \" %%a in (\"%R_P%\") do set R_P=?");
        return lines;
    }

    /** Clears the variable when it holds anything but a ComputerName's characters (R_A): it is then used unquoted. */
    private static String sanitized(String variable) {
        return "for /f \"delims=%R_A%\" %%a in (\"%" + variable + "%\") do set " + variable + "=";
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
            arguments.append(' ').append(Cmd.quoted(current));
        }
        return arguments.toString();
    }


    private List<String> subroutines(String base) {
        return List.of(
                // :key [ancestors] for the key in R_W: R_Z ok (it reads: its listing is in R_Q), K (absent: a key
                // that must exist, or proven by a parent's listing), ? (cannot tell). A record notes a created key.
                ":key",
                "set \"R_Y=%R_W%\"& set R_Z=ok& %R_G% query \"%R_W%\" >%R_Q% 2>nul& if not errorlevel 1 exit /b",
                "set R_Z=K& if \"%~1\"==\"\" exit /b",
                "set R_Z=?",
                ":up",
                "if \"%~1\"==\"\" exit /b",
                "%R_G% query %1 >nul 2>&1& if errorlevel 1 set \"R_Y=%~1\"& shift& goto up",
                "set R_Z=K& for /f \"delims=\" %%l in ('%R_G% query %1 2^>nul') do if /i \"%%l\"==\"%R_Y:HKLM\\=HKEY_LOCAL_MACHINE\\%\" set R_Z=?",
                // Unquoted: a quote in the record would unbalance the lookups that read it (a key's path needs none).
                "if \"%R_M%\"==\"record\" if \"%R_Z%\"==\"K\" >>%R_O% echo C %R_W%",
                "exit /b",
                // :vals n for the values in R_J: recorded; or put back (R_B set), then the key listed once more and
                // each value checked.
                ":vals",
                "if \"%R_M%\"==\"record\" goto rv",
                "set R_B=1",
                "for %%v in (%R_J%) do call :u %1 %%v",
                "set R_B=& if not \"%R_Z%\"==\"ok\" goto cv",
                "%R_G% query \"%R_W%\" >%R_Q% 2>nul& if errorlevel 1 set R_Z=?",
                ":cv",
                "for %%v in (%R_J%) do call :u %1 %%v",
                "exit /b",
                // A nested if is lost on Wine when chained after &: the export has a line of its own.
                ":rv",
                "if not \"%R_Z%\"==\"ok\" goto rw",
                Cmd.ifFailed("%R_G% export \"%R_W%\" " + base + "-%R_I%.%1.reg /y >nul 2>&1",
                        "set \"R_U=%R_U% %1.reg\"& set /a R_E+=1"),
                ":rw",
                "for %%v in (%R_J%) do call :v %1 %%v",
                "exit /b",
                // :read name: R_S "TYPE data" (data only for a REG_DWORD), "- -" absent, "? -" cannot read, from the
                // key's listing. Two passes: Wine drops a second if chained in a for body, and only a DWORD's data is kept.
                ":read",
                "set \"R_S=- -\"& if \"%R_Z%\"==\"K\" exit /b",
                "set \"R_S=? -\"& if \"%R_Z%\"==\"?\" exit /b",
                "set \"R_S=- -\"& for /f \"tokens=1,2\" %%a in (%R_Q%) do if /i \"%%a\"==\"%1\" set \"R_S=%%b -\"",
                "if \"%R_S%\"==\"REG_DWORD -\" for /f \"tokens=1,3\" %%a in (%R_Q%) do if /i \"%%a\"==\"%1\" set \"R_S=REG_DWORD %%b\"",
                "exit /b",
                // :v n name.data: the value's state before the fix, recorded.
                ":v",
                "set /a R_T+=1& call :read %~n2",
                ">>%R_O% echo V %1 %~n2 %R_S%",
                "if \"%R_S%\"==\"? -\" set \"R_U=%R_U% %~n2\"& set /a R_E+=1",
                "exit /b",
                // :u n name.data, R_B set: put back a value that still holds what the fix wrote (R_R: its recorded
                // state). Only a DWORD or an absent value is put back: cmd cannot carry any string data safely.
                ":u",
                "set R_F=%~x2& call :read %~n2& call :rec %1 %~n2",
                "if not defined R_B goto ck",
                "if \"%R_S%\"==\"%R_R%\" exit /b",
                "if not \"%R_S%\"==\"REG_DWORD %R_F:~1%\" exit /b",
                "if \"%R_R%\"==\"- -\" %R_G% delete \"%R_W%\" /v %~n2 /f >nul 2>&1& exit /b",
                "if \"%R_R:~0,10%\"==\"REG_DWORD \" %R_G% add \"%R_W%\" /v %~n2 /t REG_DWORD /d %R_R:~10% /f >nul 2>&1",
                "exit /b",
                // R_B clear, read back: as recorded; changed since the fix (left); or not put back.
                ":ck",
                "set /a R_T+=1& if \"%R_R%\"==\"?\" goto no",
                "if \"%R_S%\"==\"%R_R%\" set /a R_N+=1& exit /b",
                "if \"%R_S%\"==\"? -\" goto no",
                "if not \"%R_S%\"==\"REG_DWORD %R_F:~1%\" set \"R_L=%R_L% %~n2\"& set /a R_K+=1& exit /b",
                "if not \"%R_R%\"==\"- -\" if not \"%R_R:~0,10%\"==\"REG_DWORD \" set \"R_H=%R_H% %~n2\"",
                ":no",
                "set \"R_U=%R_U% %~n2\"& set /a R_E+=1& exit /b",
                ":rec",
                "set R_R=?& for /f \"tokens=1-5\" %%a in (%R_O%) do if \"%%a %%b %%c\"==\"V %1 %2\" set \"R_R=%%d %%e\"",
                "exit /b",
                // :drop path: a key the fix created goes only if nothing but an unset default is in it.
                ":drop",
                "%R_G% query %1 >%R_Q% 2>nul& if errorlevel 1 exit /b",
                "set R_Y=0& set \"R_W=%~1\"",
                "for /f \"delims=\" %%l in (%R_Q%) do if /i not \"%%l\"==\"%R_W:HKLM\\=HKEY_LOCAL_MACHINE\\%\" set /a R_Y+=1",
                "for /f \"tokens=1-3\" %%a in (%R_Q%) do if \"%%b%%c\"==\"REG_SZ\" for /f \"delims=()\" %%x in (\"%%a\") do if \"(%%x)\"==\"%%a\" set /a R_Y-=1",
                "if not %R_Y%==0 exit /b",
                Cmd.ifFailed("%R_G% delete %1 /f >nul 2>&1", "set \"R_U=%R_U% %~nx1\"& set /a R_E+=1"),
                "exit /b");
    }

    private String say(io.rdpfix.text.Text text) {
        return "echo " + Cmd.echoed(text.in(language));
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
     * Lines that write the file to {@code file}. cmd's special characters get a caret; in a batch
     * file a literal percent is doubled. Typed, a percent stays as it is: what it could expand
     * ({@code %1}, {@code %~dp0}, {@code %%r}, {@code %R_E%}) means nothing at a prompt or was cleared
     * at the start of the block, and the size check catches anything that did. The active control
     * set's number is the one variable expanded on purpose, in both forms.
     */
    List<String> writerLines(ScriptForm form, String file) {
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (String line : content()) {
            String text = form == ScriptForm.BATCH ? line.replace("%", "%%").replace("%" + ACTIVE_SET + "%", ACTIVE_SET) : line;
            lines.add((first ? ">" : ">>") + file + " echo " + Cmd.echoed(text));
            first = false;
        }
        return lines;
    }
}
