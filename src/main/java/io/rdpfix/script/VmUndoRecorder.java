package io.rdpfix.script;

import io.rdpfix.registry.RegKey;
import io.rdpfix.location.Target;
import io.rdpfix.location.TargetKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines that, before anything changes, write an undo batch file on the machine itself:
 * {@code %SystemDrive%/rdpfix/undo-<selection>.cmd} (backslashes in the script). Recording runs
 * only if that file does not exist yet, so running the fix again never replaces the first capture
 * with one that already sees the fixed values. The file is assembled as a .tmp and renamed at the end, so a capture cut short
 * leaves no undo file that looks complete.
 * <p>
 * What it records: for each value that is absent, a REG DELETE; for each key that exists, a
 * {@code reg export} beside the undo file and a {@code reg import} of it (exact data of any type);
 * for each key that is absent, a delete that runs only if no value is left below it, deepest first.
 */
public final class VmUndoRecorder {
    private static final String FOLDER = "%SystemDrive%\\rdpfix";
    /** The undo file's path without extension, set once so the recording lines stay short. */
    private static final String BASE = "RDPFIX_UNDO";
    /** Set only while no undo file of this selection exists: every recording line checks it. */
    private static final String RECORDING = "RDPFIX_RECORDING";

    private VmUndoRecorder() {
    }

    public static String undoFile(WritePlan plan) {
        return FOLDER + "\\undo-" + plan.selectionId() + ".cmd";
    }

    static void record(Target target, WritePlan plan, LineWriter out) {
        String base = "%" + BASE + "%";
        String temp = quote(base + ".tmp");
        String file = quote(base + ".cmd");
        String whileRecording = "if defined " + RECORDING + " ";

        out.rem(ScriptTexts.UNDO_RECORD);
        out.command("set " + BASE + "=" + FOLDER + "\\undo-" + plan.selectionId());
        out.command("set " + RECORDING + "=");
        out.command("if not exist " + file + " set " + RECORDING + "=1");
        out.command("if not defined " + RECORDING + " " + out.echoCommand(ScriptTexts.UNDO_KEPT, base + ".cmd"));
        out.command(whileRecording + "mkdir \"" + FOLDER + "\" 2>nul");
        out.command(whileRecording + ">" + temp + " echo @echo off");
        out.command(whileRecording + ">>" + temp + " echo " + Cmd.echoed("REM " + ScriptTexts.UNDO_FILE_TITLE.with(plan.selectionId()).in(out.language())));
        for (String line : hiveLines(target, "reg load", true)) {
            out.command(whileRecording + ">>" + temp + " echo " + Cmd.echoed(line));
        }
        for (Write write : plan.writes()) {
            RegKey key = write.key().key();
            out.command(whileRecording + Cmd.ifFailed(Cmd.regQueryValue(key, write.name()) + " >nul 2>&1",
                    ">>" + temp + " echo " + Cmd.echoed(Cmd.regDelete(key, write.name()))));
        }
        int exportNumber = 0;
        for (TargetKey key : plan.keys()) {
            exportNumber++;
            String export = quote(base + "-" + exportNumber + ".reg");
            out.command(whileRecording + Cmd.ifSucceeded("reg export " + Cmd.quoted(key.key()) + " " + export + " /y >nul 2>&1",
                    ">>" + temp + " echo reg import " + export));
        }
        for (RegKey key : plan.creatableKeys()) {
            out.command(whileRecording + Cmd.ifFailed(Cmd.regQueryKey(key) + " >nul 2>&1",
                    ">>" + temp + " echo " + Cmd.echoed(Cmd.deleteKeyIfNoValues(key))));
        }
        for (String line : hiveLines(target, "reg unload", false)) {
            out.command(whileRecording + ">>" + temp + " echo " + Cmd.echoed(line));
        }
        out.command(whileRecording + ">>" + temp + " echo " + Cmd.echoed(out.echoCommand(ScriptTexts.UNDO_DONE)));
        out.command(whileRecording + "move /y " + temp + " " + file + " >nul");
        out.command("if exist " + file + " " + out.echoCommand(ScriptTexts.UNDO_WRITTEN, base + ".cmd"));
    }

    /** The undo file loads and unloads the hives itself when the fix did. */
    private static List<String> hiveLines(Target target, String verb, boolean withFile) {
        if (!(target instanceof Target.Offline offline) || offline.loadFrom().isEmpty()) {
            return List.of();
        }
        var drive = offline.loadFrom().get();
        String system = verb + " HKLM\\" + offline.system().value();
        String software = verb + " HKLM\\" + offline.software().value();
        return withFile
                ? List.of(system + " \"" + drive.hivePath("SYSTEM") + "\"", software + " \"" + drive.hivePath("SOFTWARE") + "\"")
                : List.of(system, software);
    }

    private static String quote(String path) {
        return "\"" + path + "\"";
    }
}
