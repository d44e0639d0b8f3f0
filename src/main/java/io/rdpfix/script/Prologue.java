package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Statement.clearVariables;
import static io.rdpfix.cmd.Statement.quietly;
import static io.rdpfix.cmd.Statement.regQuery;

import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Arithmetic;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.IfFailed;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.cmd.Statement.Source;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.Target;
import io.rdpfix.registry.RegKey;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * What every block of every script (fix, capture, undo) does first: forget the {@code R_} variables
 * of an earlier paste, load (when asked, in the first block) and check the offline hives, and find
 * the active control set. Where it says so, the script adds {@link #elevationCheck} after these
 * lines. What stops the script goes into {@code R_X}; the script decides what that means for it.
 */
final class Prologue {
    private Prologue() {
    }

    /** @param first whether this is the script's first block, the one that loads the hives when asked to */
    static List<Statement> lines(Target target, WritePlan plan, Language language, boolean first) {
        List<Statement> lines = new ArrayList<>();
        lines.add(clearVariables());
        if (target instanceof Target.Offline offline) {
            lines.addAll(OfflineHives.loadAndCheck(offline, plan, language, first));
            if (offline.controlSets() instanceof ControlSets.Active) {
                lines.addAll(activeControlSet(offline.systemHive().child("Select"), language));
            }
        }
        return lines;
    }

    /**
     * Not elevated, reg.exe is denied what the script reads and writes: say so first (it also
     * explains a hive that did not load, so it comes after the hive checks and overrides them).
     * fltmc fails without elevation, and the script reads no localized text from it.
     */
    static Statement elevationCheck(Language language) {
        return new IfFailed(quietly(new Command("fltmc")), new Set("R_X", ScriptTexts.NOT_ELEVATED.in(language)));
    }

    /** R_CS: the three digits of Select's value Current; when that cannot be read, R_X says so. */
    private static List<Statement> activeControlSet(RegKey select, Language language) {
        String cs = Target.Offline.ACTIVE_SET_VARIABLE;
        List<Statement> lines = new ArrayList<>(readSelectCurrent(select, cs));
        lines.add(new If(defined(cs).not(), new If(defined("R_X").not(), new Set("R_X", ScriptTexts.NO_ACTIVE_SET.in(language)))));
        return lines;
    }

    /** {@code variable}: the three digits of Select's value Current, or undefined when that cannot be read. */
    static List<Statement> readSelectCurrent(RegKey select, String variable) {
        // Only the value's own line: Wine's reg prints its errors to standard output.
        return List.of(
                new ForF("tokens=1,3", 'a', new Source.Output(new Redirected(regQuery(select, "Current"), Redirect.NO_ERRORS)),
                        new If(equal("%%a", "Current").ignoringCase(), quietly(new Arithmetic(variable + "=1000+%%b"))), true),
                new If(defined(variable), new Set(variable, "%" + variable + ":~1%")));
    }
}
