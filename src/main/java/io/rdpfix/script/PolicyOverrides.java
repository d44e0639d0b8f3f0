package io.rdpfix.script;

import io.rdpfix.catalog.KeyRole;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * On Windows a Terminal Services policy value wins over the listener's value of the same name
 * (Group Policy writes MaxIdleTime, SecurityLayer, ... there): the values a script verifies or
 * captures may not be the ones in effect. The fix and the capture name the listener values the
 * policy key also holds.
 */
final class PolicyOverrides {
    private PolicyOverrides() {
    }

    /** The names of the values the fix writes to listener keys, each once. */
    private static List<String> listenerNames(WritePlan plan) {
        return plan.writes().stream().filter(w -> w.key().mustExist()).map(Write::name).distinct().toList();
    }

    /** {@link #named}, after marking every listener value's name R_@name: for a script that reads no listener key itself. */
    static List<String> markedAndNamed(Target target, WritePlan plan, ScriptForm form, Language language, String names, String say) {
        if (listenerNames(plan).isEmpty()) {
            return List.of();
        }
        String e = form.forVariable('e');
        List<String> lines = new ArrayList<>(List.of("for " + e + " in (" + String.join(" ", listenerNames(plan)) + ") do @set R_@" + e + "=1"));
        lines.addAll(named(target, plan, form, language, names, say));
        return lines;
    }

    /**
     * Names the listener values (marked R_@) that the policy key also holds: each is marked R_$, R_P
     * becomes 1, their names go into {@code names}, and a line starting {@code say} says them.
     * None when the selection writes no listener value.
     */
    static List<String> named(Target target, WritePlan plan, ScriptForm form, Language language, String names, String say) {
        if (listenerNames(plan).isEmpty()) {
            return List.of();
        }
        String a = form.forVariable('a');
        String f = form.forVariable('f');
        String listing = "'" + Cmd.regQueryKey(target.keysFor(KeyRole.POLICY).get(0).key()) + " 2^>nul'";
        return List.of(
                "set R_P=0& for /f \"tokens=1\" " + a + " in (" + listing + ") do @if defined R_@" + a + " for " + f + " in (R_$" + a
                        + " R_P) do @set " + f + "=1",
                Verdict.names(form, "%R_P%", "R_$", "$=", 2, names),
                "if not \"%R_P%\"==\"0\" " + say + Cmd.echoed(ScriptTexts.OVERRIDDEN.with(" %" + names + ":~0,44%").in(language)));
    }
}
