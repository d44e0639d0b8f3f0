package io.rdpfix.script;

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
    static List<String> lines(Target target, WritePlan plan, ScriptForm form, Language language, boolean first) {
        List<String> lines = new ArrayList<>();
        lines.add(Cmd.clearVariables("R_", form));
        if (target instanceof Target.Offline offline) {
            lines.addAll(OfflineHives.loadAndCheck(offline, plan, language, first));
            if (offline.controlSets() instanceof ControlSets.Active) {
                lines.addAll(activeControlSet(offline.systemHive().child("Select"), form, language));
            }
        }
        return lines;
    }

    /**
     * Not elevated, reg.exe is denied what the script reads and writes: say so first (it also
     * explains a hive that did not load, so it comes after the hive checks and overrides them).
     * fltmc fails without elevation, and the script reads no localized text from it.
     */
    static String elevationCheck(Language language) {
        return Cmd.ifFailed("fltmc >nul 2>&1", "set R_X=" + ScriptTexts.NOT_ELEVATED.in(language));
    }

    /** R_CS: the three digits of Select's value Current; when that cannot be read, R_X says so. */
    private static List<String> activeControlSet(RegKey select, ScriptForm form, Language language) {
        String cs = Target.Offline.ACTIVE_SET_VARIABLE;
        List<String> lines = new ArrayList<>(readSelectCurrent(select, form, cs));
        lines.add("if not defined " + cs + " if not defined R_X set R_X=" + ScriptTexts.NO_ACTIVE_SET.in(language));
        return lines;
    }

    /** {@code variable}: the three digits of Select's value Current, or undefined when that cannot be read. */
    static List<String> readSelectCurrent(RegKey select, ScriptForm form, String variable) {
        String a = form.forVariable('a');
        String b = form.forVariable('b');
        // Only the value's own line: Wine's reg prints its errors to standard output.
        return List.of(
                "for /f \"tokens=1,3\" " + a + " in ('" + Cmd.regQueryValue(select, "Current") + " 2^>nul') do @if /i \"" + a
                        + "\"==\"Current\" set /a " + variable + "=1000+" + b + " >nul 2>&1",
                "if defined " + variable + " set " + variable + "=%" + variable + ":~1%");
    }
}
