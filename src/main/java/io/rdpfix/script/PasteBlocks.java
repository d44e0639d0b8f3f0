package io.rdpfix.script;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.ScriptForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a pasted script into blocks the Azure Serial Console accepts in one paste: at most
 * {@link #LIMIT} characters, each ending at a line end. Line ends are counted as CRLF, the longer
 * of the two, so a clipboard that converts line ends cannot push a block over the limit. A script
 * that declares its own blocks is split there, and within a declared block only if it is too long.
 */
public final class PasteBlocks {
    public static final int LIMIT = CmdWriter.PASTE_LIMIT;

    private PasteBlocks() {
    }

    /** @throws IllegalArgumentException for a line no paste can carry (see {@link #overlongLine}) */
    public static List<String> of(Script script) {
        overlongLine(script).ifPresent(length -> {
            throw new IllegalArgumentException("a line longer than a paste block: " + length);
        });
        List<Integer> starts = new ArrayList<>(script.blockStarts());
        starts.add(script.lines().size());
        List<String> blocks = new ArrayList<>();
        for (int b = 0; b + 1 < starts.size(); b++) {
            blocks.addAll(bySize(script.lines().subList(starts.get(b), starts.get(b + 1)), script.form()));
        }
        return List.copyOf(blocks);
    }

    /** The length of the script's first line that no paste can carry, if it has one. */
    public static Optional<Integer> overlongLine(Script script) {
        return script.lines().stream().map(String::length).filter(length -> length + 2 > LIMIT).findFirst();
    }

    /** How many pastes one block of whole sections becomes; a line too long for any counts as one. */
    public static int count(ScriptForm form, List<Section> block) {
        Script script = Script.ofBlocks(form, List.of(block));
        return bySize(script.lines(), form).size();
    }

    /**
     * One declared block, or more where it does not fit: then it continues in the next paste, which
     * still works when the pieces are pasted in order into one console.
     */
    private static List<String> bySize(List<String> lines, ScriptForm form) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int counted = 0;
        for (String line : lines) {
            int cost = line.length() + 2;
            if (counted > 0 && counted + cost > LIMIT) {
                blocks.add(block.toString());
                block.setLength(0);
                counted = 0;
            }
            block.append(line).append(form.lineEnding());
            counted += cost;
        }
        if (!block.isEmpty()) {
            blocks.add(block.toString());
        }
        return blocks;
    }
}
