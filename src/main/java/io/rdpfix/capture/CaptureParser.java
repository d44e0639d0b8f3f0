package io.rdpfix.capture;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.Condition;
import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.location.TargetKey;
import io.rdpfix.registry.PrintableAscii;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegType;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.CaptureMarkers;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a capture printed, as pasted from a console: prompts, echoed commands (even wrapped),
 * blank lines, CRLF or LF, trailing spaces. Only whole marker lines count; everything else is
 * ignored. The result is a complete {@link Capture} of the expected selection or a refusal that
 * says what is missing or wrong; it never guesses.
 */
public final class CaptureParser {
    /** What a capture may weigh, in UTF-8 bytes as the form field arrives: a full capture is a few KiB. */
    public static final int MAX_BYTES = 128 * 1024;
    /** cmd.exe reads at most 8,191 characters of a line: a longer undo line would be cut. */
    static final int MAX_LINE = 8191;
    /** The condition before an undo's reg add and the redirections after it, expanded. */
    private static final int EXPANDED_AROUND = CmdWriter.of(ScriptForm.BATCH)
            .line(new Statement.If(Condition.equal("0xffffffff", "0xffffffff"), Statement.quietly(new Statement.Command("")))).length();

    private static final Pattern BEGIN = Pattern.compile("#rdpfix begin ([0-9a-f]{8}) ([0-9]{1,3}) ([0-9]{1,3})");
    private static final Pattern END = Pattern.compile("#rdpfix end ([0-9a-f]{8}) ([0-9]{1,3}) ([0-9]{1,3})");
    /** A line of markers, two words each: {@code #K01 present #V01 0x2 #V02 absent #V03 line}. */
    private static final Pattern MARK = Pattern.compile("#([HKLV])([0-9]{2,3})");
    private static final Pattern VALUE_PRESENT = Pattern.compile("#V([0-9]{2,3}) \\[(.*)\\]");
    /** The rest of a value's reg query line, printed whole: {@code #P1 MaxIdleTime [REG_SZ    data]}. */
    private static final Pattern KEY_LINE = Pattern.compile("#P([0-9]{1,2}) (\\S+) \\[(.*)\\]");
    /** A value line of reg query: four spaces, name, four spaces, type, and four spaces and data. */
    private static final Pattern REG_QUERY_LINE = Pattern.compile(" {4}(\\S(?:.*?\\S)?) {4}(REG_[A-Z_]+)(?: {4}(.*)| *)");
    /** A cmd prompt such as {@code C:\Windows\system32>}: output can follow it on the same line. */
    private static final Pattern PROMPT = Pattern.compile("^[A-Za-z]:\\\\[^<>|\"]*>");
    private static final Pattern DWORD = Pattern.compile("0x[0-9a-fA-F]{1,8}");
    private static final Pattern QWORD = Pattern.compile("0x[0-9a-fA-F]{1,16}");

    private final WritePlan plan;
    private final List<RegKey> keys;
    private final List<String> hives;
    private final List<RegKey> listeners;
    /** Whether the capture came through az vm repair's log, whose lines may have had a bracket made a parenthesis. */
    private boolean throughLog;
    /** Each write's number (1-based), by its key's number and its name in lower case: what a #P line names. */
    private final Map<String, Integer> byKeyAndName = new HashMap<>();

    /** Everything taken from the plan is taken once: a capture has thousands of lines. */
    private CaptureParser(WritePlan plan) {
        this.plan = plan;
        this.keys = plan.creatableKeys();
        this.hives = List.copyOf(plan.hiveProbes().keySet());
        this.listeners = plan.listenerKeys();
        List<TargetKey> written = plan.keys();
        for (int i = plan.writes().size() - 1; i >= 0; i--) {
            Write write = plan.writes().get(i);
            byKeyAndName.put(keyAndName(written.indexOf(write.key()) + 1, write.name()), i + 1);
        }
    }

    private static String keyAndName(int key, String name) {
        return key + " " + name.toLowerCase(java.util.Locale.ROOT);
    }

