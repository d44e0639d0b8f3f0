package io.rdpfix.script;

import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import java.util.List;

/**
 * The one place that knows how cmd.exe and reg.exe split and unescape a line. Key paths and value
 * names are validated to need no escaping beyond double quotes around the key; string data (only
 * in undo scripts) is encoded here character by character.
 */
public final class Cmd {
    private Cmd() {
    }

    public static String quoted(RegKey key) {
        return "\"" + key.path() + "\"";
    }

    /** @param quotedKey the key's path in double quotes, or a variable holding it: {@code "%R_W1%"} */
    public static String regAdd(String quotedKey, String name, RegValue value, DwordFormat format, ScriptForm form) {
        return "reg add " + quotedKey + " /v " + name + " /t " + value.type().name() + " /d " + data(value, format, form) + " /f";
    }

    public static String regDelete(String quotedKey, String name) {
        return "reg delete " + quotedKey + " /v " + name + " /f";
    }

    public static String regQueryValue(RegKey key, String name) {
        return "reg query " + quoted(key) + " /v " + name;
    }

    public static String regQueryKey(RegKey key) {
        return "reg query " + quoted(key);
    }

    /**
     * Forgets every variable whose name starts with {@code prefix}. The prefix is set first so that
     * {@code set} lists something: Wine's cmd returns nothing from an internal command with 2^>nul.
     */
    public static String clearVariables(String prefix, ScriptForm form) {
        String v = form.forVariable('v');
        return "set " + prefix + "=.& for /f \"delims==\" " + v + " in ('set " + prefix + "') do @set " + v + "=";
    }

    /*
     * cmd.exe's && and || are avoided on purpose: Wine's cmd (our test bench) runs their right side
     * unconditionally. "A & if errorlevel 1 B" means the same on Windows and works everywhere.
     */

    /** {@code command}, then {@code then} only if it failed. */
    public static String ifFailed(String command, String then) {
        return command + " & if errorlevel 1 " + then;
    }

    /** {@code command}, then {@code then} only if it succeeded. */
    public static String ifSucceeded(String command, String then) {
        return command + " & if not errorlevel 1 " + then;
    }

    /**
     * Deletes a key the fix created, but only when it reads and holds nothing: no value (an unset
     * default, which Wine lists, aside) and no subkey. Never a tree: a subkey added since (a policy
     * under it) keeps the key, and a listing that failed halfway cannot pass for an empty one,
     * because only the key's own listing is read. R_Y counts its lines other than its own name.
     * The last line deletes; {@code condition} (or nothing) goes before it.
     */
    public static List<String> deleteKeyIfEmpty(RegKey key, ScriptForm form, String condition) {
        String a = form.forVariable('a');
        String c = form.forVariable('c');
        String l = form.forVariable('l');
        String x = form.forVariable('x');
        String query = "'" + regQueryKey(key) + " 2^>nul'";
        String listed = "HKEY_LOCAL_MACHINE" + key.path().substring("HKLM".length());
        return List.of(
                "set R_Y=0",
                "for /f \"delims=\" " + l + " in (" + query + ") do @if /i not \"" + l + "\"==\"" + listed
                        + "\" set /a R_Y+=1 >nul",
                "for /f \"tokens=1-3\" " + a + " in (" + query + ") do @if \"" + form.forVariable('b') + c + "\"==\"REG_SZ\" for /f \"delims=()\" "
                        + x + " in (\"" + a + "\") do @if \"(" + x + ")\"==\"" + a + "\" set /a R_Y-=1 >nul",
                condition + ifSucceeded(regQueryKey(key) + " >nul 2>&1", "if \"%R_Y%\"==\"0\" reg delete " + quoted(key) + " /f >nul 2>&1"));
    }

    static String data(RegValue value, DwordFormat format, ScriptForm form) {
        if (value instanceof RegValue.Dword dword) {
            return format.dword(dword);
        }
        if (value instanceof RegValue.Qword qword) {
            return format.qword(qword);
        }
        return stringArgument(value.text().orElseThrow(), form);
    }

