package io.rdpfix.cmd;

/**
 * The two ways cmd.exe reads our lines. They differ where it matters to us: line endings, how a
 * {@code for} variable is spelled and how a literal percent sign survives; {@link CmdWriter#of}
 * gives the writer that spells each.
 */
public enum ScriptForm {
    /** Typed or pasted at a cmd prompt, e.g. the Serial Console's cmd channel. */
    PASTE("\n"),
    /** Saved as a .cmd file and run. */
    BATCH("\r\n");

    private final String lineEnding;

    ScriptForm(String lineEnding) {
        this.lineEnding = lineEnding;
    }

    public String lineEnding() {
        return lineEnding;
    }
}
