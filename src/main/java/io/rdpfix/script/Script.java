package io.rdpfix.script;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.registry.PrintableAscii;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines for cmd.exe in one form. The constructor is the last guard of the output grammar: printable
 * ASCII only, no trailing white space, so no rendering path can emit anything else. A script made of
 * self-contained paste blocks says where each block starts.
 */
public record Script(ScriptForm form, List<String> lines, List<Integer> blockStarts) {
    public Script {
        lines = List.copyOf(lines);
        blockStarts = List.copyOf(blockStarts);
        for (String line : lines) {
            PrintableAscii.require(line);
            if (line.endsWith(" ")) {
                throw new IllegalArgumentException("trailing space in: " + line);
            }
        }
        if (blockStarts.isEmpty() || blockStarts.get(0) != 0) {
            throw new IllegalArgumentException("the first block starts at line 0");
        }
    }

    public Script(ScriptForm form, List<String> lines) {
        this(form, lines, List.of(0));
    }

    /** A script of whole sections, each group of sections one block. */
    public static Script ofBlocks(ScriptForm form, List<List<Section>> blocks) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (List<Section> block : blocks) {
            starts.add(lines.size());
            block.forEach(section -> lines.addAll(section.lines()));
        }
        return new Script(form, lines, starts);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append(form.lineEnding()));
        return text.toString();
    }
}
