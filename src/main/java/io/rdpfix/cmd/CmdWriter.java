package io.rdpfix.cmd;

import io.rdpfix.registry.RegValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that spells cmd.exe: statements into lines, for one form. It owns what cmd and
 * reg.exe make of a line: quoting, carets, a for variable's {@code %} against {@code %%}, a literal
 * percent sign, the escaping of a line written by echo, and the C runtime's reading of reg.exe's
 * arguments. Key paths and value names are validated to need no escaping beyond double quotes
 * around the key; string data is encoded here character by character.
 * <p>
 * cmd.exe's {@code &&} and {@code ||} are never written: Wine's cmd (our test bench) runs their
 * right side unconditionally. "A & if errorlevel 1 B" means the same on Windows and works everywhere.
 */
public abstract sealed class CmdWriter permits PasteWriter, BatchWriter {
    /** The Serial Console's width: a line printed wider wraps, and the last line on the screen is the verdict. */
    public static final int COLUMNS = 80;
    /** The most characters the Serial Console takes in one paste, line ends counted as CRLF. */
    public static final int PASTE_LIMIT = 2048;

    public static CmdWriter of(ScriptForm form) {
        return form == ScriptForm.PASTE ? PasteWriter.INSTANCE : BatchWriter.INSTANCE;
    }

    /** The script's own text as this form spells it: its for variables. */
    abstract String template(String text);

    /** A percent sign in data: doubled in a batch file; typed, cmd has no escape for it ({@link #pasteCannotCarry}). */
    abstract String percents(String data);

    /** A batch file's line as an echo in this form must carry it, {@code expanded} left to expand. */
    abstract String fileLine(String line, String expanded);

