package io.rdpfix.undo;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.registry.RegKey;
import io.rdpfix.script.RestoreScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ScriptTexts;
import io.rdpfix.script.ShareUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@link UndoPlan} as the script that carries it out and reads it back, for pasting or as a batch file. */
public final class UndoScript {
    private UndoScript() {
    }

    public static Script render(ScriptRequest request, UndoPlan plan, ScriptForm form, ShareUrl shareUrl) {
        List<RestoreScript.Entry> entries = new ArrayList<>();
        List<RegKey> created = new ArrayList<>();
        for (UndoStep step : plan.steps()) {
            if (step instanceof UndoStep.Restore restore) {
                entries.add(new RestoreScript.Entry(restore.key(), restore.name(), Optional.of(restore.value()), Optional.of(restore.fixWrote())));
            } else if (step instanceof UndoStep.DeleteValue delete) {
                entries.add(new RestoreScript.Entry(delete.key(), delete.name(), Optional.empty(), Optional.of(delete.fixWrote())));
            } else if (step instanceof UndoStep.RemoveCreatedKey remove) {
                created.add(remove.key());
            }
        }
        return RestoreScript.render(request, entries, created, form, shareUrl, ScriptTexts.UNDO_TITLE);
    }
}
