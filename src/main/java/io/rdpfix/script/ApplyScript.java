package io.rdpfix.script;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Setting;
import io.rdpfix.location.TargetKey;

/** The fix itself: the article's REG ADD lines, corrected, for the chosen target and settings. */
public final class ApplyScript {
    private ApplyScript() {
    }

    /** @param shareUrl the link that reproduces this script, written into the header */
    public static Script render(ScriptRequest request, ScriptForm form, ShareUrl shareUrl) {
        WritePlan plan = WritePlan.of(request);
        LineWriter out = new LineWriter(form, request.language());
        return ScriptFrame.render(request.target(), out,
                header -> {
                    header.rem(ScriptTexts.TITLE, Catalog.VERSION);
                    ScriptFrame.describeTarget(request.target(), header);
                    header.rem(ScriptTexts.CHANGES, plan.writes().size());
                    plan.keys().forEach(key -> header.remPlain("  " + key.key().path()));
                    if (request.undo() == UndoOption.VM) {
                        header.rem(ScriptTexts.UNDO_NOTE, VmUndoRecorder.undoFile(plan));
                    }
                    header.rem(ScriptTexts.SHARE, shareUrl.value());
                },
                body -> {
                    if (request.undo() == UndoOption.VM) {
                        VmUndoRecorder.record(request.target(), plan, body);
                    }
                    writeValues(request, plan, body);
                },
                form == ScriptForm.BATCH ? ScriptTexts.ALL_WRITTEN : ScriptTexts.DONE, plan.writes().size());
    }

    private static void writeValues(ScriptRequest request, WritePlan plan, LineWriter out) {
        int step = 0;
        for (Setting setting : request.settings()) {
            step++;
            out.remPlain(step + ". " + setting.title().in(request.language()));
            setting.warning().ifPresent(warning -> out.rem(ScriptTexts.WARNING, warning.in(request.language())));
            for (Write write : plan.writes()) {
                if (write.setting().equals(setting)) {
                    TargetKey key = write.key();
                    out.checked(Cmd.regAdd(key.key(), write.name(), write.value().data(), request.dwordFormat(),
                            out.form()), ScriptTexts.WRITE_FAILED, write.name(), key.key().path());
                }
            }
        }
    }
}
