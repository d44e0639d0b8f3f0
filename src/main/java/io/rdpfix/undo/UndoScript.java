package io.rdpfix.undo;

import io.rdpfix.script.Cmd;
import io.rdpfix.script.LineWriter;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptFrame;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ScriptTexts;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.WritePlan;

/** Renders an {@link UndoPlan} for pasting or as a batch file, around the same target frame as the fix. */
public final class UndoScript {
    private UndoScript() {
    }

    public static Script render(ScriptRequest request, UndoPlan plan, ScriptForm form, ShareUrl shareUrl) {
        LineWriter out = new LineWriter(form, request.language());
        return ScriptFrame.render(request.target(), WritePlan.of(request), true, out,
                header -> {
                    header.rem(ScriptTexts.UNDO_TITLE, plan.selectionId());
                    ScriptFrame.describeTarget(request.target(), header);
                    header.rem(ScriptTexts.SHARE, shareUrl.value());
                },
                body -> plan.steps().forEach(step -> write(step, request, body)),
                ScriptTexts.UNDO_DONE);
    }

    private static void write(UndoStep step, ScriptRequest request, LineWriter out) {
        if (step instanceof UndoStep.Restore restore) {
            out.checked(Cmd.regAdd(restore.key(), restore.name(), restore.value(), request.dwordFormat(), out.form()),
                    ScriptTexts.WRITE_FAILED, restore.name(), restore.key().path());
        } else if (step instanceof UndoStep.DeleteValue delete) {
            String command = Cmd.regDelete(delete.key(), delete.name());
            if (out.batch()) {
                // Deleting what is already gone is no failure: the fix may never have run. Then a
                // value still there fails. Two flat lines: Wine's cmd runs a second chained if of
                // one line whatever the first found.
                String query = Cmd.regQueryValue(delete.key(), delete.name()) + " >nul 2>&1";
                out.command(Cmd.ifSucceeded(query, command + " >nul"));
                out.command(Cmd.ifSucceeded(query, "(" + out.echoCommand(ScriptTexts.WRITE_FAILED, delete.name(), delete.key().path())
                        + " & " + LineWriter.countFailure() + ")"));
            } else {
                out.command(command);
            }
        } else if (step instanceof UndoStep.RemoveCreatedKey remove) {
            out.command(Cmd.deleteKeyIfNoValues(remove.key()));
        }
    }
}