    /**
     * One argument that reg.exe receives as exactly {@code data}, which holds no double quote (that goes
     * through a variable: {@link #regAddThrough}). It goes inside double quotes, where cmd.exe leaves
     * {@code & | < > ^ ( )} alone and the C runtime (which splits reg.exe's command line) takes
     * everything literally but backslashes before the closing quote, which are doubled; in a batch file
     * a percent sign is doubled. Typed, cmd has no escape for {@code %}, so the paste form never carries
     * one ({@link #pasteCannotCarry}).
     */
    public static String stringArgument(String data, ScriptForm form) {
        if (data.indexOf('"') >= 0 || form == ScriptForm.PASTE && pasteCannotCarry(data)) {
            throw new IllegalArgumentException("not a plain string argument: " + data);
        }
        if (data.isEmpty()) {
            return "\"\"";
        }
        String quoted = crtQuoted(data);
        return form == ScriptForm.BATCH ? quoted.replace("%", "%%") : quoted;
    }

    /** Whether a value's reg add needs a variable: string data with a double quote. */
    public static boolean needsVariable(RegValue value) {
        return value.text().filter(data -> data.indexOf('"') >= 0).isPresent();
    }

    /**
     * The two lines that write string data with a double quote, in a batch file: the data set into
     * {@code variable} as the C runtime must read it ({@code \"}), every character cmd treats specially
     * escaped with a caret, then one reg add run by a child cmd with delayed expansion, which puts the
     * variable in after parsing the line. Whatever a parser makes of a quote, no character of the data
     * ends a command: a quote in the data once made {@code \^"} the only guard (Wine's cmd toggles its
     * quote state there, batch files too).
     */
    public static List<String> regAddThrough(String variable, String quotedKey, String name, RegValue value, String before, String after) {
        return List.of(setExactly(variable, crtEscaped(value.text().orElseThrow()), ScriptForm.BATCH),
                before + "cmd /d /v:on /c reg add " + quotedKey + " /v " + name + " /t " + value.type().name() + " /d \"!" + variable
                        + "!\" /f" + after);
    }

    /** Text as the C runtime must find it between double quotes: a quote as {@code \"}, backslashes before one doubled. */
    static String crtEscaped(String data) {
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
        return value.text().filter(Cmd::pasteCannotCarry).isPresent();
    }

    /**
     * {@code set variable=text}, giving the variable exactly {@code text}: every character cmd.exe
     * treats specially is escaped with a caret, so that whatever cmd makes of a quote, no character
     * of the text ends the command; in a batch file a percent sign is doubled; text that ends in a
     * space is followed by {@code &rem.} (cmd keeps the spaces before {@code &}), so that no line ends
     * in one. Typed, the text must be one {@link #pasteCannotCarry} allows.
     */
    public static String setExactly(String variable, String text, ScriptForm form) {
        if (form == ScriptForm.PASTE && pasteCannotCarry(text)) {
            throw new IllegalArgumentException("a pasted line cannot carry \" or %: " + text);
        }
        StringBuilder out = new StringBuilder("set ").append(variable).append('=');
        for (char c : text.toCharArray()) {
            if ("^&|<>()\"".indexOf(c) >= 0) {
                out.append('^');
            }
            out.append(c == '%' ? "%%" : String.valueOf(c));
        }
        return text.endsWith(" ") ? out.append("&rem.").toString() : out.toString();
    }

    /** A run without double quotes, quoted for the C runtime: backslashes before the closing quote doubled. */
    private static String crtQuoted(String run) {
        int trailing = 0;
        while (trailing < run.length() && run.charAt(run.length() - 1 - trailing) == '\\') {
            trailing++;
        }
        return "\"" + run + "\\".repeat(trailing) + "\"";
    }

    private static String caretOutsideQuotes(String line) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && "^&|<>()".indexOf(c) >= 0) {
                out.append('^');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The argument of an {@code echo} that prints {@code line} as it is, typed or in a batch file:
     * cmd's special characters outside double quotes get a caret. Percent signs are left alone on
     * purpose: the variables we echo ({@code %SystemDrive%}, {@code %RDPFIX_CS%}) are to be
     * expanded when the echo runs.
     */
    public static String echoed(String line) {
        if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new IllegalArgumentException("unbalanced quotes in: " + line);
        }
        return caretOutsideQuotes(line);
    }
}
