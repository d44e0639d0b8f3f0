package io.rdpfix.script;

import io.rdpfix.location.ControlSets;
import io.rdpfix.location.DriveLetter;
import io.rdpfix.location.Target;
import java.util.Optional;

/** The REM lines that say where a script works, the same in every batch form. */
final class TargetComments {
    private TargetComments() {
    }

    static void describe(Target target, SectionBuilder out) {
        if (target instanceof Target.Offline offline) {
            out.rem(ScriptTexts.OFFLINE_HOW, offline.system().value(), offline.software().value());
            Optional<DriveLetter> drive = offline.loadFrom();
            if (drive.isPresent()) {
                out.rem(ScriptTexts.OFFLINE_LOADS, drive.get().letter());
            } else {
                out.rem(ScriptTexts.OFFLINE_LOAD_YOURSELF);
            }
            if (offline.controlSets() instanceof ControlSets.Active) {
                out.rem(ScriptTexts.ACTIVE_SET, offline.systemHive().child("Select").path());
            }
        } else {
            out.rem(ScriptTexts.ONLINE_HOW);
        }
    }
}
