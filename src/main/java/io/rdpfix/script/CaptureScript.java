package io.rdpfix.script;

import static io.rdpfix.script.CaptureMarkers.ABSENT;
import static io.rdpfix.script.CaptureMarkers.BEGIN;
import static io.rdpfix.script.CaptureMarkers.END;
import static io.rdpfix.script.CaptureMarkers.PRESENT;
import static io.rdpfix.script.CaptureMarkers.hidden;
import static io.rdpfix.script.CaptureMarkers.hiveTag;
import static io.rdpfix.script.CaptureMarkers.keyTag;
import static io.rdpfix.script.CaptureMarkers.valueTag;

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
    /** Widest marker line, so that SAC's 80-column screen does not wrap it. */
    private static final int COLUMNS = 79;
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
        List<Section> sections = new ArrayList<>(List.of(new Section(List.of("@echo off")), prologue(first)));
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
        return "@echo off".length() + 2 + prologue(first).pasteCost();
    }

    private Section batchHeader() {
        LineWriter out = new LineWriter(form, language);
        out.raw("@echo off").raw("setlocal DisableDelayedExpansion");
        out.rem(ScriptTexts.CAPTURE_TITLE, plan.selectionId());
        TargetComments.describe(request.target(), out);
        out.rem(ScriptTexts.CAPTURE_COPY);
        out.rem(ScriptTexts.SHARE, shareUrl.value());
        return new Section(out.script().lines());
    }

    /** Every block's start, and where the marked lines go. */
    private Section prologue(boolean first) {
        List<String> lines = new ArrayList<>(Prologue.lines(request.target(), plan, form, language, first));
        lines.add(Prologue.elevationCheck(language));
        // Not %TEMP%: the same folder for SYSTEM (Serial Console, Run Command) and an elevated admin.
        lines.add("set R_O=\"%SystemRoot%\\Temp\\rdpfix-" + plan.selectionId() + ".txt\"");
        return new Section(lines);
    }

    /** The begin line, then whether each hive, each key that the fix may create and each listener key is there. */
    private Section start() {
        List<String> lines = new ArrayList<>();
        lines.add(">%R_O% echo " + hidden(BEGIN) + " " + counts);
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
        return new Section(lines);
    }

    private static String presence(RegKey key, String tag) {
        String variable = variable(tag);
        return Cmd.ifFailed(Cmd.regQueryKey(key) + " >nul 2>&1", "(set " + variable + "=" + ABSENT + ") else set " + variable + "="
                + PRESENT);
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
        String a = form.forVariable('a');
        String b = form.forVariable('b');
        String c = form.forVariable('c');
        String n = form.forVariable('n');
        TargetKey key = plan.keys().get(k - 1);
        List<String> lines = new ArrayList<>();
        List<String> tags = values.stream().map(i -> valueTag(i + 1)).toList();
        List<String> names = values.stream().map(i -> plan.writes().get(i).name()).toList();
        String wanted = "R_W" + k + "#";
        String data = "R_D" + k + "#";
        String query = "reg query \"%R_P" + k + "%\" 2^>nul";
        lines.add("set R_P" + k + "=" + key.key().path());
        lines.add("for " + n + " in (" + String.join(" ", names) + ") do (set " + wanted + n + "=1& set " + data + n + "="
                + CaptureMarkers.LINE + "& " + Cmd.regQueryKey(key.key()) + " /v " + n + " >nul 2>&1& if errorlevel 1 set " + data + n
                + "=" + ABSENT + ")");
        lines.add("for /f \"tokens=1-3\" " + a + " in ('" + query + "') do @if \"" + b + "\"==\"REG_DWORD\" set \"" + data + a + "=" + c
                + "\"");
        lines.add("for /f \"tokens=1,2\" " + a + " in ('" + query + "') do @if \"" + b + "\"==\"REG_DWORD\" set \"" + wanted + a
                + "=\"");
        lines.add("for /f \"tokens=1*\" " + a + " in ('" + query + "') do @if defined " + wanted + a + " >>%R_O% echo "
                + hidden(CaptureMarkers.keyLineTag(k)) + " " + a + " [" + b + "]");
        List<String> variables = names.stream().map(name -> "%" + data + name + "%").toList();
        lines.addAll(packed(tags, variables, WIDEST_DWORD));
        return new Section(lines);
    }

    /**
     * The listener values a policy value overrides, named on a line of the file for the one who
     * reads the screen: it holds no marker, and the app reads only markers.
     */
    private Optional<Section> policyOverrides() {
        List<String> lines = PolicyOverrides.markedAndNamed(request.target(), plan, form, language, "R_Q", ">>%R_O% echo ");
        return lines.isEmpty() ? Optional.empty() : Optional.of(new Section(lines));
    }

    /** Marker lines of tag and value pairs, as many to a line as fit {@link #COLUMNS}. */
    private static List<String> packed(List<String> tags, List<String> variables, int widestValue) {
        List<String> lines = new ArrayList<>();
        int perLine = perLine(tags.stream().mapToInt(String::length).max().orElse(0), widestValue);
        for (int first = 0; first < tags.size(); first += perLine) {
            List<String> pairs = new ArrayList<>();
            for (int i = first; i < Math.min(first + perLine, tags.size()); i++) {
                pairs.add(hidden(tags.get(i)) + " " + variables.get(i));
            }
            lines.add(">>%R_O% echo " + String.join(" ", pairs));
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
        return new Section(Verdict.blockEnd(language, block, count, false));
    }

    /**
     * The end line, unless the active control set could not be read (then every value would look
     * absent); the hives unloaded; the outcome; and the file on a clean screen.
     */
    private Section finish() {
        List<String> lines = new ArrayList<>();
        boolean active = request.target() instanceof Target.Offline offline && offline.controlSets() instanceof ControlSets.Active;
        lines.add((active ? "if defined " + Target.Offline.ACTIVE_SET_VARIABLE + " " : "") + ">>%R_O% echo " + hidden(END) + " " + counts);
        if (request.target() instanceof Target.Offline offline) {
            lines.addAll(OfflineHives.unload(offline, plan, language));
        }
        lines.add("if defined R_X >>%R_O% echo " + Cmd.echoed(ScriptTexts.STOPPED.with("%R_X%").in(language)));
        lines.add("if not defined R_X >>%R_O% echo " + Cmd.echoed(ScriptTexts.CAPTURE_DONE.with(plan.selectionId()).in(language)));
        if (form == ScriptForm.BATCH) {
            lines.add("type %R_O%");
            lines.add("if defined R_X exit /b 1");
            lines.add("exit /b 0");
        } else {
            lines.add("cls& type %R_O%");
            lines.add("echo on");
        }
        return new Section(lines);
    }
}
