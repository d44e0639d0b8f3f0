package io.rdpfix.cmd;

import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegType;
import io.rdpfix.registry.RegValue;
import java.util.List;

/**
 * What every script is built from: a command as cmd.exe runs it, spelled by the {@link CmdWriter} of
 * a form. Text of the script's own (a template: commands, conditions, lists, echoed texts) spells a
 * for variable as a batch file does, {@code %%a} or {@code %%~na}, and holds no other percent sign
 * but a variable's; data (string values, a batch file's lines written by echo) is escaped by the
 * writer for its form.
 */
public sealed interface Statement {

    /** A command with nothing the writer must escape, e.g. {@code popd} or {@code del "file" 2>nul}. */
    record Command(String template) implements Statement {
    }

    /** {@code REM text}: said as it is, never run. */
    record Rem(String text) implements Statement {
    }

    /**
     * {@code echo text}: cmd's special characters outside double quotes get a caret; a caret in the
     * text is the script's own escape and stays; variables expand when the echo runs.
     */
    record Echo(String template) implements Statement {
    }

    /** {@code >file echo text}, or {@code >>file echo text} when {@code append}: the text as {@link Echo} spells it. */
    record EchoTo(String file, boolean append, String template) implements Statement {
    }

    /**
     * One line of a batch file written by echo ({@code >file} for the first, {@code >>file} after): the
     * line is data, printed exactly, but for the variable {@code expanded} (empty: none), which is
     * expanded as the line is written.
     */
    record FileLine(String file, boolean first, String line, String expanded) implements Statement {
    }

    /** {@code set variable=value}. */
    record Set(String variable, String template) implements Statement {
        public Set {
            requireScriptVariable(variable);
        }
    }

    /** {@code set "variable=value"}: nothing after the closing quote is part of the value. */
    record SetQuoted(String variable, String template) implements Statement {
        public SetQuoted {
            requireScriptVariable(variable);
        }
    }

    /** The variable set to exactly {@code data}, whatever characters it holds (see {@link CmdWriter#setExactly}). */
    record SetExactly(String variable, String data) implements Statement {
        public SetExactly {
            requireScriptVariable(variable);
        }
    }

    /** {@code set prefix}: lists every variable whose name starts with {@code prefix}, one {@code name=value} a line. */
    record ListVariables(String prefix) implements Statement {
    }

    /** {@code set /p "=text"}: prints the text with no line end after it (the input redirected from nul). */
    record Print(String template) implements Statement {
    }

    /** {@code set /a expression}. */
    record Arithmetic(String template) implements Statement {
    }

    /** {@code if condition then}. */
    record If(Condition condition, Statement then) implements Statement {
    }

    /** {@code (then) else otherwise}: the body of an if that has an else. */
    record Else(Statement then, Statement otherwise) implements Statement {
    }

    /** {@code command & if errorlevel 1 then}: cmd's || is avoided on purpose (see {@link CmdWriter}). */
    record IfFailed(Statement command, Statement then) implements Statement {
    }

    /** {@code command & if not errorlevel 1 then}: cmd's && is avoided on purpose. */
    record IfSucceeded(Statement command, Statement then) implements Statement {
    }

    /** Commands on one line, each run after the one before: {@code a& b}. */
    record Sequence(List<Statement> statements) implements Statement {
        public Sequence {
            statements = List.copyOf(statements);
        }
    }

    /** {@code (statement)}. */
    record Group(Statement statement) implements Statement {
    }

    /** The statement with its output redirected. */
    record Redirected(Statement statement, Redirect redirect) implements Statement {
    }

    /** {@code :name}, where a goto or call goes (batch files only). */
    record Label(String name) implements Statement {
    }

    /** {@code goto label}. */
    record Goto(String label) implements Statement {
    }

    /** {@code call target}: a label with its arguments, or a batch file. */
    record Call(String template) implements Statement {
    }

    /** {@code exit /b}, with an exit code or returning the last one. */
    record Exit(java.util.OptionalInt code) implements Statement {
    }

    /** {@code for %%v in (list) do body}; {@code quiet} puts {@code @} before the body (typed, cmd echoes each turn). */
    record For(char variable, String list, Statement body, boolean quiet) implements Statement {
        public For {
            requireForVariable(variable);
        }
    }

    /** {@code for /f "options" %%v in (source) do body}. */
    record ForF(String options, char variable, Source source, Statement body, boolean quiet) implements Statement {
        public ForF {
            requireForVariable(variable);
        }
    }

