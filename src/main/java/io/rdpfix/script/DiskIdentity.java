package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Statement.regQuery;

import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Echo;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Source;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Offline, before the fix changes anything: which disk this is (its ComputerName and ProductName, as
 * the loaded hives hold them) and its active control set, with a note when the sets chosen leave it
 * out (the fix would then change a set Windows does not boot from). Nothing here stops the fix.
 * <p>
 * The names come from the disk and may hold any character: they are printed by the loops that read
 * them, as for variables, which cmd substitutes after it has split the line into commands, so no
 * character in them can start another command.
 */
final class DiskIdentity {
    private DiskIdentity() {
    }

    /** @param controlSets whether the fix writes to control sets: only then is the active one worth a note */
    static List<Statement> lines(Target.Offline target, boolean controlSets, Language language) {
        // With the active control set the prologue before these lines has read it already.
        boolean active = target.controlSets() instanceof ControlSets.Active;
        String set = active ? Target.Offline.ACTIVE_SET_VARIABLE : "R_C";
        List<Statement> lines = new ArrayList<>(active ? List.of() : Prologue.readSelectCurrent(target.systemHive().child("Select"), set));
        Statement computerName = regQuery("\"" + target.systemHive().path() + "\\ControlSet%" + set
                + "%\\Control\\ComputerName\\ComputerName\"", "ComputerName");
        lines.add(new ForF("tokens=1,2,*", 'a', new Source.Output(new Redirected(computerName, Redirect.NO_ERRORS)),
                new If(equal("%%a", "ComputerName").ignoringCase(), new Echo(ScriptTexts.DISK.with("%%c", "%" + set + "%").in(language))), true));
        Statement productName = regQuery(target.softwareHive().child("Microsoft\\Windows NT\\CurrentVersion"), "ProductName");
        lines.add(new ForF("tokens=2,*", 'a', new Source.Output(new Redirected(productName, Redirect.NO_ERRORS)),
                new If(equal("%%a", "REG_SZ"), new Echo("rdpfix: %%b")), true));
        if (controlSets && target.controlSets() instanceof ControlSets.Fixed fixed) {
            Statement note = new Echo(ScriptTexts.ACTIVE_NOT_CHOSEN.with("%R_C%").in(language));
            for (int i = fixed.sets().size() - 1; i >= 0; i--) {
                note = new If(equal("%R_C%", fixed.sets().get(i).digits()).not(), note);
            }
            lines.add(new If(defined("R_C"), note));
        }
        return lines;
    }
}
