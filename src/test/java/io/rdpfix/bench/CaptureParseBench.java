package io.rdpfix.bench;

import io.rdpfix.capture.CaptureParser;
import io.rdpfix.script.CaptureMarkers;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.Requests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long the capture parser takes on the worst 128 KiB bodies we know, against the least any line
 * reader does with the same body (split it into lines and strip them), alternating, medians of
 * several rounds. Run by bench/capture-parse.sh; writes bench/CAPTURE-PARSE.md.
 */
public final class CaptureParseBench {
    private static final int ROUNDS = 9;

    public static void main(String[] args) throws Exception {
        // The largest selection: every write of four control sets (issue 19: #P lines cost writes x keys each).
        WritePlan plan = WritePlan.of(Requests.valid("channel=manual&controlsets=001,002,003,004"));
        int size = CaptureParser.MAX_BYTES - 200;
        String begin = CaptureMarkers.BEGIN + " " + plan.selectionId() + " " + plan.writes().size() + " " + plan.creatableKeys().size();
        Write last = plan.writes().get(plan.writes().size() - 1);
        String lastKeyLine = "#P" + (plan.keys().indexOf(last.key()) + 1) + " " + last.name() + " [REG_DWORD    0x1]\n";
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("#P lines naming the last value of four control sets", lastKeyLine.repeat(size / lastKeyLine.length()));
        shapes.put("one run of spaces inside a line", "a" + " ".repeat(size) + "b");
        shapes.put("one run of tabs inside a line", "a" + "\t".repeat(size) + "b");
        shapes.put("a line of 18,700 marker pairs", "#V01 x ".repeat(size / 7));
        shapes.put("a whole-value line of 128 KiB", "#P1 MaxIdleTime [" + "    a".repeat(size / 5) + "]");
        shapes.put("an unclosed whole-value line", "#V01 [" + "    ".repeat(size / 4));
        shapes.put("a prompt-like line", "C:\\" + "a".repeat(size));
        shapes.put("65,000 short lines", "x\n".repeat(size / 2));
        StringBuilder table = new StringBuilder("""
                # Capture parsing: the worst 128 KiB bodies

                Written by `bench/capture-parse.sh`. Each body is a begin line, the shape, an end line, for the largest
                selection (offline, four control sets); medians of %d alternating rounds. The baseline is the least any line reader does with the same body: split it into
                lines and strip each. Before their fixes, the spaces took 42.7 s at 130,000 (issue 11), the #P lines 0.5-1.5 s (issue 19).

                | shape | parse (ms) | baseline (ms) |
                |---|---|---|
                """.formatted(ROUNDS));
        for (var shape : shapes.entrySet()) {
            String text = begin + "\n" + shape.getValue() + "\n" + begin.replace("begin", "end");
            List<Long> parse = new ArrayList<>();
            List<Long> baseline = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                CaptureParser.parse(text, plan);
                parse.add(System.nanoTime() - start);
                start = System.nanoTime();
                long kept = Arrays.stream(text.split("\r\n|\r|\n", -1)).map(String::strip).filter(l -> !l.isEmpty()).count();
                baseline.add(System.nanoTime() - start + (kept < 0 ? 1 : 0));
            }
            table.append("| ").append(shape.getKey()).append(" | ").append(median(parse)).append(" | ").append(median(baseline))
                    .append(" |\n");
        }
        table.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(".\n");
        Files.writeString(Path.of("bench/CAPTURE-PARSE.md"), table);
        System.out.print(table);
    }

    private static String median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format("%.2f", sorted.get(sorted.size() / 2) / 1e6);
    }
}