    public static CaptureResult parse(String text, WritePlan plan) {
        if (tooLarge(text)) {
            return new CaptureResult.Refused(CaptureTexts.TOO_LARGE.with(utf8Length(text), MAX_BYTES), true);
        }
        if (text.isBlank()) {
            return CaptureResult.Refused.because(CaptureTexts.EMPTY);
        }
        try {
            return new CaptureParser(plan).parseBlocks(text.split("\r\n|\r|\n", -1));
        } catch (Refusal refusal) {
            return CaptureResult.Refused.because(refusal.reason);
        }
    }

    public static boolean tooLarge(String text) {
        return text.length() > MAX_BYTES || utf8Length(text) > MAX_BYTES;
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private CaptureResult parseBlocks(String[] lines) {
        List<Capture> captures = new ArrayList<>();
        List<String> block = null;
        Matcher header = null;
        for (String pasted : lines) {
            Matcher logged = LogEntry.START.matcher(pasted.stripLeading());
            throughLog |= logged.find();
            String raw = PROMPT.matcher(logged.replaceFirst("")).replaceFirst("");
            String line = raw.strip();
            Matcher begin = BEGIN.matcher(line);
            Matcher end = END.matcher(line);
            if (begin.matches()) {
                if (block != null) {
                    throw new Refusal(CaptureTexts.NO_END);
                }
                block = new ArrayList<>();
                header = begin;
            } else if (end.matches()) {
                if (block == null) {
                    throw new Refusal(CaptureTexts.END_WITHOUT_BEGIN);
                }
                String opened = counts(header);
                String closed = counts(end);
                if (!closed.equals(opened)) {
                    throw new Refusal(CaptureTexts.BEGIN_END_MISMATCH.with(Excerpt.of(opened), Excerpt.of(closed)));
                }
                captures.add(parseBlock(header, block));
                block = null;
            } else if (block != null) {
                block.add(raw);
            }
        }
        if (block != null) {
            throw new Refusal(CaptureTexts.NO_END);
        }
        if (captures.isEmpty()) {
            throw new Refusal(CaptureTexts.NO_BEGIN);
        }
        if (captures.stream().distinct().count() > 1) {
            throw new Refusal(CaptureTexts.TWO_CAPTURES);
        }
        return new CaptureResult.Parsed(captures.get(0));
    }

    /** The id and counts a begin or end line carries. */
    private static String counts(Matcher marker) {
        return marker.group(1) + " " + marker.group(2) + " " + marker.group(3);
    }

    private Capture parseBlock(Matcher header, List<String> lines) {
        String id = header.group(1);
        boolean sameCounts = Integer.parseInt(header.group(2)) == plan.writes().size()
                && Integer.parseInt(header.group(3)) == keys.size();
        if (!id.equals(plan.selectionId()) || !sameCounts) {
            throw new Refusal(CaptureTexts.OTHER_SELECTION.with(Excerpt.of(id), plan.selectionId()));
        }
        Map<String, String> marks = new HashMap<>();
        Map<Integer, String> wholeLines = new HashMap<>();
        for (String raw : lines) {
            // Trailing spaces belong to the data inside [...]: cut only after the closing bracket.
            String line = raw.strip();
            Matcher whole = VALUE_PRESENT.matcher(line);
            Matcher keyLine = KEY_LINE.matcher(line);
            if (whole.matches()) {
                remember(wholeLines, index(whole.group(1), plan.writes().size(), line), whole.group(2), line);
            } else if (keyLine.matches()) {
                int value = valueIn(keyLine, line);
                remember(wholeLines, value, "    " + keyLine.group(2) + "    " + keyLine.group(3), line);
            } else {
                readMarks(line, marks);
            }
        }
        // A capture taken without a hive loaded saw every key of it as absent: an undo built from it
        // would delete what is really there.
        for (int i = 1; i <= hives.size(); i++) {
            if (!CaptureMarkers.PRESENT.equals(marks.get(CaptureMarkers.hiveTag(i)))) {
                throw new Refusal(CaptureTexts.HIVE_NOT_LOADED.with(hives.get(i - 1)));
            }
        }
        List<Boolean> keysPresent = presence(marks, keys, CaptureMarkers::keyTag);
        List<Boolean> listenersPresent = presence(marks, listeners, CaptureMarkers::listenerTag);
        List<ValueState> values = new ArrayList<>();
        for (int i = 1; i <= plan.writes().size(); i++) {
            Write write = plan.writes().get(i - 1);
            String tag = CaptureMarkers.valueTag(i);
            ValueState state = state(i, write, marks.get(tag), wholeLines.get(i));
            // A key that writing may create must be present if a value in it is; the listener key always is.
            int key = keys.indexOf(write.key().key());
            if (state instanceof ValueState.Present && key >= 0 && !keysPresent.get(key)) {
                throw new Refusal(CaptureTexts.VALUE_WITHOUT_KEY.with(describe(write)));
            }
            values.add(state);
        }
        return new Capture(id, keysPresent, listenersPresent, values);
    }

    /** For each key, in order, whether its marker says present; a marker missing refuses the capture. */
    private static List<Boolean> presence(Map<String, String> marks, List<RegKey> keys, java.util.function.IntFunction<String> tag) {
        List<Boolean> present = new ArrayList<>();
        for (int i = 1; i <= keys.size(); i++) {
            String state = marks.get(tag.apply(i));
            if (state == null) {
                throw new Refusal(CaptureTexts.MISSING.with(tag.apply(i) + " (" + keys.get(i - 1).path() + ")"));
            }
            present.add(state.equals(CaptureMarkers.PRESENT));
        }
        return present;
    }

    /**
     * A value is absent, a REG_DWORD given on a marker line, or given whole on a line of its own
     * (then its marker, if any, says {@code line}). Anything else is incomplete or contradicts itself.
     */
    private ValueState state(int index, Write write, String mark, String whole) {
        String tag = CaptureMarkers.valueTag(index);
        if (whole != null) {
            if (mark != null && !mark.equals(CaptureMarkers.LINE)) {
                throw new Refusal(CaptureTexts.CONFLICT.with(Excerpt.of(tag)));
            }
            return new ValueState.Present(valueOf(index, write, whole));
        }
        if (CaptureMarkers.ABSENT.equals(mark)) {
            return new ValueState.Absent();
        }
        if (mark != null && DWORD.matcher(mark).matches()) {
            return new ValueState.Present(new RegValue.Dword(Long.parseUnsignedLong(mark.substring(2), 16)));
        }
        throw new Refusal(CaptureTexts.MISSING.with(tag + " (" + describe(write) + ")"));
    }

    /**
     * Reads a line made only of tag and word pairs. A word that is no state (a variable cmd left
     * unexpanded, or nothing) says nothing about its tag; a line of any other shape is not ours.
     */
    private void readMarks(String line, Map<String, String> marks) {
        String[] words = line.split(" ", -1);
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < words.length; i += 2) {
            Matcher tag = MARK.matcher(words[i]);
            if (!tag.matches()) {
                return;
            }
            String word = i + 1 < words.length ? words[i + 1] : "";
            int count = switch (tag.group(1)) {
                case "H" -> hives.size();
                case "K" -> keys.size();
                case "L" -> listeners.size();
                default -> plan.writes().size();
            };
            index(tag.group(2), count, line);
            boolean known = tag.group(1).equals("V")
                    ? word.equals(CaptureMarkers.ABSENT) || word.equals(CaptureMarkers.LINE) || DWORD.matcher(word).matches()
                    : word.equals(CaptureMarkers.ABSENT) || word.equals(CaptureMarkers.PRESENT);
            if (known) {
                found.put(tag.group(0), word);
            }
        }
        found.forEach((tag, word) -> {
            String earlier = marks.putIfAbsent(tag, word);
            if (earlier != null && !earlier.equals(word)) {
                throw new Refusal(CaptureTexts.CONFLICT.with(Excerpt.of(tag)));
            }
        });
    }

