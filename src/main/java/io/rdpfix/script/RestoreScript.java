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
 * The undo the app builds from a capture (and the security put-back): each value written back as
 * it was, or deleted when it was absent, only while it holds what the fix wrote when the entry says
 * (three-way); then every key the fix created removed if its own listing shows nothing in it; then
 * every value read back, one listing per key, through key paths spelled apart from the ones the
 * writes used, ending with the same verdict line as the fix. In the paste form the restore and the
 * read-back share a block when they fit; every block starts by clearing the {@code R_} variables
 * and checking the hives.
 */
public final class RestoreScript {

    /**
     * What one value must be after the undo: {@code value}, or absent when empty. With {@code fixWrote}
     * the undo is three-way: the value is put back only while it holds what the fix wrote; anything
     * else was changed since, and is left as it is and named.
     */
    public record Entry(RegKey key, String name, Optional<RegValue> value, Optional<RegValue.Dword> fixWrote) {
        public Entry(RegKey key, String name, Optional<RegValue> value) {
            this(key, name, value, Optional.empty());
        }
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
            List<Section> all = List.of(batchHeader(), prologue(true), restore(), verify(0, 0));
            return Script.ofBlocks(form, List.of(all));
        }
        List<Section> one = List.of(title(), prologue(true), restore(), verify(1, 1));
        if (one.stream().mapToInt(Section::pasteCost).sum() <= PasteBlocks.LIMIT) {
            return Script.ofBlocks(form, List.of(one));
        }
        // Numbered as the pastes they become (a block too long for one paste continues in the next),
        // so the console says what the page shows.
        int first = PasteBlocks.count(form, List.of(title(), prologue(true), restore(), blockEnd(1, 2)));
        int total = first + PasteBlocks.count(form, List.of(title(), prologue(false), verify(2, 2)));
        return Script.ofBlocks(form, List.of(List.of(title(), prologue(true), restore(), blockEnd(first, total)),
                List.of(title(), prologue(false), verify(total, total))));
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

    private Section prologue(boolean first) {
        List<String> lines = new ArrayList<>(Prologue.lines(request.target(), plan, form, language, first));
        lines.add(Prologue.elevationCheck(language));
        return new Section(lines);
    }

    /** Key paths in R_W variables (cleared when a hive is missing, so that nothing is written), then one line per value. */
    private Section restore() {
        List<String> lines = new ArrayList<>();
        for (int k = 1; k <= keys.size(); k++) {
            lines.add("set R_W" + k + "=" + keys.get(k - 1).path());
        }
        List<String> clear = new ArrayList<>();
        for (int k = 1; k <= keys.size(); k++) {
            clear.add("set R_W" + k + "=");
        }
        lines.add("if defined R_X " + String.join("& ", clear));
        for (int k = 1; k <= keys.size(); k++) {
            if (threeWay(keys.get(k - 1))) {
                lines.add(currentDwords("R_W" + k, "R_$" + k));
            }
        }
        for (Entry entry : entries) {
            int k = keys.indexOf(entry.key()) + 1;
            String key = "\"%R_W" + k + "%\"";
            String condition = entry.fixWrote().map(fix -> "if \"%R_$" + k + entry.name() + "%\"==\"" + DwordFormat.HEX.dword(fix) + "\" ")
                    .orElse("");
            // Errors are not shown: the read-back names every value that did not come back.
            Optional<RegValue> value = entry.value();
            if (value.isPresent() && Cmd.needsVariable(value.get())) {
                lines.addAll(Cmd.regAddThrough("R_S", key, entry.name(), value.get(), condition, " >nul 2>&1"));
            } else {
                lines.add(condition + value.map(v -> Cmd.regAdd(key, entry.name(), v, request.dwordFormat(), form))
                        .orElse(Cmd.regDelete(key, entry.name())) + " >nul 2>&1");
            }
        }
        for (RegKey created : emptyKeysToRemove) {
            lines.addAll(Cmd.deleteKeyIfEmpty(created, form, "if not defined R_X "));
        }
        return new Section(lines);
    }

    private boolean threeWay(RegKey key) {
        return entries.stream().anyMatch(entry -> entry.key().equals(key) && entry.fixWrote().isPresent());
    }

    /**
     * Each REG_DWORD of the key in {@code variable} as {@code <prefix><name>}, its data as reg query
     * prints it: one listing. Typed, a variable never set stays {@code %...%} and so equals no data.
     */
    private String currentDwords(String variable, String prefix) {
        String a = form.forVariable('a');
        return "for /f \"tokens=1-3\" " + a + " in ('reg query \"%" + variable + "%\" 2^>nul') do @if \"" + form.forVariable('b')
                + "\"==\"REG_DWORD\" set \"" + prefix + a + "=" + form.forVariable('c') + "\"";
    }

