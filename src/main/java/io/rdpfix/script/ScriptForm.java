package io.rdpfix.script;

/**
 * The two ways cmd.exe reads our lines. They differ where it matters to us: line endings, how a
 * {@code for} variable is spelled ({@code %a} typed, {@code %%a} in a batch file) and how a literal
 * percent sign survives ({@code ^%} typed, {@code %%} in a batch file).
 */
public enum ScriptForm {
    /** Typed or pasted at a cmd prompt, e.g. the Serial Console's cmd channel. */
    PASTE("\n", "%"),
    /** Saved as a .cmd file and run. */
    BATCH("\r\n", "%%");

    private final String lineEnding;
    private final String forVariablePrefix;

    ScriptForm(String lineEnding, String forVariablePrefix) {
        this.lineEnding = lineEnding;
        this.forVariablePrefix = forVariablePrefix;
    }

    public String lineEnding() {
        return lineEnding;
    }

    public String forVariable(char name) {
        return forVariablePrefix + name;
    }

    /** A for variable with a modifier, from its plain spelling: %a becomes %~na typed, %%~na in a batch file. */
    public String modified(String forVariable, char modifier) {
        char name = forVariable.charAt(forVariable.length() - 1);
        return forVariable.substring(0, forVariable.length() - 1) + "~" + modifier + name;
    }
}
