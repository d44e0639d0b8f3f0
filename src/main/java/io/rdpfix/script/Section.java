package io.rdpfix.script;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
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


    /** The statements as the writer of {@code form} spells them. */
    public static Section of(ScriptForm form, List<? extends Statement> statements) {
        return new Section(CmdWriter.of(form).lines(statements));
    }

    /** Characters this section costs in a paste, line ends counted as CRLF. */
    public int pasteCost() {
        return lines.stream().mapToInt(line -> line.length() + 2).sum();
    }
}
