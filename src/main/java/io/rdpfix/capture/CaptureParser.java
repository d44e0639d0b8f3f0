package io.rdpfix.capture;

import io.rdpfix.registry.PrintableAscii;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegType;
import io.rdpfix.registry.RegValue;
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
    public static final int MAX_CHARS = 128 * 1024;

    private static final Pattern BEGIN = Pattern.compile("#rdpfix begin ([0-9a-f]{8}) ([0-9]{1,3}) ([0-9]{1,3})");
    private static final Pattern END = Pattern.compile("#rdpfix end ([0-9a-f]{8}) ([0-9]{1,3}) ([0-9]{1,3})");
    private static final Pattern KEY = Pattern.compile("#K([0-9]{2}) (present|absent)");
    private static final Pattern HIVE = Pattern.compile("#H([0-9]{2}) (present|absent)");
    private static final Pattern VALUE_ABSENT = Pattern.compile("#V([0-9]{2}) absent");
    private static final Pattern VALUE_PRESENT = Pattern.compile("#V([0-9]{2}) \\[(.*)\\]");
    /** A value line of reg query: four spaces, name, four spaces, type, and four spaces and data. */
    private static final Pattern REG_QUERY_LINE = Pattern.compile(" {4}(\\S(?:.*?\\S)?) {4}(REG_[A-Z_]+)(?: {4}(.*)| *)");
    /** A cmd prompt such as {@code C:\Windows\system32>}: output can follow it on the same line. */
    private static final Pattern PROMPT = Pattern.compile("^[A-Za-z]:\\\\[^<>|\"]*>");
    private static final Pattern DWORD = Pattern.compile("0x[0-9a-fA-F]{1,8}");
    private static final Pattern QWORD = Pattern.compile("0x[0-9a-fA-F]{1,16}");

    private final WritePlan plan;
    private final List<RegKey> keys;

    private CaptureParser(WritePlan plan) {
        this.plan = plan;
        this.keys = plan.creatableKeys();
    }

    public static CaptureResult parse(String text, WritePlan plan) {
        if (text.length() > MAX_CHARS) {
            return new CaptureResult.Refused(CaptureTexts.TOO_LARGE.with(text.length(), MAX_CHARS), true);
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

    private CaptureResult parseBlocks(String[] lines) {
        List<Capture> captures = new ArrayList<>();
        List<String> block = null;
        Matcher header = null;
        for (String pasted : lines) {
            String raw = PROMPT.matcher(pasted.stripLeading()).replaceFirst("");
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
                    throw new Refusal(CaptureTexts.BEGIN_END_MISMATCH.with(opened, closed));
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
            throw new Refusal(CaptureTexts.OTHER_SELECTION.with(id, plan.selectionId()));
        }
        Map<Integer, String> keyLines = new HashMap<>();
        Map<Integer, String> valueLines = new HashMap<>();
        Map<Integer, String> hiveLines = new HashMap<>();
        List<String> hives = List.copyOf(plan.hiveProbes().keySet());
        for (String raw : lines) {
            String line = raw.strip();
            Matcher hive = HIVE.matcher(line);
            if (hive.matches()) {
                remember(hiveLines, hive.group(1), hives.size(), line);
                continue;
            }
            Matcher key = KEY.matcher(line);
            Matcher absent = VALUE_ABSENT.matcher(line);
            // Trailing spaces belong to the data inside [...]: cut only after the closing bracket.
            String unpadded = raw.stripLeading().replaceAll("[ \\t]+$", "");
            Matcher present = VALUE_PRESENT.matcher(unpadded);
            if (key.matches()) {
                remember(keyLines, key.group(1), keys.size(), line);
            } else if (absent.matches()) {
                remember(valueLines, absent.group(1), plan.writes().size(), line);
            } else if (present.matches()) {
                remember(valueLines, present.group(1), plan.writes().size(), unpadded);
            }
        }
        // A capture taken without a hive loaded saw every key of it as absent: an undo built from it
        // would delete what is really there.
        for (int i = 1; i <= hives.size(); i++) {
            String line = hiveLines.get(i);
            if (line == null || !line.endsWith(" " + CaptureMarkers.PRESENT)) {
                throw new Refusal(CaptureTexts.HIVE_NOT_LOADED.with(hives.get(i - 1)));
            }
        }
        List<Boolean> keysPresent = new ArrayList<>();
        for (int i = 1; i <= keys.size(); i++) {
            String line = keyLines.get(i);
            if (line == null) {
                throw new Refusal(CaptureTexts.MISSING.with(CaptureMarkers.keyTag(i) + " (" + keys.get(i - 1).path() + ")"));
            }
            keysPresent.add(line.endsWith(" " + CaptureMarkers.PRESENT));
        }
        List<ValueState> values = new ArrayList<>();
        for (int i = 1; i <= plan.writes().size(); i++) {
            Write write = plan.writes().get(i - 1);
            String line = valueLines.get(i);
            if (line == null) {
                throw new Refusal(CaptureTexts.MISSING.with(CaptureMarkers.valueTag(i) + " (" + describe(write) + ")"));
            }
            ValueState state = VALUE_ABSENT.matcher(line).matches()
                    ? new ValueState.Absent()
                    : new ValueState.Present(valueOf(i, write, line));
            // A key that writing may create must be present if a value in it is; the listener key always is.
            int key = keys.indexOf(write.key().key());
            if (state instanceof ValueState.Present && key >= 0 && !keysPresent.get(key)) {
                throw new Refusal(CaptureTexts.VALUE_WITHOUT_KEY.with(describe(write)));
            }
            values.add(state);
        }
        return new Capture(id, keysPresent, values);
    }

    private static void remember(Map<Integer, String> lines, String digits, int count, String line) {
        int index = Integer.parseInt(digits);
        if (index < 1 || index > count) {
            throw new Refusal(CaptureTexts.OUT_OF_RANGE.with(line));
        }
        String earlier = lines.putIfAbsent(index, line);
        if (earlier != null && !earlier.equals(line)) {
            throw new Refusal(CaptureTexts.CONFLICT.with(line.substring(0, 4)));
        }
    }

    private RegValue valueOf(int index, Write write, String line) {
        Matcher present = VALUE_PRESENT.matcher(line);
        present.matches();
        Matcher query = REG_QUERY_LINE.matcher(present.group(2));
        if (!query.matches()) {
            throw new Refusal(CaptureTexts.BAD_VALUE_LINE.with(CaptureMarkers.valueTag(index)));
        }
        if (!query.group(1).equalsIgnoreCase(write.name())) {
            throw new Refusal(CaptureTexts.WRONG_NAME.with(CaptureMarkers.valueTag(index), query.group(1), write.name()));
        }
        String typeName = query.group(2);
        String data = Optional.ofNullable(query.group(3)).orElse("");
        RegType type = RegType.fromName(typeName)
                .orElseThrow(() -> new Refusal(CaptureTexts.UNSUPPORTED_TYPE.with(describe(write), typeName)));
        if (!PrintableAscii.is(data)) {
            throw new Refusal(CaptureTexts.NOT_ASCII.with(describe(write)));
        }
        return switch (type) {
            case REG_DWORD -> new RegValue.Dword(hex(DWORD, data, write, typeName));
            case REG_QWORD -> new RegValue.Qword(hex(QWORD, data, write, typeName));
            case REG_SZ -> new RegValue.Sz(data);
            case REG_EXPAND_SZ -> new RegValue.ExpandSz(data);
        };
    }

    private static long hex(Pattern shape, String data, Write write, String typeName) {
        if (!shape.matcher(data).matches()) {
            throw new Refusal(CaptureTexts.BAD_DATA.with(describe(write), typeName, data));
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
