package io.rdpfix.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a pasted script into blocks the Azure Serial Console accepts in one paste: at most
 * {@link #LIMIT} characters, each ending at a line end. Line ends are counted as CRLF, the longer
 * of the two, so a clipboard that converts line ends cannot push a block over the limit.
 */
public final class PasteBlocks {
    public static final int LIMIT = 2048;

    private PasteBlocks() {
    }

    public static List<String> of(Script script) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int counted = 0;
        for (String line : script.lines()) {
            int cost = line.length() + 2;
            if (cost > LIMIT) {
                throw new IllegalArgumentException("a line longer than a paste block: " + line.length());
            }
            if (counted + cost > LIMIT) {
                blocks.add(block.toString());
                block.setLength(0);
                counted = 0;
            }
            block.append(line).append(script.form().lineEnding());
            counted += cost;
        }
        if (!block.isEmpty()) {
            blocks.add(block.toString());
        }
        return List.copyOf(blocks);
    }
}
