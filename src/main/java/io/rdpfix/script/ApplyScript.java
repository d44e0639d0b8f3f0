package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Condition.errorLevel;
import static io.rdpfix.cmd.Condition.exists;
import static io.rdpfix.cmd.Condition.less;
import static io.rdpfix.cmd.Statement.batchStart;
import static io.rdpfix.cmd.Statement.clearVariables;
import static io.rdpfix.cmd.Statement.echoOff;
import static io.rdpfix.cmd.Statement.quietly;
import static io.rdpfix.cmd.Statement.regQuery;
import static io.rdpfix.cmd.Statement.sequence;

import io.rdpfix.catalog.Setting;
import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.Condition;
import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Arithmetic;
import io.rdpfix.cmd.Statement.Block;
import io.rdpfix.cmd.Statement.Call;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.Echo;
import io.rdpfix.cmd.Statement.For;
import io.rdpfix.cmd.Statement.Group;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.IfFailed;
import io.rdpfix.cmd.Statement.IfSucceeded;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.RegAdd;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.Target;
import io.rdpfix.location.TargetKey;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The fix: the article's values, corrected, for the chosen target and settings, in three parts.
 * Record (optional) writes the undo file, which records every key the fix touches; write sets the
 * values, one {@code reg add} per value as the article prints them; verify reads each key back
 * through a path spelled apart from the one the writes used and ends with the verdict line. In the
 * paste form the parts fill as few blocks of {@link PasteBlocks#LIMIT} characters as they fit in,
 * and every block starts by clearing the {@code R_} variables and checking the hives, so a block
 * pasted alone after a reconnect does its part or writes nothing and says why. Offline, the disk
 * is named before anything changes.
 * <p>
 * The lines use only what Windows' and Wine's cmd.exe read alike: cmd expands {@code %VAR%} once per
 * typed line (Wine per loop turn), so no line reads a variable that a loop on it changes (counters
 * use {@code set /a}, flags {@code if defined}); no {@code else} or second {@code if} after a
 * chained {@code if}; no {@code &} after a loop body or inside its parentheses after an {@code if}.
 */
public final class ApplyScript {

    private final ScriptRequest request;
    private final ScriptForm form;
    private final ShareUrl shareUrl;
    private final WritePlan plan;
    private final Language language;
    private final List<TargetKey> keys;
    private final Optional<VmUndoFile> undoFile;

    private ApplyScript(ScriptRequest request, ScriptForm form, ShareUrl shareUrl) {
        this.request = request;
        this.form = form;
        this.shareUrl = shareUrl;
        this.plan = WritePlan.of(request);
        this.language = request.language();
        this.keys = plan.keys();
        this.undoFile = request.undo() == UndoOption.VM ? Optional.of(new VmUndoFile(request.target(), plan, language)) : Optional.empty();
    }

    /** @param shareUrl the link that reproduces this script, written into the header */
    public static Script render(ScriptRequest request, ScriptForm form, ShareUrl shareUrl) {
        return new ApplyScript(request, form, shareUrl).script();
    }

    private Script script() {
        if (form == ScriptForm.BATCH) {
            List<Section> all = new ArrayList<>(List.of(batchHeader(), prologue(true), elevationCheck()));
            diskIdentity().ifPresent(all::add);
            undoFile.ifPresent(u -> {
                all.add(fileLines(u.writerLines("n")));
                all.add(record(u));
            });
            all.add(writes(allKeys().stream().map(this::allOf).toList(), true));
            all.add(verify(0, 0));
            return Script.ofBlocks(form, List.of(all));
        }
        return Script.ofBlocks(form, Paginator.layOut(form, parts(), this::block,
                part -> part instanceof Part.Load || part instanceof Part.Unload));
    }

    /** What a block takes whole: a piece of the undo file's text, the record run, the writes, the read-back. */
    private sealed interface Part {
        record FileLines(List<Statement> lines) implements Part {
        }

        record Record() implements Part {
        }

        /** Offline: which disk this is, said once before anything is recorded or written. */
        record Identity() implements Part {
        }

        /** The key's values from index {@code from} (inclusive) to {@code to} (exclusive). */
        record Writes(int key, int from, int to) implements Part {
        }

        record Verify() implements Part {
        }

        /** Loading hives (paste form): block 1 loads them, and holds nothing else. */
        record Load() implements Part {
        }

        /** Loading hives (paste form): the last block unloads them and says the read-back's verdict. */
        record Unload() implements Part {
        }
    }

    /**
     * Pasted, with hives to load, the first block loads them and the last unloads them, each alone:
     * every other block is as large as without loading, and so fits one paste.
     */
    private boolean loadsHives() {
        return form == ScriptForm.PASTE && request.target() instanceof Target.Offline offline && offline.loadFrom().isPresent();
    }

    /** The parts in order: the undo file's text in pieces that each fit a block of their own. */
    private List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        if (loadsHives()) {
            parts.add(new Part.Load());
        }
        undoFile.ifPresent(u -> {
            // The first block also checks elevation.
            int firstRoom = PasteBlocks.LIMIT - cost(List.of(title(), writerPrologue(true), elevationCheck(), fileLines(List.of()),
                    blockEnd(99, 99, true)));
            int room = PasteBlocks.LIMIT - cost(List.of(title(), writerPrologue(false), fileLines(List.of()), blockEnd(99, 99, true)));
            List<Statement> piece = new ArrayList<>();
            int size = 0;
            for (Statement line : u.writerLines("n")) {
                int cost = CmdWriter.of(form).line(line).length() + 2;
                if (!piece.isEmpty() && size + cost > (parts.isEmpty() ? firstRoom : room)) {
                    parts.add(new Part.FileLines(piece));
                    piece = new ArrayList<>();
                    size = 0;
                }
                piece.add(line);
                size += cost;
            }
            parts.add(new Part.FileLines(piece));
        });
        if (request.target() instanceof Target.Offline) {
            parts.add(new Part.Identity());
        }
        undoFile.ifPresent(u -> parts.add(new Part.Record()));
        allKeys().forEach(key -> parts.addAll(fitting(allOf(key))));
        parts.add(new Part.Verify());
        if (loadsHives()) {
            parts.add(new Part.Unload());
        }
        return parts;
    }

    /** @param first whether this is the first block, @param block the paste it ends in, of {@code count} */
    private List<Section> block(List<Part> parts, boolean first, int block, int count) {
        boolean onlyFileLines = parts.stream().allMatch(Part.FileLines.class::isInstance);
        boolean unloads = parts.stream().anyMatch(Part.Unload.class::isInstance);
        List<Section> sections = new ArrayList<>(List.of(title(), unloads ? Section.of(form, List.of(clearVariables()))
                : onlyFileLines ? writerPrologue(first) : prologue(first)));
        // The first block says at once when the prompt is not elevated. A later block pasted alone
        // in such a prompt writes nothing either: its reg add errors show and the read-back fails.
        if (first) {
            sections.add(elevationCheck());
        }
        List<Part.Writes> written = parts.stream().filter(Part.Writes.class::isInstance).map(Part.Writes.class::cast).toList();
        // The block that says the verdict: the read-back's, or after it the one that unloads the hives.
        boolean verdict = parts.stream().anyMatch(loadsHives() ? Part.Unload.class::isInstance : Part.Verify.class::isInstance);
        for (Part part : parts) {
            if (part instanceof Part.FileLines lines) {
                sections.add(fileLines(lines.lines()));
            } else if (part instanceof Part.Record) {
                sections.add(record(undoFile.orElseThrow()));
            } else if (part instanceof Part.Identity) {
                diskIdentity().ifPresent(sections::add);
            } else if (part instanceof Part.Writes w) {
                // A block's keys are written together, after one check of what stops them.
                if (w == written.get(0)) {
                    sections.add(writes(written, parts.stream().noneMatch(Part.Record.class::isInstance)));
                }
            } else if (part instanceof Part.Verify) {
                sections.add(verify(block, count));
            } else if (part instanceof Part.Load) {
                // A verdict kept from an earlier run must not stand for this one.
                sections.add(Section.of(form, List.of(new Redirected(new Command("del " + savedVerdict()), Redirect.NO_ERRORS))));
            } else if (part instanceof Part.Unload) {
                sections.add(Section.of(form, verdict().fromSaved(savedVerdict(), block - 1, block, count)));
            }
        }
        if (!verdict) {
            // The read-back that keeps its verdict for the next block goes on whatever it found:
            // that block says it.
            boolean keepsVerdict = parts.stream().anyMatch(Part.Verify.class::isInstance);
            sections.add(blockEnd(block, count, !keepsVerdict));
        }
        return sections;
    }

    private static int cost(List<Section> sections) {
        return Paginator.cost(sections);
    }

    // ---- header and prologue ----

    private Section batchHeader() {
        SectionBuilder out = newSection();
        out.addAll(batchStart());
        out.rem(ScriptTexts.TITLE, request.fix().version(), request.fix().title().in(language));
        TargetComments.describe(request.target(), out);
        out.rem(ScriptTexts.CHANGES, plan.writes().size());
        keys.forEach(key -> out.remPlain("  " + key.key().path()));
        // What each step writes, and what it costs in security, next to it (the paste form has no room).
        int step = 0;
        for (Setting setting : request.settings()) {
            step++;
            List<String> values = plan.writes().stream().filter(w -> w.setting().equals(setting))
                    .map(w -> w.name() + "=" + request.dwordFormat().dword(w.value().data())).distinct().toList();
            out.remPlain(step + ". " + setting.title().in(language) + " (" + String.join(" ", values) + ")");
            setting.warning().ifPresent(warning -> out.rem(ScriptTexts.WARNING, warning.in(language)));
        }
        undoFile.ifPresent(u -> out.rem(ScriptTexts.UNDO_NOTE, VmUndoFile.path(plan)));
        out.rem(ScriptTexts.SHARE, shareUrl.value());
        return out.section();
    }

    private Section title() {
        return Section.of(form, List.of(echoOff()));
    }

    private Section prologue(boolean first) {
        return Section.of(form, Prologue.lines(request.target(), plan, language, first));
    }

    /**
     * A block that only writes lines of the undo file reads and changes no key, and needs no hive.
     * With "only the active one" offline, though, its lines name the active control set, read from
     * the hive: a block pasted alone must not write the file with that number missing (the size
     * check would refuse it), and says why it could not.
     */
    private Section writerPrologue(boolean first) {
        if (request.target() instanceof Target.Offline offline && offline.controlSets() instanceof ControlSets.Active) {
            return prologue(first);
        }
        return Section.of(form, List.of(clearVariables()));
    }

    /**
     * Offline, the disk named and its policies read before anything changes: a policy that overrides
     * a listener value is a fact of the disk, and said there, the read-back fits one paste.
     */
    private Optional<Section> diskIdentity() {
        if (!(request.target() instanceof Target.Offline offline)) {
            return Optional.empty();
        }
        List<Statement> lines = new ArrayList<>(DiskIdentity.lines(offline, !plan.listenerKeys().isEmpty(), language));
        lines.addAll(PolicyOverrides.markedAndNamed(request.target(), plan, language, "R_O", Optional.empty()));
        return Optional.of(Section.of(form, lines));
    }

    private Section elevationCheck() {
        return Section.of(form, List.of(Prologue.elevationCheck(language)));
    }

    // ---- record ----

    /**
     * Lines of the undo file's text, written in the undo folder. The first piece starts the file
     * afresh; a piece pasted twice or left out changes its size, which the record checks.
     */
    private Section fileLines(List<Statement> lines) {
        String folder = "\"" + VmUndoFile.FOLDER + "\"";
        List<Statement> all = new ArrayList<>();
        all.add(sequence(new Redirected(new Command("md " + folder), Redirect.NO_ERRORS), new Command("pushd " + folder)));
        all.addAll(lines);
        all.add(new Command("popd"));
        return Section.of(form, all);
    }

    /**
     * Runs the file to record, only if it has exactly the size the app computed; the file itself
     * keeps an earlier record of this machine or moves another machine's aside. Without the file
     * and its record afterwards, nothing is written.
     */
    private Section record(VmUndoFile undo) {
        List<Statement> lines = new ArrayList<>();
        lines.add(new Command("pushd \"" + VmUndoFile.FOLDER + "\""));
        // Written as "n" (four characters less on each of its lines), it becomes n.cmd only at its exact size.
        lines.add(new For('f', "n", new Set("R_S", "%%~zf"), true));
        lines.add(new Redirected(new Command("del n.cmd"), Redirect.NO_ERRORS));
        // With a hive missing nothing is recorded (the record would see its keys as absent), nor
        // without elevation.
        // Conditions and one command, no "&": Wine's batch cmd does not keep a chained if conditional.
        lines.add(new If(defined("R_X").not(), new If(equal("%R_S%", String.valueOf(undo.size())), new Command("ren n n.cmd"))));
        lines.add(new If(exists("n.cmd"), new Call("n.cmd record")));
        lines.add(new Command("popd"));
        lines.addAll(liveFilesCheck(undo, (form == ScriptForm.PASTE ? ScriptTexts.UNDO_DAMAGED : ScriptTexts.UNDO_DAMAGED_BATCH)
                .in(language)));
        return Section.of(form, lines);
    }

    /**
     * Sets R_X to {@code reason} unless the undo file and a record are there; an earlier reason (a
     * hive) is kept. One if per file: a for over a wildcard that matches nothing would check nothing.
     */
    private List<Statement> liveFilesCheck(VmUndoFile undo, String reason) {
        return undo.liveFiles().stream().<Statement>map(file -> new If(defined("R_X").not(),
                new If(exists("\"" + VmUndoFile.FOLDER + "\\" + file + "\"").not(), new Set("R_X", reason)))).toList();
    }

    // ---- write ----

    /**
     * The article's lines, corrected: for each key, its path in R_K on a line of its own, then one
     * reg add per value, in the article's order, the data as the "What changes" table shows it.
     * What stops the writes (no elevation, a hive, the undo file) or a control set without the key
     * skips the key's lines as one parenthesised block: a reg add never runs without its key, and
     * a skipped set prints one line, not an error per value.
     *
     * @param checkUndoFile whether this block has not checked the undo file already (after recording it)
     */
    private Section writes(List<Part.Writes> pieces, boolean checkUndoFile) {
        List<Statement> lines = new ArrayList<>();
        if (checkUndoFile) {
            undoFile.ifPresent(u -> lines.addAll(undoFileCheck()));
        }
        for (Part.Writes piece : pieces) {
            TargetKey key = keys.get(piece.key());
            lines.add(new Set(WRITTEN_KEY, key.key().path()));
            List<Condition> guard = new ArrayList<>(List.of(defined("R_X").not()));
            if (mayBeMissing(key)) {
                lines.add(new IfFailed(quietly(regQuery("\"%" + WRITTEN_KEY + "%\"")), new Set(WRITTEN_KEY, "")));
                lines.add(new If(defined("R_X").not(), new If(defined(WRITTEN_KEY).not(),
                        new Echo(ScriptTexts.SKIPPED_SET.with(controlSetName(key), key.key().name()).in(language)))));
                guard.add(defined(WRITTEN_KEY));
            }
            List<Statement> adds = new ArrayList<>();
            for (Write w : valuesOf(key).subList(piece.from(), piece.to())) {
                Statement add = new Redirected(new RegAdd("\"%" + WRITTEN_KEY + "%\"", w.name(), w.value().data(), request.dwordFormat()),
                        Redirect.NO_OUTPUT);
                if (w.value().whereItExists()) {
                    // Only a value a policy already sets: reg add would create it.
                    adds.add(quietly(regQuery("\"%" + WRITTEN_KEY + "%\"", w.name())));
                    add = new If(errorLevel(1).not(), add);
                }
                adds.add(add);
            }
            lines.add(new Block(guard, adds));
            if (form == ScriptForm.PASTE) {
                // Typed, cmd prompts "More? " for each line of the block, on one line: what it
                // prints next starts on a line of its own.
                lines.add(new Command("echo."));
            }
        }
        return Section.of(form, lines);
    }

    /** The one variable the writes spell their key with: short, so that a reg add line fits 80 columns. */
    private static final String WRITTEN_KEY = "R_K";

    /** Listener keys of a fixed list of control sets: written by one loop over their numbers. */
    private List<Integer> fixedControlSets() {
        List<Integer> indices = new ArrayList<>();
        if (request.target() instanceof Target.Offline offline && offline.controlSets() instanceof ControlSets.Fixed) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).mustExist()) {
                    indices.add(i);
                }
            }
        }
        return indices;
    }

    /**
     * The keys of a fixed list of control sets, grouped by their path in each set (RDP-Tcp, Terminal
     * Server): each group is read back by one loop over the sets' numbers.
     */
    private List<List<Integer>> perSetGroups() {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i : fixedControlSets()) {
            groups.computeIfAbsent(perSetPath(keys.get(i), "%%c"), path -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
    }

    /** A per-set key's path with the control set's number replaced by a for variable. */
    private static String perSetPath(TargetKey key, String forVariable) {
        return key.key().path().replace("ControlSet" + digits(key), "ControlSet" + forVariable);
    }

    private static String digits(TargetKey key) {
        String path = key.key().path();
        int start = path.indexOf("\\ControlSet") + "\\ControlSet".length();
        return path.substring(start, path.indexOf('\\', start));
    }

    /** Keeps an earlier reason to stop (offline, a missing hive): it is the one to fix first. */
    private List<Statement> undoFileCheck() {
        return liveFilesCheck(undoFile.orElseThrow(), (form == ScriptForm.PASTE ? ScriptTexts.NO_UNDO_FILE : ScriptTexts.NO_UNDO_FILE_BATCH)
                .in(language));
    }

    /** @param stops whether the block says what stopped it (the read-back that keeps its verdict does not) */
    private Section blockEnd(int block, int count, boolean stops) {
        return Section.of(form, Verdict.blockEnd(language, block, count, stops));
    }

    // ---- verify ----

    /**
     * Reads every value back. It does not look for the undo file: the writes did, and a value the
     * fix did not write is named here either way.
     */
    private Section verify(int block, int count) {
        List<Statement> lines = new ArrayList<>();
        List<List<Integer>> groups = perSetGroups();
        // The total is the app's constant; fixed control sets add theirs as the read-back finds them,
        // so a lost read-back line can only make the count fall short or leave no listener counted.
        // A value written only where it exists counts where the read-back finds it.
        int perSetValues = groups.stream().flatMap(List::stream).mapToInt(i -> plan.asQueried(keys.get(i)).size()).sum();
        int unconditional = (int) plan.writes().stream().filter(w -> !w.value().whereItExists()).count();
        lines.add(new Redirected(new Arithmetic("R_N=0,R_T=" + (unconditional - perSetValues)), Redirect.NO_OUTPUT));
        // Fixed control sets: each one that has the key is marked and gets its own flag space, named by
        // its number; one loop sets their flags, one reads them all. Each key the sets share (RDP-Tcp,
        // Terminal Server) has its own loops and names.
        for (int g = 0; g < groups.size(); g++) {
            TargetKey first = keys.get(groups.get(g).get(0));
            String space = g == 0 ? "" : (g + 1) + "_";
            // Spelled apart from the write's path: this line is typed on its own. No variable may
            // follow a for variable on a typed line (cmd would pair %c% as a name): the path is literal.
            String path = "\"" + perSetPath(first, "%%c") + "\"";
            String sets = String.join(" ", groups.get(g).stream().map(i -> digits(keys.get(i))).toList());
            String hasKeyFlag = "R_V" + space + "%%c";
            String flag = "R_#" + space + "%%c#";
            Condition hasKey = defined(hasKeyFlag);
            // Inside a for body's parentheses Wine runs "& ..." after an if whatever the if found: one
            // command per if there.
            lines.add(new For('c', sets, new Group(sequence(quietly(regQuery(path)), new If(errorLevel(1).not(), new Set(hasKeyFlag, "1")))),
                    false));
            lines.add(new For('c', sets, new If(hasKey, new Redirected(new Arithmetic("R_T+=" + plan.asQueried(first).size()), Redirect.NO_OUTPUT)),
                    true));
            lines.add(new For('e', String.join(" ", plan.asQueried(first)), new For('c', sets, new If(hasKey, mark(first, flag)), true),
                    true));
            lines.add(new For('c', sets, new If(hasKey, Verdict.countFlagged(3, flag, regQuery(path))), true));
        }
        List<Integer> perSet = groups.stream().flatMap(List::stream).toList();
        // Every other key is read back in a flag space of its own: a value of the same name under
        // another key (a policy's MaxIdleTime) cannot count for this one.
        for (int i = 0; i < keys.size(); i++) {
            TargetKey key = keys.get(i);
            String flag = "R_#" + (i + 1) + "#";
            String names = String.join(" ", valuesOf(key).stream().filter(w -> !w.value().whereItExists()).map(WritePlan::asQueried).toList());
            if (perSet.contains(i) || names.isEmpty()) {
                continue;
            }
            if (mayBeMissing(key)) {
                // The active control set's listener key (fixed sets are read above): missing, it
                // stops the read-back at once, and the flags set for its values are not counted.
                String var = "R_R" + (i + 1);
                lines.add(new Set(var, key.key().path()));
                lines.add(new IfFailed(quietly(regQuery("\"%" + var + "%\"")), sequence(new Set(var, ""),
                        new If(defined("R_X").not(), new Set("R_X", noKey(key.key().name()))))));
                lines.add(new For('e', names, mark(key, flag), true));
                lines.add(new If(defined(var), Verdict.countFlagged(3, flag, regQuery("\"%" + var + "%\""))));
            } else {
                lines.add(new For('e', names, mark(key, flag), true));
                lines.add(Verdict.countFlagged(3, flag, regQuery(key.key())));
            }
        }
        if (!perSet.isEmpty()) {
            // Every listener key skipped: only the policy values would be left to count.
            lines.add(new If(less("%R_T%", String.valueOf(policyCount() + 1)), new If(defined("R_X").not(),
                    new Set("R_X", noKey(plan.listenerKeys().get(0).name())))));
        }
        // A value written only where it exists: flagged and counted if it is there, then read like the rest.
        for (int i = 0; i < keys.size(); i++) {
            String flag = "R_#" + (i + 1) + "#";
            for (Write w : valuesOf(keys.get(i))) {
                if (w.value().whereItExists()) {
                    String flagged = flag + WritePlan.asQueried(w);
                    lines.add(new IfSucceeded(quietly(regQuery(keys.get(i).key(), w.name())), new Set(flagged, "1")));
                    lines.add(new If(defined(flagged), new Redirected(new Arithmetic("R_T+=1"), Redirect.NO_OUTPUT)));
                    lines.add(Verdict.countFlagged(3, flag, new Redirected(regQuery(keys.get(i).key(), w.name()), Redirect.NO_ERRORS)));
                }
            }
        }
        if (!offline()) {
            // Online the read-back has marked the listener names; offline the disk's identity said them.
            lines.addAll(PolicyOverrides.named(request.target(), plan, language, "R_O", Optional.empty()));
        }
        lines.addAll(loadsHives() ? verdict().saved(savedVerdict()) : verdict().lines(block, count));
        return Section.of(form, lines);
    }

    private Verdict verdict() {
        return Verdict.of(request.target(), plan, form, language, 3);
    }

    /** Where the read-back keeps its verdict for the block that unloads the hives: beside the capture's file. */
    private String savedVerdict() {
        return "\"%SystemRoot%\\Temp\\rdpfix-" + plan.selectionId() + ".verdict\"";
    }

    /**
     * The command, inside {@code for %e in (name.data ...)}, that flags a value to read back under
     * {@code flag}; online, a listener value's name is also marked R_@name, for {@link PolicyOverrides#named}.
     */
    private Statement mark(TargetKey key, String flag) {
        return key.mustExist() && !offline() ? new For('f', flag + "%%e R_@%%~ne", new Set("%%f", "1"), true)
                : new Set(flag + "%%e", "1");
    }

    // ---- the plan, grouped ----

    private boolean offline() {
        return request.target() instanceof Target.Offline;
    }

    /** Offline listener keys: a control set may not exist, or may lack the key; then it is skipped. */
    private boolean mayBeMissing(TargetKey key) {
        return offline() && key.mustExist();
    }

    private Part.Writes allOf(int key) {
        return new Part.Writes(key, 0, valuesOf(keys.get(key)).size());
    }

    /** The writes to a key, halved until each piece fits a block of its own with its checks. */
    private List<Part.Writes> fitting(Part.Writes part) {
        if (fits(part) || !fits(new Part.Writes(part.key(), part.from(), part.from() + 1))) {
            return List.of(part);
        }
        int middle = (part.from() + part.to()) / 2;
        List<Part.Writes> pieces = new ArrayList<>(fitting(new Part.Writes(part.key(), part.from(), middle)));
        pieces.addAll(fitting(new Part.Writes(part.key(), middle, part.to())));
        return pieces;
    }

    /** Whether the part fits a block of its own, with the elevation check the first block adds (not its hive loading). */
    private boolean fits(Part.Writes part) {
        return Paginator.fitsAlone(part, this::block, elevationCheck().pasteCost());
    }

    private List<Write> valuesOf(TargetKey key) {
        return plan.writes().stream().filter(w -> w.key().equals(key)).toList();
    }

    private List<Integer> allKeys() {
        return IntStream.range(0, keys.size()).boxed().toList();
    }

    private static String controlSetName(TargetKey key) {
        return "ControlSet" + digits(key);
    }

    // ---- helpers ----

    private SectionBuilder newSection() {
        return new SectionBuilder(form, language);
    }


    /** Values written outside the listener keys, always: what is left to verify when every control set is skipped. */
    private int policyCount() {
        return (int) plan.writes().stream().filter(w -> !w.key().mustExist() && !w.value().whereItExists()).count();
    }

    /** What stops the read-back when the control sets lack a key the fix writes in each: {@code name}, its own name. */
    private String noKey(String name) {
        return ScriptTexts.NO_LISTENER.with(name).in(language);
    }
}
