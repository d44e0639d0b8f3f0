package io.rdpfix.script;

import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lines of one script. Commands may carry a guard prefix (pasted offline scripts that
 * read the active control set run nothing once it is unknown); batch scripts check each command's
 * exit code and count failures in {@code RDPFIX_FAILED}.
 */
public final class LineWriter {
    public static final String FAILED_COUNTER = "RDPFIX_FAILED";

    private final ScriptForm form;
    private final Language language;
    private final List<String> lines = new ArrayList<>();
    private String guard = "";

    public LineWriter(ScriptForm form, Language language) {
        this.form = form;
        this.language = language;
    }

    public ScriptForm form() {
        return form;
    }

    public Language language() {
        return language;
    }

    public boolean batch() {
        return form == ScriptForm.BATCH;
    }

    public String guard() {
        return guard;
    }

    public void guardWith(String prefix) {
        this.guard = prefix;
    }

    public LineWriter raw(String line) {
        lines.add(line);
        return this;
    }

    public LineWriter rem(Text text, Object... arguments) {
        return raw("REM " + text.with(arguments).in(language));
    }

    public LineWriter remPlain(String text) {
        return raw("REM " + text);
    }

    public LineWriter command(String command) {
        return raw(guard + command);
    }

    public LineWriter echo(Text text, Object... arguments) {
        return command(echoCommand(text, arguments));
    }

    public String echoCommand(Text text, Object... arguments) {
        return "echo " + Cmd.echoed(text.with(arguments).in(language));
    }

    /**
     * A command whose failure must not pass unnoticed. Typed, reg.exe's own message is the report;
     * in a batch file its success message is hidden and a failure is named and counted.
     */
    public LineWriter checked(String command, Text failure, Object... arguments) {
        return command(checkedCommand(command, failure, arguments));
    }

    /** The text of {@link #checked}, unguarded, for use inside a larger command. */
    public String checkedCommand(String command, Text failure, Object... arguments) {
        if (!batch()) {
            return command;
        }
        return Cmd.ifFailed(command + " >nul", "(" + echoCommand(failure, arguments) + " & " + countFailure() + ")");
    }

    public static String countFailure() {
        return "set /a " + FAILED_COUNTER + "+=1 >nul";
    }

    public Script script() {
        return new Script(form, lines);
    }
}
