package io.rdpfix.script;

import java.util.List;

/**
 * A run of lines that is pasted as one piece. The paste form puts sections into blocks of at most
 * {@link PasteBlocks#LIMIT} characters; a section never straddles two blocks, so every block carries
 * whole sections and the prologue that defines what they use.
 */
public record Section(List<String> lines) {
    public Section {
        lines = List.copyOf(lines);
    }


    /** Characters this section costs in a paste, line ends counted as CRLF. */
    public int pasteCost() {
        return lines.stream().mapToInt(line -> line.length() + 2).sum();
    }
}
