package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Condition.errorLevel;
import static io.rdpfix.cmd.Condition.exists;
import static io.rdpfix.cmd.Statement.batchStart;
import static io.rdpfix.cmd.Statement.clearVariables;
import static io.rdpfix.cmd.Statement.echoOff;
import static io.rdpfix.cmd.Statement.quietly;
import static io.rdpfix.cmd.Statement.regDelete;
import static io.rdpfix.cmd.Statement.regQuery;
import static io.rdpfix.cmd.Statement.sequence;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.Condition;
import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Arithmetic;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.DelayedRegAdd;
import io.rdpfix.cmd.Statement.Echo;
import io.rdpfix.cmd.Statement.EchoTo;
import io.rdpfix.cmd.Statement.For;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.Group;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.IfFailed;
import io.rdpfix.cmd.Statement.IfSucceeded;
import io.rdpfix.cmd.Statement.ListVariables;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Reg;
import io.rdpfix.cmd.Statement.RegAdd;
import io.rdpfix.cmd.Statement.Sequence;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.cmd.Statement.SetExactly;
import io.rdpfix.cmd.Statement.SetQuoted;
import io.rdpfix.cmd.Statement.Source;
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
            return List.of(title(), Section.of(form, List.of(clearVariables())),
                    Section.of(form, verdict().fromSaved(savedVerdict(), block - 1, block, count)));
        }
        List<Section> sections = new ArrayList<>(List.of(title(), prologue(first)));
        if (first && (tallied || loadsHives())) {
            // Counts or a verdict kept by an earlier run must not stand for this one.
            sections.add(Section.of(form, List.of(new Redirected(new Command("del " + kept("*")), Redirect.NO_ERRORS))));
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
            sections.add(Section.of(form, Verdict.blockEnd(language, block, count, !ends)));
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
        SectionBuilder out = new SectionBuilder(form, language);
        out.addAll(batchStart());
        out.rem(title, plan.selectionId());
        TargetComments.describe(request.target(), out);
        out.rem(ScriptTexts.SHARE, shareUrl.value());
        return out.section();
    }

    private Section title() {
        return Section.of(form, List.of(echoOff()));
    }

    private Section prologue(boolean first) {
        List<Statement> lines = new ArrayList<>(Prologue.lines(request.target(), plan, language, first));
        lines.add(Prologue.elevationCheck(language));
        return Section.of(form, lines);
    }


    /**
     * Key paths in R_W variables (cleared when a hive is missing, so that nothing is written), then one
     * line per value; the keys numbered as in the whole undo, so that a block of some of them means the same.
     */
    private Section restore(List<Entry> restored) {
        List<Integer> numbers = restored.stream().map(entry -> keys.indexOf(entry.key()) + 1).distinct().toList();
        List<Statement> lines = new ArrayList<>();
        for (int k : numbers) {
            lines.add(new Set("R_W" + k, keys.get(k - 1).path()));
        }
        lines.add(new If(defined("R_X"), new Sequence(numbers.stream().<Statement>map(k -> new Set("R_W" + k, "")).toList())));
        for (int k : numbers) {
            if (threeWay(keys.get(k - 1))) {
                lines.add(currentDwords("R_W" + k, "R_$" + k));
            }
        }
        for (Entry entry : restored) {
            int k = keys.indexOf(entry.key()) + 1;
            String key = "\"%R_W" + k + "%\"";
            Optional<Condition> condition = entry.fixWrote().map(fix -> equal("%R_$" + k + entry.name() + "%", DwordFormat.HEX.dword(fix)));
            // Errors are not shown: the read-back names every value that did not come back.
            Optional<RegValue> value = entry.value();
            Statement write;
            if (value.isPresent() && CmdWriter.needsVariable(value.get())) {
                lines.add(new SetExactly("R_S", CmdWriter.crtEscaped(value.get().text().orElseThrow())));
                write = new DelayedRegAdd(key, entry.name(), value.get().type(), "R_S");
            } else {
                write = value.<Statement>map(v -> new RegAdd(key, entry.name(), v, request.dwordFormat())).orElse(regDelete(key, entry.name()));
            }
            lines.add(condition.<Statement>map(c -> new If(c, quietly(write))).orElse(quietly(write)));
        }
        return Section.of(form, lines);
    }

    /** The keys the fix created, each removed only when it reads and holds nothing. */
    private Section removal() {
        List<Statement> lines = new ArrayList<>();
        for (RegKey created : emptyKeysToRemove) {
            lines.addAll(deleteIfEmpty(created));
        }
        return Section.of(form, lines);
    }

    /**
     * Deletes a key the fix created, but only when it reads and holds nothing: no value (an unset
     * default, which Wine lists, aside) and no subkey. Never a tree: a subkey added since (a policy
     * under it) keeps the key, and a listing that failed halfway cannot pass for an empty one,
     * because only the key's own listing is read. R_Y counts its lines other than its own name.
     */
    private static List<Statement> deleteIfEmpty(RegKey key) {
        Source listing = new Source.Output(new Redirected(regQuery(key), Redirect.NO_ERRORS));
        String listed = "HKEY_LOCAL_MACHINE" + key.path().substring("HKLM".length());
        return List.of(
                new Set("R_Y", "0"),
                new ForF("delims=", 'l', listing, new If(equal("%%l", listed).not().ignoringCase(),
                        new Redirected(new Arithmetic("R_Y+=1"), Redirect.NO_OUTPUT)), true),
                new ForF("tokens=1-3", 'a', listing, new If(equal("%%b%%c", "REG_SZ"), new ForF("delims=()", 'x', new Source.Text("%%a"),
                        new If(equal("(%%x)", "%%a"), new Redirected(new Arithmetic("R_Y-=1"), Redirect.NO_OUTPUT)), true)), true),
                new If(defined("R_X").not(), new IfSucceeded(quietly(regQuery(key)), new If(equal("%R_Y%", "0"),
                        quietly(new Reg("reg", "delete", List.of(Statement.quoted(key), "/f")))))));
    }

    private boolean threeWay(RegKey key) {
        return entries.stream().anyMatch(entry -> entry.key().equals(key) && entry.fixWrote().isPresent());
    }

    /**
     * Each REG_DWORD of the key in {@code variable} as {@code <prefix><name>}, its data as reg query
     * prints it: one listing. Typed, a variable never set stays {@code %...%} and so equals no data.
     */
    private Statement currentDwords(String variable, String prefix) {
        return new ForF("tokens=1-3", 'a', new Source.Output(new Redirected(regQuery("\"%" + variable + "%\""), Redirect.NO_ERRORS)),
                new If(equal("%%b", "REG_DWORD"), new SetQuoted(prefix + "%%a", "%%c")), true);
    }

    /**
     * After key k's count, for a three-way undo: a value that still holds what the fix wrote (where
     * that differs from what it was) was not put back: a failure, marked {@code R_-k-name} and counted
     * in R_E. Every other value not found as it was is one the undo left, changed since the fix. A
     * key that had values before and does not read now fails all of its values.
     */
    private List<Statement> stillAsTheFixWroteThem(int k, List<Entry> ofKey, int deleted) {
        RegKey key = keys.get(k - 1);
        List<String> pairs = ofKey.stream()
                .filter(entry -> entry.fixWrote().isPresent() && !entry.value().equals(entry.fixWrote().map(RegValue.class::cast)))
                .map(entry -> entry.name() + "." + DwordFormat.HEX.dword(entry.fixWrote().get())).toList();
        String listed = "\"%R_R" + k + "%\"";
        List<Statement> lines = new ArrayList<>();
        if (!pairs.isEmpty()) {
            lines.add(new For('e', String.join(" ", pairs), new Set("R_!" + k + "#%%e", "1"), true));
            lines.add(new ForF("tokens=1,3", 'a', new Source.Output(new Redirected(regQuery(listed), Redirect.NO_ERRORS)),
                    new Group(new If(defined("R_!" + k + "#%%a.%%b"), new Group(sequence(new Set("R_-" + k + "-%%a", "1"),
                            new Redirected(new Arithmetic("R_E+=1"), Redirect.NO_OUTPUT))))), false));
        }
        if (ofKey.size() > deleted) {
            lines.add(new IfFailed(quietly(regQuery(listed)), sequence(new Redirected(new Arithmetic("R_E+=" + ofKey.size() + ",R_N-=" + deleted),
                    Redirect.NO_OUTPUT), new Set("R_-" + k + "-" + key.path().substring(key.path().lastIndexOf('\\') + 1).replaceAll("[^A-Za-z0-9]", ""),
                    "1"))));
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
    private List<Statement> sameString(int k, Entry entry) {
        RegValue value = entry.value().orElseThrow();
        String data = value.text().orElseThrow();
        String flag = "R_#" + k + "#" + entry.name() + "." + value.type().name();
        Statement line = regQuery("\"%R_R" + k + "%\"", entry.name());
        return List.of(new Set(flag, "1"),
                sequence(new Set("R_G", ""), new ForF("delims=", 'a', new Source.Output(new Redirected(line, Redirect.NO_ERRORS)),
                        new SetQuoted("R_G", "%%a"), true)),
                // A dot after the line on both sides: a string can end in spaces, a line of ours never does.
                new SetExactly("R_V", "    " + entry.name() + "    " + value.type().name() + "    " + data + "."),
                new Command("cmd /d /v:on /c if \"!R_V!\"==\"!R_G!.\" exit 3"),
                new If(errorLevel(3), sequence(new Redirected(new Arithmetic("R_N+=1"), Redirect.NO_OUTPUT), new SetQuoted(flag, ""))));
    }

    /**
     * Per key, through its own spelling of the path: a flag for each value written back, one loop
     * that counts and clears the flags it finds (numbers: {@code name.0x2}, their data as reg query
     * prints it), for each string a comparison of its whole line (its flag {@code name.REG_SZ}), and
     * for each value deleted a count when it is gone and a flag when it is not.
     */
    private Section verify(int block, int count) {
        List<Statement> lines = new ArrayList<>();
        lines.add(new Redirected(new Arithmetic("R_N=0,R_T=" + entries.size()), Redirect.NO_OUTPUT));
        for (RegKey key : keys) {
            lines.addAll(readBack(ofKey(key)));
        }
        lines.addAll(verdictLines(block, count));
        return Section.of(form, lines);
    }

    /** Values of one key read back. */
    private List<Statement> readBack(List<Entry> values) {
        List<Statement> lines = new ArrayList<>();
        RegKey key = values.get(0).key();
        int k = keys.indexOf(key) + 1;
        String flag = "R_#" + k + "#";
        String variable = "R_R" + k;
        lines.add(new Set(variable, key.path()));
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
        Statement query = new Redirected(regQuery("\"%" + variable + "%\""), Redirect.NO_ERRORS);
        if (!numbers.isEmpty()) {
            lines.add(new For('e', String.join(" ", numbers), new Set(flag + "%%e", "1"), true));
            lines.add(Verdict.countFlagged(3, flag, query));
        }
        for (Entry string : strings) {
            lines.addAll(sameString(k, string));
        }
        if (!deleted.isEmpty()) {
            // Counted as gone, then taken back for each that the key's one listing still shows.
            lines.add(new For('e', String.join(" ", deleted), new Set("R_?" + k + "#%%e", "1"), true));
            lines.add(new Redirected(new Arithmetic("R_N+=" + deleted.size()), Redirect.NO_OUTPUT));
            lines.add(new ForF("tokens=1", 'a', new Source.Output(query), new Group(new If(defined("R_?" + k + "#%%a"),
                    new Group(sequence(new Set(flag + "%%a.", "1"), new Redirected(new Arithmetic("R_N-=1"), Redirect.NO_OUTPUT))))), false));
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
    private List<Statement> verdictLines(int block, int count) {
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
        String file = kept(String.valueOf(check.index()));
        List<Statement> lines = new ArrayList<>(List.of(new Redirected(new Arithmetic("R_N=0,R_E=0"), Redirect.NO_OUTPUT)));
        lines.addAll(readBack(check.entries()));
        lines.add(new EchoTo(file, false, "N %R_N% %R_E%"));
        lines.add(new Redirected(new Arithmetic("R_K=" + check.entries().size() + "-R_N"), Redirect.NO_OUTPUT));
        // The space before >> keeps a name's last digit from reading as a stream number; Wine takes no >> before echo here.
        for (String[] flags : new String[][] {{"%R_K%", "R_#"}, {"%R_E%", "R_-"}}) {
            lines.add(new If(equal(flags[0], "0").not(), new ForF("delims==", 'z', new Source.Output(new ListVariables(flags[1])),
                    new Redirected(new Echo("V %%z"), Redirect.appendedTo(file)), true)));
        }
        return Section.of(form, lines);
    }

    /** Every key's kept counts added up and its flags set again, the files deleted, and the verdict as {@link #verify} gives it. */
    private Section tally(int checks, int block, int count) {
        List<Statement> lines = new ArrayList<>(List.of(new Redirected(new Arithmetic("R_N=0,R_E=0,R_T=" + entries.size()), Redirect.NO_OUTPUT)));
        String each = String.join(" ", IntStream.rangeClosed(1, checks).mapToObj(String::valueOf).toList());
        lines.add(new For('i', each, new If(exists(kept("%%i")).not(), new Set("R_X", ScriptTexts.NO_READ_BACK.with(block - 1).in(language))),
                true));
        // One file at a time: Wine's type takes no wildcard.
        Source file = new Source.Output(new Redirected(new Command("type " + kept("%%i")), Redirect.NO_ERRORS));
        lines.add(new For('i', each, new ForF("tokens=1-3", 'a', file, new If(equal("%%a", "N"),
                new Redirected(new Arithmetic("R_N+=%%b,R_E+=%%c"), Redirect.NO_OUTPUT)), true), true));
        lines.add(new For('i', each, new ForF("tokens=1,2", 'a', file, new If(equal("%%a", "V"), new Set("%%b", "1")), true), true));
        lines.add(new Redirected(new Command("del " + kept("*")), Redirect.NO_ERRORS));
        lines.addAll(verdictLines(block, count));
        return Section.of(form, lines);
    }
}