    /** The value a whole line is for: the key's number and the value's name. */
    private int valueIn(Matcher keyLine, String line) {
        Integer value = byKeyAndName.get(keyAndName(Integer.parseInt(keyLine.group(1)), keyLine.group(2)));
        if (value == null) {
            throw new Refusal(CaptureTexts.OUT_OF_RANGE.with(Excerpt.of(line)));
        }
        return value;
    }

    private static int index(String digits, int count, String line) {
        int index = Integer.parseInt(digits);
        if (index < 1 || index > count) {
            throw new Refusal(CaptureTexts.OUT_OF_RANGE.with(Excerpt.of(line)));
        }
        return index;
    }

    private static void remember(Map<Integer, String> lines, int index, String content, String line) {
        String earlier = lines.putIfAbsent(index, content);
        if (earlier != null && !earlier.equals(content)) {
            throw new Refusal(CaptureTexts.CONFLICT.with(Excerpt.of(line.substring(0, line.indexOf(' ')))));
        }
    }

    private RegValue valueOf(int index, Write write, String line) {
        Matcher query = REG_QUERY_LINE.matcher(line);
        if (!query.matches()) {
            throw new Refusal(CaptureTexts.BAD_VALUE_LINE.with(CaptureMarkers.valueTag(index)));
        }
        if (!query.group(1).equalsIgnoreCase(write.name())) {
            throw new Refusal(CaptureTexts.WRONG_NAME.with(CaptureMarkers.valueTag(index), Excerpt.of(query.group(1)), write.name()));
        }
        String typeName = query.group(2);
        String data = Optional.ofNullable(query.group(3)).orElse("");
        if (throughLog && LogEntry.NEUTRALISED.matcher(data).find()) {
            throw new Refusal(CaptureTexts.ALTERED_BY_LOG.with(describe(write)));
        }
        RegType type = RegType.fromName(typeName)
                .orElseThrow(() -> new Refusal(CaptureTexts.UNSUPPORTED_TYPE.with(describe(write), Excerpt.of(typeName))));
        if (!PrintableAscii.is(data)) {
            throw new Refusal(CaptureTexts.NOT_ASCII.with(describe(write)));
        }
        RegValue value = switch (type) {
            case REG_DWORD -> new RegValue.Dword(hex(DWORD, data, write, typeName));
            case REG_QWORD -> new RegValue.Qword(hex(QWORD, data, write, typeName));
            case REG_SZ -> new RegValue.Sz(data);
            case REG_EXPAND_SZ -> new RegValue.ExpandSz(data);
        };
        // The undo's lines for it as cmd reads them once their variables are expanded, in the batch
        // form (the longer; the paste form carries no string that would be longer): the reg add with
        // the key's path in place of %R_Wn%, the three-way condition with the widest DWORD
        // (if "0xffffffff"=="0xffffffff" ) before it and its redirections after; for a string, the
        // read-back's line it is compared with.
        CmdWriter batch = CmdWriter.of(ScriptForm.BATCH);
        String key = Statement.quoted(write.key().key());
        int longest;
        if (!CmdWriter.needsVariable(value)) {
            longest = batch.line(new Statement.RegAdd(key, write.name(), value, DwordFormat.HEX)).length() + EXPANDED_AROUND;
        } else {
            String set = batch.line(new Statement.SetExactly("R_S", CmdWriter.crtEscaped(data)));
            String add = batch.line(new Statement.If(Condition.equal("0xffffffff", "0xffffffff"),
                    Statement.quietly(new Statement.DelayedRegAdd(key, write.name(), type, "R_S"))));
            // The child cmd reads its line with the variable in it: the data, C-runtime escaped, at most twice as long.
            longest = Math.max(set.length(), add.length() + 2 * data.length());
        }
        if (value.text().isPresent()) {
            longest = Math.max(longest, batch.line(new Statement.SetExactly("R_V", "    " + write.name() + "    " + typeName + "    " + data + "."))
                    .length());
        }
        if (longest > MAX_LINE) {
            throw new Refusal(CaptureTexts.LINE_TOO_LONG.with(describe(write), data.length()));
        }
        return value;
    }

    private static long hex(Pattern shape, String data, Write write, String typeName) {
        if (!shape.matcher(data).matches()) {
            throw new Refusal(CaptureTexts.BAD_DATA.with(describe(write), Excerpt.of(typeName), Excerpt.of(data)));
        }
        return Long.parseUnsignedLong(data.substring(2), 16);
    }

    private static String describe(Write write) {
        return write.name() + " in " + write.key().key().path();
    }

    /** Unwinds the parse with the one reason the capture is refused. */
    private static final class Refusal extends RuntimeException {
        private final transient Text reason;

        Refusal(Text reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }
}
