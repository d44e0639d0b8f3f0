package io.rdpfix.script;

import static io.rdpfix.cmd.CmdWriter.hidden;
import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Condition.errorLevel;
import static io.rdpfix.cmd.Statement.batchStart;
import static io.rdpfix.cmd.Statement.echoOff;
import static io.rdpfix.cmd.Statement.echoOn;
import static io.rdpfix.cmd.Statement.exit;
import static io.rdpfix.cmd.Statement.quietly;
import static io.rdpfix.cmd.Statement.regQuery;
import static io.rdpfix.cmd.Statement.sequence;
import static io.rdpfix.script.CaptureMarkers.ABSENT;
import static io.rdpfix.script.CaptureMarkers.BEGIN;
import static io.rdpfix.script.CaptureMarkers.END;
import static io.rdpfix.script.CaptureMarkers.PRESENT;
import static io.rdpfix.script.CaptureMarkers.hiveTag;
import static io.rdpfix.script.CaptureMarkers.keyTag;
import static io.rdpfix.script.CaptureMarkers.valueTag;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.Condition;
import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.EchoTo;
import io.rdpfix.cmd.Statement.Else;
import io.rdpfix.cmd.Statement.For;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.Group;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.IfFailed;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.cmd.Statement.SetQuoted;
import io.rdpfix.cmd.Statement.Source;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.Target;
import io.rdpfix.location.TargetKey;
import io.rdpfix.registry.RegKey;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints, changing nothing, what is there now for every key and value the fix would touch. The
 * marked lines go into a file in %SystemRoot%\Temp; the last block clears the screen and prints
 * that file, so what the user copies off the 80x24 console is the last thing on it. REG_DWORD
 * values and absent ones are printed five to a line ({@code #V01 0x2 #V02 absent}); a value of any other type says
 * {@code line} there and gets the rest of its {@code reg query} line on a line of its own
 * ({@code #P1 MaxIdleTime [REG_SZ    data]}), so that its data comes back exactly.
 * <p>
 * A value is "absent" only when two readers miss it: a {@code reg query} of it through the key path
 * spelled on the line of that key's names, and the listing of the key through the key variable,
 * which then writes its data over the mark. A garbled spelling in either leaves the capture right or
 * refused as incomplete; it cannot make a present value look absent.
 */
public final class CaptureScript {
    /** Widest marker line: one column short of the console's, so that it never wraps. */
    private static final int COLUMNS = CmdWriter.COLUMNS - 1;
    /** The variable that holds the file's quoted path. */
    private static final String FILE = "%R_O%";
    /** Widest data a packed value can show: 0xffffffff. */
    private static final int WIDEST_DWORD = 10;

    private final ScriptRequest request;
    private final ScriptForm form;
    private final ShareUrl shareUrl;
    private final WritePlan plan;
    private final Language language;
    private final String counts;

    private CaptureScript(ScriptRequest request, ScriptForm form, ShareUrl shareUrl) {
        this.request = request;
        this.form = form;
        this.shareUrl = shareUrl;
        this.plan = WritePlan.of(request);
        this.language = request.language();
        this.counts = plan.selectionId() + " " + plan.writes().size() + " " + plan.creatableKeys().size();
    }

    public static Script render(ScriptRequest request, ScriptForm form, ShareUrl shareUrl) {
        return new CaptureScript(request, form, shareUrl).script();
    }

    private Script script() {
        List<Section> parts = new ArrayList<>(List.of(start()));
        parts.addAll(valueGroups());
        policyOverrides().ifPresent(parts::add);
        if (form == ScriptForm.BATCH) {
            List<Section> all = new ArrayList<>(List.of(batchHeader(), prologue(true)));
            all.addAll(parts);
            all.add(finish());
            return Script.ofBlocks(form, List.of(all));
        }
        // With hives to load, the first block loads them and holds nothing else; the finish goes into
        // the last block, or into a block of its own when it does not fit there.
        List<Part> paged = new ArrayList<>();
        if (request.target() instanceof Target.Offline offline && offline.loadFrom().isPresent()) {
            paged.add(new Part.Load());
        }
        parts.forEach(section -> paged.add(new Part.Lines(section)));
        paged.add(new Part.Finish());
        return Script.ofBlocks(form, Paginator.layOut(form, paged, this::block, Part.Load.class::isInstance));
    }

    private List<Section> block(List<Part> parts, boolean first, int block, int count) {
        List<Section> sections = new ArrayList<>(List.of(title(), prologue(first)));
        parts.stream().filter(Part.Lines.class::isInstance).forEach(part -> sections.add(((Part.Lines) part).section()));
        sections.add(parts.stream().anyMatch(Part.Finish.class::isInstance) ? finish() : blockEnd(block, count));
        return sections;
    }

    /** What a block takes whole: the loading of the hives (its prologue), a section, the finish. */
    private sealed interface Part {
        record Load() implements Part {
        }

        record Lines(Section section) implements Part {
        }

        record Finish() implements Part {
        }
    }

    private int prologueCost(boolean first) {
        return title().pasteCost() + prologue(first).pasteCost();
    }

    private Section title() {
        return Section.of(form, List.of(echoOff()));
    }

    private Section batchHeader() {
        SectionBuilder out = new SectionBuilder(form, language);
        out.addAll(batchStart());
        out.rem(ScriptTexts.CAPTURE_TITLE, plan.selectionId());
        TargetComments.describe(request.target(), out);
        out.rem(ScriptTexts.CAPTURE_COPY);
        out.rem(ScriptTexts.SHARE, shareUrl.value());
        return out.section();
    }

    /** Every block's start, and where the marked lines go. */
    private Section prologue(boolean first) {
        List<Statement> lines = new ArrayList<>(Prologue.lines(request.target(), plan, language, first));
        lines.add(Prologue.elevationCheck(language));
        // Not %TEMP%: the same folder for SYSTEM (Serial Console, Run Command) and an elevated admin.
        lines.add(new Set("R_O", "\"%SystemRoot%\\Temp\\rdpfix-" + plan.selectionId() + ".txt\""));
        return Section.of(form, lines);
    }

    /** The begin line, then whether each hive, each key that the fix may create and each listener key is there. */
    private Section start() {
        List<Statement> lines = new ArrayList<>();
        lines.add(new EchoTo(FILE, false, hidden(BEGIN) + " " + counts));
        List<String> tags = new ArrayList<>();
        int hive = 0;
        for (RegKey probe : plan.hiveProbes().values()) {
            tags.add(hiveTag(++hive));
            lines.add(presence(probe, tags.get(tags.size() - 1)));
        }
        List<RegKey> keys = plan.creatableKeys();
        for (int i = 0; i < keys.size(); i++) {
            tags.add(keyTag(i + 1));
            lines.add(presence(keys.get(i), tags.get(tags.size() - 1)));
        }
        // A control set without its RDP-Tcp key is one the fix skips: "did it work?" must know it.
        List<RegKey> listeners = plan.listenerKeys();
        for (int i = 0; i < listeners.size(); i++) {
            tags.add(CaptureMarkers.listenerTag(i + 1));
            lines.add(presence(listeners.get(i), tags.get(tags.size() - 1)));
        }
        lines.addAll(packed(tags, tags.stream().map(tag -> "%" + variable(tag) + "%").toList(), ABSENT.length()));
        return Section.of(form, lines);
    }

    private static Statement presence(RegKey key, String tag) {
        String variable = variable(tag);
        return new IfFailed(quietly(regQuery(key)), new Else(new Set(variable, ABSENT), new Set(variable, PRESENT)));
    }

    /**
     * One section per key: each of its values is marked wanted, starts as {@code line} and becomes
     * {@code absent} if the key has no such value; one loop over the key then sets the REG_DWORD data,
     * one unmarks those values and one prints the rest whole. A section is never split over two
     * blocks; a key whose section does not fit a block of its own gets two, each for half its values.
     */
    private List<Section> valueGroups() {
        List<Section> groups = new ArrayList<>();
        List<TargetKey> keys = plan.keys();
        for (int k = 1; k <= keys.size(); k++) {
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < plan.writes().size(); i++) {
                if (plan.writes().get(i).key().equals(keys.get(k - 1))) {
                    values.add(i);
                }
            }
            groups.addAll(fitting(k, values));
        }
        return groups;
    }

    private List<Section> fitting(int k, List<Integer> values) {
        Section group = valueGroup(k, values);
        if (values.size() == 1 || group.pasteCost() + prologueCost(false) + blockEnd(99, 99).pasteCost() <= PasteBlocks.LIMIT) {
            return List.of(group);
        }
        List<Section> halves = new ArrayList<>(fitting(k, values.subList(0, values.size() / 2)));
        halves.addAll(fitting(k, values.subList(values.size() / 2, values.size())));
        return halves;
    }

    /** The section for some values of key {@code k}, by their index in the plan's writes. */
    private Section valueGroup(int k, List<Integer> values) {
        TargetKey key = plan.keys().get(k - 1);
        List<Statement> lines = new ArrayList<>();
        List<String> tags = values.stream().map(i -> valueTag(i + 1)).toList();
        List<String> names = values.stream().map(i -> plan.writes().get(i).name()).toList();
        String wanted = "R_W" + k + "#";
        String data = "R_D" + k + "#";
        Source listing = new Source.Output(new Redirected(regQuery("\"%R_P" + k + "%\""), Redirect.NO_ERRORS));
        Condition dword = equal("%%b", "REG_DWORD");
        lines.add(new Set("R_P" + k, key.key().path()));
        lines.add(new For('n', String.join(" ", names), new Group(sequence(new Set(wanted + "%%n", "1"), new Set(data + "%%n", CaptureMarkers.LINE),
                quietly(regQuery(key.key(), "%%n")), new If(errorLevel(1), new Set(data + "%%n", ABSENT)))), false));
        lines.add(new ForF("tokens=1-3", 'a', listing, new If(dword, new SetQuoted(data + "%%a", "%%c")), true));
        lines.add(new ForF("tokens=1,2", 'a', listing, new If(dword, new SetQuoted(wanted + "%%a", "")), true));
        lines.add(new ForF("tokens=1*", 'a', listing, new If(defined(wanted + "%%a"),
                new EchoTo(FILE, true, hidden(CaptureMarkers.keyLineTag(k)) + " %%a [%%b]")), true));
        List<String> variables = names.stream().map(name -> "%" + data + name + "%").toList();
        lines.addAll(packed(tags, variables, WIDEST_DWORD));
        return Section.of(form, lines);
    }

    /**
     * The listener values a policy value overrides, named on a line of the file for the one who
     * reads the screen: it holds no marker, and the app reads only markers.
     */
    private Optional<Section> policyOverrides() {
        List<Statement> lines = PolicyOverrides.markedAndNamed(request.target(), plan, language, "R_Q", Optional.of(FILE));
        return lines.isEmpty() ? Optional.empty() : Optional.of(Section.of(form, lines));
    }

    /** Marker lines of tag and value pairs, as many to a line as fit {@link #COLUMNS}. */
    private static List<Statement> packed(List<String> tags, List<String> variables, int widestValue) {
        List<Statement> lines = new ArrayList<>();
        int perLine = perLine(tags.stream().mapToInt(String::length).max().orElse(0), widestValue);
        for (int first = 0; first < tags.size(); first += perLine) {
            List<String> pairs = new ArrayList<>();
            for (int i = first; i < Math.min(first + perLine, tags.size()); i++) {
                pairs.add(hidden(tags.get(i)) + " " + variables.get(i));
            }
            lines.add(new EchoTo(FILE, true, String.join(" ", pairs)));
        }
        return lines;
    }

    private static int perLine(int tagLength, int widestValue) {
        return (COLUMNS + 1) / (tagLength + 1 + widestValue + 1);
    }

    /** #H01 is kept in R_H01 until its marker line. */
    private static String variable(String tag) {
        return "R_" + tag.substring(1);
    }

    /** A capture never stops before its end: what a missing hive means is said there. */
    private Section blockEnd(int block, int count) {
        return Section.of(form, Verdict.blockEnd(language, block, count, false));
    }

    /**
     * The end line, unless the active control set could not be read (then every value would look
     * absent); the hives unloaded; the outcome; and the file on a clean screen.
     */
    private Section finish() {
        List<Statement> lines = new ArrayList<>();
        Statement end = new EchoTo(FILE, true, hidden(END) + " " + counts);
        boolean active = request.target() instanceof Target.Offline offline && offline.controlSets() instanceof ControlSets.Active;
        lines.add(active ? new If(defined(Target.Offline.ACTIVE_SET_VARIABLE), end) : end);
        if (request.target() instanceof Target.Offline offline) {
            lines.addAll(OfflineHives.unload(offline, plan, language));
        }
        lines.add(new If(defined("R_X"), new EchoTo(FILE, true, ScriptTexts.STOPPED.with("%R_X%").in(language))));
        lines.add(new If(defined("R_X").not(), new EchoTo(FILE, true, ScriptTexts.CAPTURE_DONE.with(plan.selectionId()).in(language))));
        if (form == ScriptForm.BATCH) {
            lines.add(new Command("type " + FILE));
            lines.add(new If(defined("R_X"), exit(1)));
            lines.add(exit(0));
        } else {
            lines.add(sequence(new Command("cls"), new Command("type " + FILE)));
            lines.add(echoOn());
        }
        return Section.of(form, lines);
    }
}
