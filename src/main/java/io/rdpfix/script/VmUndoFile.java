package io.rdpfix.script;

import io.rdpfix.location.TargetKey;
import io.rdpfix.registry.RegKey;
import io.rdpfix.text.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo file the fix leaves on the machine before it changes anything. The recording block
 * writes it with {@code echo} lines, checks that it has exactly the size the app computed (a paste
 * that lost or garbled a character anywhere changes the size), and then calls it with
 * {@code record}: the file itself exports every key the fix touches, through its own spelling of
 * each path, beside itself. An absent key is recorded as an empty .reg file, and only after
 * {@code reg query} has confirmed it is absent, so a failed export is never mistaken for absence.
 * <p>
 * Run without arguments it puts each key back whole: it exports the key's current state, deletes
 * the key and imports the record; if that import fails it imports the current state again. It
 * counts the keys it could not put back, ends with a one-line verdict, and on success renames all
 * its files to {@code done-*}, so that a later fix records afresh.
 */
public final class VmUndoFile {
    /**
     * Under %SystemRoot%, where only administrators may write: a folder under %SystemDrive% would
     * inherit the root's "users may modify" entry, so anyone could plant a reg.cmd there (cmd runs
     * the current folder's first) or change the records an undo imports as administrator.
     */
    static final String FOLDER = "%SystemRoot%\\rdpfix";
    /** What an absent key is recorded as: a valid .reg file with nothing in it. */
    static final String EMPTY_REG = "REGEDIT4";
    /** The active control set's number, expanded when the file is written: always three digits. */
    private static final String ACTIVE_SET = "%" + io.rdpfix.location.Target.Offline.ACTIVE_SET_VARIABLE + "%";

    private final WritePlan plan;
    private final List<RegKey> units;
    private final Language language;

    public VmUndoFile(WritePlan plan, Language language) {
        this.plan = plan;
        this.units = plan.keys().stream().map(TargetKey::restoreUnit).distinct().toList();
        this.language = language;
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

    /** The records beside the file: {@code <selection id>-<n>.reg}, and the {@code .now} copies of an undo. */
    String dataPrefix() {
        return plan.selectionId() + "-";
    }

    /** The file and its records without endings, relative to the folder. */
    String baseName() {
        return baseName(plan);
    }

    /** The file's lines: no path in them but its own ({@code %~dp0}), so their length is the same on every machine. */
    List<String> content() {
        String base = baseName();
        String data = dataPrefix();
        String ok = ScriptTexts.VM_UNDO_OK.with(units.size()).in(language);
        String failed = ScriptTexts.VM_UNDO_FAILED.with("%R_E%", units.size()).in(language);
        // reg.exe by its full path, found on PATH only: the current folder is never searched.
        List<String> lines = new ArrayList<>(List.of("@echo off",
                "cd /d \"%~dp0\"& set R_E=0& for %%r in (reg.exe) do set R_G=%%~$PATH:r"));
        // "record" as the first argument calls :recordk, none calls :k. Nothing they print is for the user.
        for (int i = 0; i < units.size(); i++) {
            lines.add("call :%1k " + (i + 1) + " " + Cmd.quoted(units.get(i)) + " >nul 2>&1");
        }
        // A complete record commits itself: the file takes its own name. It is running, so nothing may
        // be read from it after that line; a failed record leaves n.cmd, which is no undo file.
        lines.add("if \"%1\"==\"record\" if %R_E%==0 ren n.cmd " + base + ".cmd& exit /b 0");
        lines.add("if \"%1\"==\"record\" exit /b 1");
        lines.add("if not %R_E%==0 echo " + Cmd.echoed(failed) + "& exit /b 1");
        // Renamed, this is no undo file any more: a later fix records afresh. The line renames the
        // file that is running, so nothing may be read from it after this line.
        lines.add("ren " + base + ".cmd done-" + base + ".cmd& echo " + Cmd.echoed(ok) + "& exit /b 0");
        lines.add(":recordk");
        lines.add("%R_G% export %2 " + data + "%1.reg /y& if not errorlevel 1 exit /b");
        // Only a key that is really absent is recorded as absent: an export that failed otherwise counts.
        lines.add("%R_G% query %2& if not errorlevel 1 set /a R_E+=1");
        lines.add(">" + data + "%1.reg echo " + EMPTY_REG + "& exit /b");
        // Last in the file, so its end returns. The key's state now is kept aside: if the record does
        // not import, it goes back as it was.
        lines.add(":k");
        lines.add("%R_G% export %2 " + data + "%1.now /y");
        lines.add("%R_G% delete %2 /f");
        lines.add("%R_G% import " + data + "%1.reg& if errorlevel 1 %R_G% import " + data + "%1.now& set /a R_E+=1");
        return lines;
    }

    /** The exact byte size of the file on any machine: CRLF line ends. */
    long size() {
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
