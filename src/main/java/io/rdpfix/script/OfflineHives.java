package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.errorLevel;
import static io.rdpfix.cmd.Condition.exists;
import static io.rdpfix.cmd.Statement.quietly;
import static io.rdpfix.cmd.Statement.regQuery;
import static io.rdpfix.cmd.Statement.sequence;

import io.rdpfix.cmd.Condition;
import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.EchoTo;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.IfFailed;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Reg;
import io.rdpfix.cmd.Statement.Set;
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
    static List<Statement> loadAndCheck(Target.Offline target, WritePlan plan, Language language, boolean loads) {
        List<Statement> lines = new ArrayList<>();
        Optional<DriveLetter> drive = loads ? target.loadFrom() : Optional.empty();
        drive.ifPresent(d -> lines.add(new Redirected(new Command("md \"" + d.rdpfixFolder() + "\""), Redirect.NO_ERRORS)));
        for (HiveName hive : hives(target, plan)) {
            String file = hive.equals(target.system()) ? "SYSTEM" : "SOFTWARE";
            Statement probe = quietly(regQuery(plan.hiveProbes().get(hive.value())));
            if (drive.isEmpty()) {
                Text reason = target.loadFrom().isPresent() ? ScriptTexts.NOT_LOADED_BY_BLOCK_1 : ScriptTexts.NOT_LOADED;
                lines.add(new IfFailed(probe, new Set("R_X", reason.with(hive.value()).in(language))));
                continue;
            }
            String copy = "\"" + drive.get().rdpfixFolder() + "\\" + file + "\"";
            String hiveFile = "\"" + drive.get().hivePath(file) + "\"";
            lines.add(new IfFailed(probe, new If(exists(copy).not(), quietly(new Command("copy /y " + hiveFile + " " + copy)))));
            lines.add(new IfFailed(probe, sequence(quietly(new Reg("reg", "load", List.of("HKLM\\" + hive.value(), hiveFile))),
                    new If(errorLevel(1).not(), new EchoTo(mark(hive), false, hive.value())))));
            lines.add(new IfFailed(probe, new Set("R_X", ScriptTexts.NOT_LOADED.with(hive.value()).in(language))));
            lines.add(new If(exists(mark(hive)), new If(exists(copy).not(), new Set("R_X",
                    ScriptTexts.NO_HIVE_COPY.with(file, drive.get().rdpfixFolder()).in(language)))));
        }
        return lines;
    }

    /** Unloads each hive this script loaded (retrying once, as Azure's repair scripts do); one that stays loaded sets R_X. */
    static List<Statement> unload(Target.Offline target, WritePlan plan, Language language) {
        List<Statement> lines = new ArrayList<>();
        if (target.loadFrom().isEmpty()) {
            return lines;
        }
        for (HiveName hive : hives(target, plan)) {
            Statement unload = quietly(new Reg("reg", "unload", List.of("HKLM\\" + hive.value())));
            Condition loadedByUs = exists(mark(hive));
            lines.add(new If(loadedByUs, new IfFailed(unload, sequence(new Redirected(new Command("ping -n 3 127.0.0.1"), Redirect.NO_OUTPUT), unload))));
            lines.add(new If(loadedByUs, new IfFailed(quietly(regQuery("HKLM\\" + hive.value())), new Command("del " + mark(hive)))));
            lines.add(new If(loadedByUs, new If(defined("R_X").not(), new Set("R_X", ScriptTexts.UNLOAD_STUCK.with(hive.value()).in(language)))));
        }
        return lines;
    }

    private static String mark(HiveName hive) {
        return "\"%TEMP%\\rdpfix-loaded-" + hive.value() + "\"";
    }
}
