package io.rdpfix.script;

import io.rdpfix.location.ControlSet;
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

    static List<String> lines(Target.Offline target, ScriptForm form, Language language) {
        String a = form.forVariable('a');
        String b = form.forVariable('b');
        String c = form.forVariable('c');
        // With the active control set the prologue before these lines has read it already.
        boolean active = target.controlSets() instanceof ControlSets.Active;
        String set = active ? Target.Offline.ACTIVE_SET_VARIABLE : "R_C";
        List<String> lines = new ArrayList<>(active ? List.of() : Prologue.readSelectCurrent(target.systemHive().child("Select"), form, set));
        lines.add("for /f \"tokens=1,2,*\" " + a + " in ('reg query \"" + target.systemHive().path()
                + "\\ControlSet%" + set + "%\\Control\\ComputerName\\ComputerName\" /v ComputerName 2^>nul') do @if /i \"" + a
                + "\"==\"ComputerName\" echo " + Cmd.echoed(ScriptTexts.DISK.with(c, "%" + set + "%").in(language)));
        lines.add("for /f \"tokens=2,*\" " + a + " in ('" + Cmd.regQueryValue(target.softwareHive().child("Microsoft\\Windows NT\\CurrentVersion"),
                "ProductName") + " 2^>nul') do @if \"" + a + "\"==\"REG_SZ\" echo rdpfix: " + b);
        if (target.controlSets() instanceof ControlSets.Fixed fixed) {
            StringBuilder notChosen = new StringBuilder("if defined R_C");
            for (ControlSet chosen : fixed.sets()) {
                notChosen.append(" if not \"%R_C%\"==\"").append(chosen.digits()).append('"');
            }
            lines.add(notChosen + " echo " + Cmd.echoed(ScriptTexts.ACTIVE_NOT_CHOSEN.with("%R_C%").in(language)));
        }
        return lines;
    }
}
