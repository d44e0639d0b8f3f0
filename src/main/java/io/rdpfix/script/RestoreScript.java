package io.rdpfix.script;

import io.rdpfix.location.Target;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo the app builds from a capture: each value written back as it was, or deleted when it was
 * absent; then every key the fix created removed if nothing is left in it; then every value read
 * back through key paths spelled apart from the ones the writes used, ending with the same verdict
 * line as the fix. In the paste form the restore and the read-back share a block when they fit;
 * every block starts by clearing the {@code R_} variables and checking the hives.
 */
public final class RestoreScript {

    /** What one value must be after the undo: {@code value}, or absent when empty. */
    public record Entry(RegKey key, String name, Optional<RegValue> value) {
    }

    private final ScriptRequest request;
    private final WritePlan plan;
    private final List<Entry> entries;
    private final List<RegKey> emptyKeysToRemove;
    private final ScriptForm form;
    private final ShareUrl shareUrl;
    private final Text title;
    private final Language language;
    private final List<RegKey> keys;

    private RestoreScript(ScriptRequest request, List<Entry> entries, List<RegKey> emptyKeysToRemove, ScriptForm form,
                          ShareUrl shareUrl, Text title) {
        this.request = request;
        this.plan = WritePlan.of(request);
        this.entries = List.copyOf(entries);
        this.emptyKeysToRemove = List.copyOf(emptyKeysToRemove);
        this.form = form;
        this.shareUrl = shareUrl;
        this.title = title;
        this.language = request.language();
        this.keys = entries.stream().map(Entry::key).distinct().toList();
    }

    /**
     * @param entries           the values, in the plan's order
     * @param emptyKeysToRemove keys the fix created, deepest first: removed when no value is left below them
     * @param title             what the batch header says the script does, with {0} the selection id
     */
    public static Script render(ScriptRequest request, List<Entry> entries, List<RegKey> emptyKeysToRemove, ScriptForm form,
                                ShareUrl shareUrl, Text title) {
        return new RestoreScript(request, entries, emptyKeysToRemove, form, shareUrl, title).script();
    }

    private Script script() {
        if (form == ScriptForm.BATCH) {
            List<Section> all = List.of(batchHeader(), prologue(), restore(), verify(0, 0));
            return Script.ofBlocks(form, List.of(all));
        }
        List<Section> one = List.of(title(), prologue(), restore(), verify(1, 1));
        if (one.stream().mapToInt(Section::pasteCost).sum() <= PasteBlocks.LIMIT) {
            return Script.ofBlocks(form, List.of(one));
        }
        return Script.ofBlocks(form, List.of(List.of(title(), prologue(), restore(), blockEnd(1, 2)),
                List.of(title(), prologue(), verify(2, 2))));
    }

    private Section batchHeader() {
        LineWriter out = new LineWriter(form, language);
        out.raw("@echo off").raw("setlocal DisableDelayedExpansion");
        out.rem(title, plan.selectionId());
        TargetComments.describe(request.target(), out);
        out.rem(ScriptTexts.SHARE, shareUrl.value());
        return new Section(out.script().lines());
    }

    private static Section title() {
        return new Section(List.of("@echo off"));
    }

    private Section prologue() {
        return new Section(Prologue.lines(request.target(), plan, form, language));
    }

    private boolean offline() {
        return request.target() instanceof Target.Offline;
    }

    /** Key paths in R_W variables (cleared when a hive is missing, so that nothing is written), then one line per value. */
    private Section restore() {
        List<String> lines = new ArrayList<>();
        for (int k = 1; k <= keys.size(); k++) {
            lines.add("set R_W" + k + "=" + keys.get(k - 1).path());
        }
        if (offline()) {
            List<String> clear = new ArrayList<>();
            for (int k = 1; k <= keys.size(); k++) {
                clear.add("set R_W" + k + "=");
            }
            lines.add("if defined R_X " + String.join("& ", clear));
        }
        for (Entry entry : entries) {
            String key = "\"%R_W" + (keys.indexOf(entry.key()) + 1) + "%\"";
            // Errors are not shown: the read-back names every value that did not come back.
            lines.add(entry.value()
                    .map(value -> Cmd.regAdd(key, entry.name(), value, request.dwordFormat(), form) + " >nul 2>&1")
                    .orElse(Cmd.regDelete(key, entry.name()) + " >nul 2>&1"));
        }
        for (RegKey created : emptyKeysToRemove) {
            lines.add((offline() ? "if not defined R_X " : "") + Cmd.deleteKeyIfNoValues(created));
        }
        return new Section(lines);
    }

    private Section blockEnd(int block, int count) {
        return new Section(Verdict.blockEnd(language, block, count, offline()));
    }

    /**
     * Per key, through its own spelling of the path: a flag for each value written back
     * ({@code name.0x2} for a REG_DWORD, {@code name.REG_SZ} for any other type, whose data a for
     * loop cannot compare exactly), one loop that counts and clears the flags it finds, and for each
     * value deleted a count when it is gone and a flag when it is not.
     */
    private Section verify(int block, int count) {
        List<String> lines = new ArrayList<>();
        lines.add("set /a R_N=0,R_T=" + entries.size() + " >nul");
        String e = form.forVariable('e');
        for (int k = 1; k <= keys.size(); k++) {
            RegKey key = keys.get(k - 1);
            String flag = "R_#" + k + "#";
            String variable = "R_R" + k;
            lines.add("set " + variable + "=" + key.path());
            List<String> dwords = new ArrayList<>();
            List<String> typed = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            for (Entry entry : entries) {
                if (!entry.key().equals(key)) {
                    continue;
                }
                if (entry.value().isEmpty()) {
                    deleted.add(entry.name());
                } else if (entry.value().get() instanceof RegValue.Dword dword) {
                    dwords.add(entry.name() + ".0x" + Long.toHexString(dword.value()));
                } else {
                    typed.add(entry.name() + "." + entry.value().get().type().name());
                }
            }
            String query = "reg query \"%" + variable + "%\" 2^>nul";
            if (!dwords.isEmpty()) {
                lines.add("for " + e + " in (" + String.join(" ", dwords) + ") do @set " + flag + e + "=1");
                lines.add(Verdict.countFlagged(form, 3, flag, query));
            }
            if (!typed.isEmpty()) {
                lines.add("for " + e + " in (" + String.join(" ", typed) + ") do @set " + flag + e + "=1");
                lines.add(Verdict.countFlagged(form, 2, flag, query));
            }
            if (!deleted.isEmpty()) {
                String names = String.join(" ", deleted);
                String queryValue = "reg query \"%" + variable + "%\" /v " + e + " >nul 2>&1";
                lines.add("for " + e + " in (" + names + ") do (" + queryValue + "& if errorlevel 1 set /a R_N+=1 >nul)");
                lines.add("for " + e + " in (" + names + ") do (" + queryValue + "& if not errorlevel 1 set " + flag + e + ".=1)");
            }
        }
        Verdict verdict = Verdict.of(request.target(), plan, form, language, 3, offline());
        lines.addAll(verdict.lines(block, count));
        return new Section(lines);
    }
}
