package io.rdpfix.support;

import io.rdpfix.script.CaptureMarkers;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a capture prints on a console for a given registry state, in the exact shapes reg.exe and
 * the capture script produce, optionally with the prompt and echoed commands a console shows.
 */
public final class FakeConsole {
    private FakeConsole() {
    }

    /**
     * What the capture script prints today: markers five to a line, a value of any type but
     * REG_DWORD whole on a line of its own.
     *
     * @param keys   existence of each creatable key and each listener key, by path
     * @param values the value of each write, by key path + "|" + name; missing = absent
     */
    public static List<String> captureOutput(WritePlan plan, Map<String, Boolean> keys, Map<String, RegValue> values) {
        List<RegKey> creatable = plan.creatableKeys();
        String counts = plan.selectionId() + " " + plan.writes().size() + " " + creatable.size();
        List<String> out = new ArrayList<>();
        out.add(CaptureMarkers.BEGIN + " " + counts);
        List<String> marks = new ArrayList<>();
        for (int i = 1; i <= plan.hiveProbes().size(); i++) {
            marks.add(CaptureMarkers.hiveTag(i) + " " + CaptureMarkers.PRESENT);
        }
        for (int i = 0; i < creatable.size(); i++) {
            boolean present = keys.getOrDefault(creatable.get(i).path(), true);
            marks.add(CaptureMarkers.keyTag(i + 1) + " " + (present ? CaptureMarkers.PRESENT : CaptureMarkers.ABSENT));
        }
        marks.addAll(listenerMarks(plan, keys));
        out.addAll(fiveToALine(marks));
        for (int k = 1; k <= plan.keys().size(); k++) {
            marks = new ArrayList<>();
            for (int i = 0; i < plan.writes().size(); i++) {
                Write write = plan.writes().get(i);
                if (!write.key().equals(plan.keys().get(k - 1))) {
                    continue;
                }
                RegValue value = values.get(write.key().key().path() + "|" + write.name());
                String tag = CaptureMarkers.valueTag(i + 1);
                if (value == null) {
                    marks.add(tag + " " + CaptureMarkers.ABSENT);
                } else if (value instanceof RegValue.Dword dword) {
                    marks.add(tag + " 0x" + Long.toHexString(dword.value()));
                } else {
                    marks.add(tag + " " + CaptureMarkers.LINE);
                    out.add(CaptureMarkers.keyLineTag(k) + " " + write.name() + " [" + regQueryLine(write.name(), value)
                            .substring(8 + write.name().length()) + "]");
                }
            }
            out.addAll(fiveToALine(marks));
        }
        out.add(CaptureMarkers.END + " " + counts);
        return out;
    }

    private static List<String> listenerMarks(WritePlan plan, Map<String, Boolean> keys) {
        List<String> marks = new ArrayList<>();
        List<RegKey> listeners = plan.listenerKeys();
        for (int i = 0; i < listeners.size(); i++) {
            boolean present = keys.getOrDefault(listeners.get(i).path(), true);
            marks.add(CaptureMarkers.listenerTag(i + 1) + " " + (present ? CaptureMarkers.PRESENT : CaptureMarkers.ABSENT));
        }
        return marks;
    }

    private static List<String> fiveToALine(List<String> marks) {
        List<String> lines = new ArrayList<>();
        for (int first = 0; first < marks.size(); first += 5) {
            lines.add(String.join(" ", marks.subList(first, Math.min(first + 5, marks.size()))));
        }
        return lines;
    }

    /** What the capture script printed before it packed its markers: one line per marker, every value whole. Still read. */
    public static List<String> wholeLineCaptureOutput(WritePlan plan, Map<String, Boolean> keys, Map<String, RegValue> values) {
        List<RegKey> creatable = plan.creatableKeys();
        String counts = plan.selectionId() + " " + plan.writes().size() + " " + creatable.size();
        List<String> out = new ArrayList<>();
        out.add(CaptureMarkers.BEGIN + " " + counts);
        for (int i = 1; i <= plan.hiveProbes().size(); i++) {
            out.add(CaptureMarkers.hiveTag(i) + " " + CaptureMarkers.PRESENT);
        }
        for (int i = 0; i < creatable.size(); i++) {
            boolean present = keys.getOrDefault(creatable.get(i).path(), true);
            out.add(CaptureMarkers.keyTag(i + 1) + " " + (present ? CaptureMarkers.PRESENT : CaptureMarkers.ABSENT));
        }
        out.addAll(listenerMarks(plan, keys));
        for (int i = 0; i < plan.writes().size(); i++) {
            Write write = plan.writes().get(i);
            Optional<RegValue> value = Optional.ofNullable(values.get(write.key().key().path() + "|" + write.name()));
            String tag = CaptureMarkers.valueTag(i + 1);
            out.add(value.map(v -> tag + " [" + regQueryLine(write.name(), v) + "]").orElse(tag + " " + CaptureMarkers.ABSENT));
        }
        out.add(CaptureMarkers.END + " " + counts);
        return out;
    }

    /** reg query's value line: four spaces, name, four spaces, type, four spaces, data. */
    public static String regQueryLine(String name, RegValue value) {
        String data;
        if (value instanceof RegValue.Dword dword) {
            data = "0x" + Long.toHexString(dword.value());
        } else if (value instanceof RegValue.Qword qword) {
            data = "0x" + Long.toHexString(qword.bits());
        } else if (value instanceof RegValue.Sz sz) {
            data = sz.data();
        } else {
            data = ((RegValue.ExpandSz) value).data();
        }
        return "    " + name + "    " + value.type().name() + "    " + data;
    }

    /** The same lines as a Serial Console shows them: prompts, echoed commands, CRLF. */
    public static String asConsole(List<String> lines, String prompt) {
        StringBuilder text = new StringBuilder("Microsoft Windows [Version 10.0.20348.2340]\r\n\r\n");
        for (String line : lines) {
            text.append(prompt).append(">>%R_O% echo #V0^1 %R_D1#KeepAliveTimeout% #V0^2 %R_D1#MaxIdleTime%\r\n");
            text.append(line).append("\r\n\r\n");
        }
        return text.append(prompt).toString();
    }
}