    /** The lines of the statements, in order: a {@link Statement.Block} is several. */
    public List<String> lines(List<? extends Statement> statements) {
        List<String> lines = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement instanceof Statement.Block block) {
                lines.add(block.conditions().stream().map(c -> "if " + template(c.spelled()) + " ").collect(Collectors.joining()) + "(");
                lines.addAll(lines(block.body()));
                lines.add(")");
            } else {
                lines.add(line(statement));
            }
        }
        return lines;
    }

    public List<String> lines(Statement... statements) {
        return lines(List.of(statements));
    }

    /** One statement on one line. */
    public String line(Statement statement) {
        if (statement instanceof Statement.Command command) {
            return template(command.template());
        } else if (statement instanceof Statement.Rem rem) {
            return "REM " + rem.text();
        } else if (statement instanceof Statement.Echo echo) {
            return "echo " + echoed(template(echo.template()));
        } else if (statement instanceof Statement.EchoTo to) {
            return (to.append() ? ">>" : ">") + template(to.file()) + " echo " + echoed(template(to.template()));
        } else if (statement instanceof Statement.FileLine file) {
            return (file.first() ? ">" : ">>") + template(file.file()) + " echo " + escapedForEcho(fileLine(file.line(), file.expanded()));
        } else if (statement instanceof Statement.Set set) {
            return "set " + template(set.variable()) + "=" + template(set.template());
        } else if (statement instanceof Statement.SetQuoted set) {
            return "set \"" + template(set.variable()) + "=" + template(set.template()) + "\"";
        } else if (statement instanceof Statement.SetExactly set) {
            return setExactly(set.variable(), set.data());
        } else if (statement instanceof Statement.ListVariables list) {
            return "set " + list.prefix();
        } else if (statement instanceof Statement.Print print) {
            return "set /p \"=" + template(print.template()) + "\"";
        } else if (statement instanceof Statement.Arithmetic arithmetic) {
            return "set /a " + template(arithmetic.template());
        } else if (statement instanceof Statement.If conditional) {
            return "if " + template(conditional.condition().spelled()) + " " + line(conditional.then());
        } else if (statement instanceof Statement.Else otherwise) {
            return "(" + line(otherwise.then()) + ") else " + line(otherwise.otherwise());
        } else if (statement instanceof Statement.IfFailed failed) {
            return line(failed.command()) + " & if errorlevel 1 " + line(failed.then());
        } else if (statement instanceof Statement.IfSucceeded succeeded) {
            return line(succeeded.command()) + " & if not errorlevel 1 " + line(succeeded.then());
        } else if (statement instanceof Statement.Sequence sequence) {
            return sequence.statements().stream().map(this::line).collect(Collectors.joining("& "));
        } else if (statement instanceof Statement.Group group) {
            return "(" + line(group.statement()) + ")";
        } else if (statement instanceof Statement.Redirected redirected) {
            return line(redirected.statement()) + template(redirected.redirect().spelled());
        } else if (statement instanceof Statement.Label label) {
            return ":" + label.name();
        } else if (statement instanceof Statement.Goto jump) {
            return "goto " + jump.label();
        } else if (statement instanceof Statement.Call call) {
            return "call " + template(call.template());
        } else if (statement instanceof Statement.Exit exit) {
            return "exit /b" + (exit.code().isPresent() ? " " + exit.code().getAsInt() : "");
        } else if (statement instanceof Statement.For loop) {
            return "for " + template("%%" + loop.variable()) + " in (" + template(loop.list()) + ") do " + (loop.quiet() ? "@" : "")
                    + line(loop.body());
        } else if (statement instanceof Statement.ForF loop) {
            return "for /f \"" + template(loop.options()) + "\" " + template("%%" + loop.variable()) + " in " + source(loop.source())
                    + " do " + (loop.quiet() ? "@" : "") + line(loop.body());
        } else if (statement instanceof Statement.Reg reg) {
            return template(reg.program()) + " " + reg.verb() + " " + template(String.join(" ", reg.arguments()));
        } else if (statement instanceof Statement.RegAdd add) {
            return "reg add " + template(add.key()) + " /v " + template(add.name()) + " /t " + add.value().type().name() + " /d "
                    + data(add.value(), add.format()) + " /f";
        } else if (statement instanceof Statement.DelayedRegAdd add) {
            return "cmd /d /v:on /c reg add " + template(add.key()) + " /v " + add.name() + " /t " + add.type().name() + " /d \"!"
                    + add.variable() + "!\" /f";
        }
        throw new IllegalArgumentException("not a one-line statement: " + statement);
    }

    private String source(Statement.Source source) {
        if (source instanceof Statement.Source.Output output) {
            return "('" + escapedForEcho(line(output.command())) + "')";
        } else if (source instanceof Statement.Source.File file) {
            return "(" + template(file.template()) + ")";
        }
        return "(\"" + template(((Statement.Source.Text) source).template()) + "\")";
    }

    /** The data argument of a reg add: a number as the format spells it, string data as {@link #stringArgument}. */
    String data(RegValue value, DwordFormat format) {
        if (value instanceof RegValue.Dword dword) {
            return format.dword(dword);
        }
        if (value instanceof RegValue.Qword qword) {
            return format.qword(qword);
        }
        return stringArgument(value.text().orElseThrow());
    }

    /**
     * One argument that reg.exe receives as exactly {@code data}, which holds no double quote (that goes
     * through a variable: {@link Statement.DelayedRegAdd}). It goes inside double quotes, where cmd.exe
     * leaves {@code & | < > ^ ( )} alone and the C runtime (which splits reg.exe's command line) takes
     * everything literally but backslashes before the closing quote, which are doubled; a percent sign
     * as {@link #percents} spells it.
     */
    public String stringArgument(String data) {
        if (data.indexOf('"') >= 0) {
            throw new IllegalArgumentException("not a plain string argument: " + data);
        }
        if (data.isEmpty()) {
            return "\"\"";
        }
        return crtQuoted(percents(data));
    }

    /**
     * {@code set variable=text}, giving the variable exactly {@code text}: every character cmd.exe
     * treats specially is escaped with a caret, so that whatever cmd makes of a quote, no character
     * of the text ends the command; a percent sign as {@link #percents} spells it; text that ends in
     * a space is followed by {@code &rem.} (cmd keeps the spaces before {@code &}), so that no line
     * ends in one.
     */
    public String setExactly(String variable, String text) {
        StringBuilder out = new StringBuilder("set ").append(variable).append('=');
        for (char c : percents(text).toCharArray()) {
            if ("^&|<>()\"".indexOf(c) >= 0) {
                out.append('^');
            }
            out.append(c);
        }
        return text.endsWith(" ") ? out.append("&rem.").toString() : out.toString();
    }

    /** Text as the C runtime must find it between double quotes: a quote as {@code \"}, backslashes before one doubled. */
    public static String crtEscaped(String data) {
        StringBuilder out = new StringBuilder();
        int backslashes = 0;
        for (char c : data.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            out.append("\\".repeat(c == '"' ? 2 * backslashes + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return out.append("\\".repeat(2 * backslashes)).toString();
    }

    /** String data a typed line cannot carry exactly without resting on a cmd.exe parsing corner. */
    public static boolean pasteCannotCarry(String data) {
        return data.indexOf('"') >= 0 || data.indexOf('%') >= 0;
    }

    /** A value whose string data a typed line cannot carry ({@link #pasteCannotCarry(String)}). */
    public static boolean pasteCannotCarry(RegValue value) {
        return value.text().filter(CmdWriter::pasteCannotCarry).isPresent();
    }

    /** Whether a value's reg add needs a variable: string data with a double quote. */
    public static boolean needsVariable(RegValue value) {
        return value.text().filter(data -> data.indexOf('"') >= 0).isPresent();
    }

    /**
     * The same text for an echo command, with a caret before its last character: cmd prints it
     * without the caret, while the command line itself (which the console also shows, and may
     * wrap anywhere) never contains the printed marker.
     */
    public static String hidden(String marker) {
        return marker.substring(0, marker.length() - 1) + "^" + marker.charAt(marker.length() - 1);
    }

    /** A run without double quotes, quoted for the C runtime: backslashes before the closing quote doubled. */
    private static String crtQuoted(String run) {
        int trailing = 0;
        while (trailing < run.length() && run.charAt(run.length() - 1 - trailing) == '\\') {
            trailing++;
        }
        return "\"" + run + "\\".repeat(trailing) + "\"";
    }

    /** Our own echoed text: cmd's special characters outside double quotes get a caret; a caret already there is ours. */
    private static String echoed(String text) {
        return caretOutsideQuotes(text, "&|<>()");
    }

    /** Text cmd must take exactly, a caret too: data printed by echo, a command a for /f runs. */
    private static String escapedForEcho(String text) {
        return caretOutsideQuotes(text, "^&|<>()");
    }

    private static String caretOutsideQuotes(String line, String special) {
        if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new IllegalArgumentException("unbalanced quotes in: " + line);
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && special.indexOf(c) >= 0) {
                out.append('^');
            }
            out.append(c);
        }
        return out.toString();
    }
}