    /** What a {@code for /f} reads. */
    sealed interface Source {
        /** The lines a command prints: inside single quotes, its special characters get a caret. */
        record Output(Statement command) implements Source {
        }

        record File(String template) implements Source {
        }

        /** One line of text, in double quotes. */
        record Text(String template) implements Source {
        }
    }

    /** {@code if c1 if c2 (} the statements on lines of their own {@code )}: several lines. */
    record Block(List<Condition> conditions, List<Statement> body) implements Statement {
        public Block {
            conditions = List.copyOf(conditions);
            body = List.copyOf(body);
        }
    }

    /** {@code program verb arguments}: reg.exe, or a variable holding its full path. */
    record Reg(String program, String verb, List<String> arguments) implements Statement {
        public Reg {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code reg add key /v name /t TYPE /d data /f}, the data spelled for the form ({@link CmdWriter#data}). */
    record RegAdd(String key, String name, RegValue value, DwordFormat format) implements Statement {
    }

    /**
     * {@code cmd /d /v:on /c reg add key /v name /t type /d "!variable!" /f}: a child cmd with delayed
     * expansion puts the variable in after parsing the line, so no character of the data ends a command.
     */
    record DelayedRegAdd(String key, String name, RegType type, String variable) implements Statement {
    }

    /** What every variable a script sets starts with: the prefix each block clears first ({@link #clearVariables}). */
    String VARIABLE_PREFIX = "R_";

    /**
     * A variable a script sets: its name starts with {@link #VARIABLE_PREFIX} (or is a for variable's
     * text, such a name), so a block pasted after another, or twice, starts from none of them.
     */
    private static void requireScriptVariable(String variable) {
        if (!variable.startsWith(VARIABLE_PREFIX) && !variable.matches("%%[a-z]")) {
            throw new IllegalArgumentException("not a script variable: " + variable);
        }
    }

    /** A lower-case letter: the writer spells it %a or %%a, and tells it from the digits of %1. */
    private static void requireForVariable(char variable) {
        if (variable < 'a' || variable > 'z') {
            throw new IllegalArgumentException("not a for variable: " + variable);
        }
    }

    // ---- how scripts start and end ----

    /** A block's first line: its commands are not echoed. */
    static Statement echoOff() {
        return new Command("@echo off");
    }

    /** A pasted script's last line: the prompt comes back. */
    static Statement echoOn() {
        return new Command("echo on");
    }

    /** A batch file's first lines: nothing echoed, its variables its own, ! read as it is. */
    static List<Statement> batchStart() {
        return List.of(echoOff(), new Command("setlocal DisableDelayedExpansion"));
    }

    // ---- the reg.exe commands every script uses ----

    static String quoted(RegKey key) {
        return "\"" + key.path() + "\"";
    }

    static Reg regQuery(RegKey key) {
        return regQuery(quoted(key));
    }

    static Reg regQuery(String key) {
        return new Reg("reg", "query", List.of(key));
    }

    static Reg regQuery(RegKey key, String name) {
        return regQuery(quoted(key), name);
    }

    /** {@code reg query key /v name}, the key as spelled (a quoted variable such as {@code "%R_K%"}). */
    static Reg regQuery(String key, String name) {
        return new Reg("reg", "query", List.of(key, "/v", name));
    }

    static Reg regDelete(String key, String name) {
        return new Reg("reg", "delete", List.of(key, "/v", name, "/f"));
    }

    /**
     * Forgets every variable a script sets: a block's first line. The prefix is set first so that
     * {@code set} lists something: Wine's cmd returns nothing from an internal command with 2^>nul.
     */
    static Statement clearVariables() {
        return sequence(new Set(VARIABLE_PREFIX, "."), new ForF("delims==", 'v', new Source.Output(new ListVariables(VARIABLE_PREFIX)),
                new Set("%%v", ""), true));
    }

    static Statement quietly(Statement statement) {
        return new Redirected(statement, Redirect.QUIET);
    }

    /** {@code exit /b}: back from a subroutine, its exit code the last command's. */
    static Statement exit() {
        return new Exit(java.util.OptionalInt.empty());
    }

    /** {@code exit /b code}. */
    static Statement exit(int code) {
        return new Exit(java.util.OptionalInt.of(code));
    }

    static Statement sequence(Statement... statements) {
        return new Sequence(List.of(statements));
    }
}
