package io.rdpfix.script;

import io.rdpfix.location.DriveLetter;
import io.rdpfix.location.HiveName;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines every offline script (fix, capture, undo) starts and ends with, for the hives its plan
 * writes to. A hive counts as loaded when a key that every such hive has is there
 * ({@link WritePlan#hiveProbes()}); otherwise {@code R_X} says which one is missing. With loadhives, a hive
 * already loaded under the name is used as it is; one the script loads is marked in %TEMP%, so
 * that only what rdpfix loaded is unloaded, in this block or a later one.
 */
final class OfflineHives {
    private OfflineHives() {
    }

    /** The plan's hives, in its order: a selection without policy values needs no SOFTWARE hive. */
    private static List<HiveName> hives(Target.Offline target, WritePlan plan) {
        return plan.hiveProbes().keySet().stream()
                .map(name -> target.system().value().equalsIgnoreCase(name) ? target.system() : target.software()).toList();
    }

    /**
     * Loads (when asked and {@code loads}) and checks the plan's hives. Only the first block loads:
     * a loaded hive stays loaded across pastes and reconnects, so each later block is the size it
     * would be without loading, and one pasted before the first says which block loads the hives.
     * Before it loads a hive, the script copies its file to {@code <drive>:\\rdpfix} on the disk
     * itself (the article's advice: a copy for a rollback, which outlives the repair VM); the first
     * copy is kept, never overwritten by a later run. A hive the script loaded without a copy stops it.
     */
    static List<String> loadAndCheck(Target.Offline target, WritePlan plan, Language language, boolean loads) {
        List<String> lines = new ArrayList<>();
        Optional<DriveLetter> drive = loads ? target.loadFrom() : Optional.empty();
        drive.ifPresent(d -> lines.add("md \"" + d.rdpfixFolder() + "\" 2>nul"));
        for (HiveName hive : hives(target, plan)) {
            String file = hive.equals(target.system()) ? "SYSTEM" : "SOFTWARE";
            String probe = Cmd.regQueryKey(plan.hiveProbes().get(hive.value())) + " >nul 2>&1";
            if (drive.isEmpty()) {
                Text reason = target.loadFrom().isPresent() ? ScriptTexts.NOT_LOADED_BY_BLOCK_1 : ScriptTexts.NOT_LOADED;
                lines.add(Cmd.ifFailed(probe, "set R_X=" + reason.with(hive.value()).in(language)));
                continue;
            }
            String copy = "\"" + drive.get().rdpfixFolder() + "\\" + file + "\"";
            lines.add(Cmd.ifFailed(probe, "if not exist " + copy + " copy /y \"" + drive.get().hivePath(file) + "\" " + copy + " >nul 2>&1"));
            lines.add(Cmd.ifFailed(probe, "reg load HKLM\\" + hive.value() + " \"" + drive.get().hivePath(file)
                    + "\" >nul 2>&1& if not errorlevel 1 >" + mark(hive) + " echo " + hive.value()));
            lines.add(Cmd.ifFailed(probe, "set R_X=" + ScriptTexts.NOT_LOADED.with(hive.value()).in(language)));
            lines.add("if exist " + mark(hive) + " if not exist " + copy + " set R_X="
                    + ScriptTexts.NO_HIVE_COPY.with(file, drive.get().rdpfixFolder()).in(language));
        }
        return lines;
    }

    /** Unloads each hive this script loaded (retrying once, as Azure's repair scripts do); one that stays loaded sets R_X. */
    static List<String> unload(Target.Offline target, WritePlan plan, Language language) {
        List<String> lines = new ArrayList<>();
        if (target.loadFrom().isEmpty()) {
            return lines;
        }
        for (HiveName hive : hives(target, plan)) {
            String unload = "reg unload HKLM\\" + hive.value() + " >nul 2>&1";
            lines.add("if exist " + mark(hive) + " " + Cmd.ifFailed(unload, "ping -n 3 127.0.0.1 >nul& " + unload));
            lines.add("if exist " + mark(hive) + " " + Cmd.ifFailed("reg query HKLM\\" + hive.value() + " >nul 2>&1",
                    "del " + mark(hive)));
            lines.add("if exist " + mark(hive) + " if not defined R_X set R_X=" + ScriptTexts.UNLOAD_STUCK.with(hive.value()).in(language));
        }
        return lines;
    }

    private static String mark(HiveName hive) {
        return "\"%TEMP%\\rdpfix-loaded-" + hive.value() + "\"";
    }
}
