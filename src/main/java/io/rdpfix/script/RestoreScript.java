package io.rdpfix.script;

import io.rdpfix.location.Target;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The undo the app builds from a capture (and the security put-back): each value written back as
 * it was, or deleted when it was absent, only while it holds what the fix wrote when the entry says
 * (three-way); then every key the fix created removed if its own listing shows nothing in it; then
 * every value read back, one listing per key, through key paths spelled apart from the ones the
 * writes used, ending with the same verdict line as the fix. In the paste form {@link Paginator}
 * lays these parts out, a key's values halved where they do not fit a block: every block is one
 * paste that starts by clearing the {@code R_} variables and checking the hives.
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
    /** Pasted, with a read-back too long for one paste: each key's is kept in a file, and a last block adds them up. */
    private final boolean tallied;

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
        this.tallied = form == ScriptForm.PASTE && Paginator.cost(List.of(title(), prologue(false), verify(99, 99))) > PasteBlocks.LIMIT;
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
            List<Section> all = List.of(batchHeader(), prologue(true), restore(entries), removal(), verify(0, 0));
            return Script.ofBlocks(form, List.of(all));
        }
        List<Part> parts = new ArrayList<>();
        if (loadsHives()) {
            parts.add(new Part.Load());
        }
        for (RegKey key : keys) {
            fitting(ofKey(key), true).forEach(some -> parts.add(new Part.Restore(some)));
        }
        if (!emptyKeysToRemove.isEmpty()) {
            parts.add(new Part.Removal());
        }
        if (!tallied) {
            parts.add(new Part.Verify());
        } else {
            for (RegKey key : keys) {
                fitting(ofKey(key), false).forEach(some -> parts.add(new Part.Check(checks(parts) + 1, some)));
            }
            parts.add(new Part.Tally(checks(parts)));
        }
        if (loadsHives()) {
            parts.add(new Part.Unload());
        }
        return Script.ofBlocks(form, Paginator.layOut(form, parts, this::block,
                part -> part instanceof Part.Load || part instanceof Part.Unload));
    }

    /** What a block takes whole: values of one key written back, the keys the fix created removed, the read-back. */
    private sealed interface Part {
        record Restore(List<Entry> entries) implements Part {
        }

        record Removal() implements Part {
        }

        record Verify() implements Part {
        }

        /** Values of one key read back, their counts and flags kept in file {@code index} for the tally. */
        record Check(int index, List<Entry> entries) implements Part {
        }

        /** The {@code checks} files of counts and flags added up, and the verdict. */
        record Tally(int checks) implements Part {
        }

        /** Loading hives: block 1 loads them, and holds nothing else. */
        record Load() implements Part {
        }

        /** Loading hives: the last block unloads them and says the verdict the read-back kept. */
        record Unload() implements Part {
        }
    }

    /** Pasted with hives to load, the first block loads them and the last unloads them, each alone, as the fix does. */
    private boolean loadsHives() {
        return form == ScriptForm.PASTE && request.target() instanceof Target.Offline offline && offline.loadFrom().isPresent();
    }

    /** Named so that the counts' wildcard ({@link #kept}) deletes it too, in one line of the first block. */
    private String savedVerdict() {
        return kept("");
    }

    private List<Section> block(List<Part> parts, boolean first, int block, int count) {
        if (parts.stream().anyMatch(Part.Unload.class::isInstance)) {
            return List.of(title(), new Section(List.of(Cmd.clearVariables("R_", form))),
                    new Section(verdict().fromSaved(savedVerdict(), block - 1, block, count)));
        }
        List<Section> sections = new ArrayList<>(List.of(title(), prologue(first)));
        if (first && (tallied || loadsHives())) {
            // Counts or a verdict kept by an earlier run must not stand for this one.
            sections.add(new Section(List.of("del " + kept("*") + " 2>nul")));
        }
        List<Entry> restored = parts.stream().filter(Part.Restore.class::isInstance)
                .flatMap(part -> ((Part.Restore) part).entries().stream()).toList();
        if (!restored.isEmpty()) {
            sections.add(restore(restored));
        }
        if (parts.stream().anyMatch(Part.Removal.class::isInstance)) {
            sections.add(removal());
        }
        parts.stream().filter(Part.Check.class::isInstance).forEach(part -> sections.add(check((Part.Check) part)));
        Optional<Part.Tally> tally = parts.stream().filter(Part.Tally.class::isInstance).map(Part.Tally.class::cast).findFirst();
        if (parts.stream().anyMatch(Part.Verify.class::isInstance)) {
            sections.add(verify(block, count));
        } else if (tally.isPresent()) {
            sections.add(tally(tally.get().checks(), block, count));
        }
        boolean ends = parts.stream().anyMatch(part -> part instanceof Part.Verify || part instanceof Part.Tally);
        if (!ends || loadsHives()) {
            // A read-back that keeps its verdict for the next block goes on whatever it found: that block says it.
            sections.add(new Section(Verdict.blockEnd(language, block, count, !ends)));
        }
        return sections;
    }

    private static int checks(List<Part> parts) {
        return (int) parts.stream().filter(Part.Check.class::isInstance).count();
    }

    /**
     * A key's values, halved until each piece, written back ({@code restore}) or read back, fits a block
     * of its own; with what only the first block holds counted, as any piece may land there.
     */
    private List<List<Entry>> fitting(List<Entry> values, boolean restore) {
        Part part = restore ? new Part.Restore(values) : new Part.Check(1, values);
        int firstExtra = loadsHives() ? 0
                : cost(block(List.of(part), true, 99, 99)) - cost(block(List.of(part), false, 99, 99));
        if (values.size() == 1 || Paginator.fitsAlone(part, this::block, firstExtra)) {
            return List.of(values);
        }
        int middle = values.size() / 2;
        List<List<Entry>> pieces = new ArrayList<>(fitting(values.subList(0, middle), restore));
        pieces.addAll(fitting(values.subList(middle, values.size()), restore));
        return pieces;
    }

    private static int cost(List<Section> sections) {
        return Paginator.cost(sections);
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

    /**
     * Key paths in R_W variables (cleared when a hive is missing, so that nothing is written), then one
     * line per value; the keys numbered as in the whole undo, so that a block of some of them means the same.
     */
    private Section restore(List<Entry> restored) {
        List<Integer> numbers = restored.stream().map(entry -> keys.indexOf(entry.key()) + 1).distinct().toList();
        List<String> lines = new ArrayList<>();
        for (int k : numbers) {
            lines.add("set R_W" + k + "=" + keys.get(k - 1).path());
        }
        lines.add("if defined R_X " + String.join("& ", numbers.stream().map(k -> "set R_W" + k + "=").toList()));
        for (int k : numbers) {
            if (threeWay(keys.get(k - 1))) {
                lines.add(currentDwords("R_W" + k, "R_$" + k));
            }
        }
        for (Entry entry : restored) {
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
        return new Section(lines);
    }

    /** The keys the fix created, each removed only when it reads and holds nothing. */
    private Section removal() {
        List<String> lines = new ArrayList<>();
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
    private List<String> stillAsTheFixWroteThem(int k, List<Entry> ofKey, int deleted) {
        RegKey key = keys.get(k - 1);
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

    /**
     * Per key, through its own spelling of the path: a flag for each value written back, one loop
     * that counts and clears the flags it finds (numbers: {@code name.0x2}, their data as reg query
     * prints it), for each string a comparison of its whole line (its flag {@code name.REG_SZ}), and
     * for each value deleted a count when it is gone and a flag when it is not.
     */
    private Section verify(int block, int count) {
        List<String> lines = new ArrayList<>();
        lines.add("set /a R_N=0,R_T=" + entries.size() + " >nul");
        for (RegKey key : keys) {
            lines.addAll(readBack(ofKey(key)));
        }
        lines.addAll(verdictLines(block, count));
        return new Section(lines);
    }

    /** Values of one key read back. */
    private List<String> readBack(List<Entry> values) {
        List<String> lines = new ArrayList<>();
        String e = form.forVariable('e');
        RegKey key = values.get(0).key();
        int k = keys.indexOf(key) + 1;
        String flag = "R_#" + k + "#";
        String variable = "R_R" + k;
        lines.add("set " + variable + "=" + key.path());
        List<String> numbers = new ArrayList<>();
        List<Entry> strings = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Entry entry : values) {
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
            lines.addAll(stillAsTheFixWroteThem(k, values, deleted.size()));
        }
        return lines;
    }

    private List<Entry> ofKey(RegKey key) {
        return entries.stream().filter(entry -> entry.key().equals(key)).toList();
    }

    /** The verdict, or with hives to load, the verdict kept for the block that unloads them. */
    private List<String> verdictLines(int block, int count) {
        return loadsHives() ? verdict().saved(savedVerdict()) : verdict().lines(block, count);
    }

    private Verdict verdict() {
        Verdict verdict = Verdict.of(request.target(), plan, form, language, 3);
        return entries.stream().anyMatch(entry -> entry.fixWrote().isPresent()) ? verdict.leavingChanged() : verdict;
    }

    /** Where read-back {@code i} keeps its counts and flags for the tally ({@code *}: every one's). */
    private String kept(String i) {
        return "\"%SystemRoot%\\Temp\\rdpfix-" + plan.selectionId() + "-u" + i + ".txt\"";
    }

    /**
     * Key k read back as {@link #verify} does, then its counts ({@code N found E failed}) and the name
     * of every flag it left ({@code V R_#1#MaxIdleTime.0x0}) written to its file, afresh each time the
     * block is pasted. A flag is listed only when there is one: {@code set} of no such name complains.
     */
    private Section check(Part.Check check) {
        String z = form.forVariable('z');
        String file = kept(String.valueOf(check.index()));
        List<String> lines = new ArrayList<>(List.of("set /a R_N=0,R_E=0 >nul"));
        lines.addAll(readBack(check.entries()));
        lines.add(">" + file + " echo N %R_N% %R_E%");
        lines.add("set /a R_K=" + check.entries().size() + "-R_N >nul");
        // The space before >> keeps a name's last digit from reading as a stream number; Wine takes no >> before echo here.
        lines.add("if not \"%R_K%\"==\"0\" for /f \"delims==\" " + z + " in ('set R_#') do @echo V " + z + " >>" + file);
        lines.add("if not \"%R_E%\"==\"0\" for /f \"delims==\" " + z + " in ('set R_-') do @echo V " + z + " >>" + file);
        return new Section(lines);
    }

    /** Every key's kept counts added up and its flags set again, the files deleted, and the verdict as {@link #verify} gives it. */
    private Section tally(int checks, int block, int count) {
        String a = form.forVariable('a');
        String b = form.forVariable('b');
        String c = form.forVariable('c');
        List<String> lines = new ArrayList<>(List.of("set /a R_N=0,R_E=0,R_T=" + entries.size() + " >nul"));
        String i = form.forVariable('i');
        String each = "for " + i + " in (" + String.join(" ", IntStream.rangeClosed(1, checks).mapToObj(String::valueOf).toList()) + ") do @";
        lines.add(each + "if not exist " + kept(i) + " set R_X=" + ScriptTexts.NO_READ_BACK.with(block - 1).in(language));
        // One file at a time: Wine's type takes no wildcard.
        String file = "'type " + kept(i) + " 2^>nul'";
        lines.add(each + "for /f \"tokens=1-3\" " + a + " in (" + file + ") do @if \"" + a + "\"==\"N\" set /a R_N+=" + b + ",R_E+=" + c
                + " >nul");
        lines.add(each + "for /f \"tokens=1,2\" " + a + " in (" + file + ") do @if \"" + a + "\"==\"V\" set " + b + "=1");
        lines.add("del " + kept("*") + " 2>nul");
        lines.addAll(verdictLines(block, count));
        return new Section(lines);
    }
}