    /**
     * After key k's count, for a three-way undo: a value that still holds what the fix wrote (where
     * that differs from what it was) was not put back: a failure, marked {@code R_-k-name} and counted
     * in R_E. Every other value not found as it was is one the undo left, changed since the fix. A
     * key that had values before and does not read now fails all of its values.
     */
    private List<String> stillAsTheFixWroteThem(int k, int deleted) {
        RegKey key = keys.get(k - 1);
        List<Entry> ofKey = entries.stream().filter(entry -> entry.key().equals(key)).toList();
        List<String> pairs = ofKey.stream()
                .filter(entry -> entry.fixWrote().isPresent() && !entry.value().equals(entry.fixWrote().map(RegValue.class::cast)))
                .map(entry -> entry.name() + "." + DwordFormat.HEX.dword(entry.fixWrote().get())).toList();
        String a = form.forVariable('a');
        String b = form.forVariable('b');
        String e = form.forVariable('e');
        List<String> lines = new ArrayList<>();
        if (!pairs.isEmpty()) {
            lines.add("for " + e + " in (" + String.join(" ", pairs) + ") do @set R_!" + k + "#" + e + "=1");
            lines.add("for /f \"tokens=1,3\" " + a + " in ('reg query \"%R_R" + k + "%\" 2^>nul') do (if defined R_!" + k + "#" + a + "."
                    + b + " (set R_-" + k + "-" + a + "=1& set /a R_E+=1 >nul))");
        }
        if (ofKey.size() > deleted) {
            lines.add(Cmd.ifFailed("reg query \"%R_R" + k + "%\" >nul 2>&1", "set /a R_E+=" + ofKey.size() + ",R_N-=" + deleted
                    + " >nul& set R_-" + k + "-" + key.path().substring(key.path().lastIndexOf('\\') + 1).replaceAll("[^A-Za-z0-9]", "")
                    + "=1"));
        }
        return lines;
    }

    /** How a number's flag ends: its data as reg query prints it. */
    private static String asFlagged(RegValue value) {
        return value instanceof RegValue.Dword dword ? DwordFormat.HEX.dword(dword) : DwordFormat.HEX.qword((RegValue.Qword) value);
    }

    /**
     * A string read back whole: reg query's line for it, kept by a for loop (its text is never parsed
     * by cmd), against the line it must be, set with every special character escaped; compared in a
     * child cmd with delayed expansion, the one comparison cmd makes of any text after parsing it.
     */
    private List<String> sameString(int k, Entry entry) {
        RegValue value = entry.value().orElseThrow();
        String data = value.text().orElseThrow();
        String flag = "R_#" + k + "#" + entry.name() + "." + value.type().name();
        String a = form.forVariable('a');
        return List.of("set " + flag + "=1",
                "set R_G=& for /f \"delims=\" " + a + " in ('reg query \"%R_R" + k + "%\" /v " + entry.name() + " 2^>nul') do @set \"R_G="
                        + a + "\"",
                // A dot after the line on both sides: a string can end in spaces, a line of ours never does.
                Cmd.setExactly("R_V", "    " + entry.name() + "    " + value.type().name() + "    " + data + ".", form),
                "cmd /d /v:on /c if \"!R_V!\"==\"!R_G!.\" exit 3",
                "if errorlevel 3 set /a R_N+=1 >nul& set \"" + flag + "=\"");
    }

    private Section blockEnd(int block, int count) {
        return new Section(Verdict.blockEnd(language, block, count, true));
    }

    /**
     * Per key, through its own spelling of the path: a flag for each value written back, one loop
     * that counts and clears the flags it finds (numbers: {@code name.0x2}, their data as reg query
     * prints it), for each string a comparison of its whole line (its flag {@code name.REG_SZ}), and
     * for each value deleted a count when it is gone and a flag when it is not.
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
            List<String> numbers = new ArrayList<>();
            List<Entry> strings = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            for (Entry entry : entries) {
                if (!entry.key().equals(key)) {
                    continue;
                }
                if (entry.value().isEmpty()) {
                    deleted.add(entry.name());
                } else if (entry.value().get().text().isEmpty()) {
                    numbers.add(entry.name() + "." + asFlagged(entry.value().get()));
                } else {
                    strings.add(entry);
                }
            }
            String query = "reg query \"%" + variable + "%\" 2^>nul";
            if (!numbers.isEmpty()) {
                lines.add("for " + e + " in (" + String.join(" ", numbers) + ") do @set " + flag + e + "=1");
                lines.add(Verdict.countFlagged(form, 3, flag, query));
            }
            for (Entry string : strings) {
                lines.addAll(sameString(k, string));
            }
            if (!deleted.isEmpty()) {
                // Counted as gone, then taken back for each that the key's one listing still shows.
                String a = form.forVariable('a');
                lines.add("for " + e + " in (" + String.join(" ", deleted) + ") do @set R_?" + k + "#" + e + "=1");
                lines.add("set /a R_N+=" + deleted.size() + " >nul");
                lines.add("for /f \"tokens=1\" " + a + " in ('" + query + "') do (if defined R_?" + k + "#" + a + " (set " + flag + a
                        + ".=1& set /a R_N-=1 >nul))");
            }
            if (threeWay(key)) {
                lines.addAll(stillAsTheFixWroteThem(k, deleted.size()));
            }
        }
        Verdict verdict = Verdict.of(request.target(), plan, form, language, 3);
        if (entries.stream().anyMatch(entry -> entry.fixWrote().isPresent())) {
            verdict = verdict.leavingChanged();
        }
        lines.addAll(verdict.lines(block, count));
        return new Section(lines);
    }
}
