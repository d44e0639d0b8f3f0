package io.rdpfix.script;

import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;

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

    public static String regAdd(RegKey key, String name, RegValue value, DwordFormat format, ScriptForm form) {
        return "REG ADD " + quoted(key) + " /v " + name + " /t " + value.type().name() + " /d "
                + data(value, format, form) + " /f";
    }

    public static String regDelete(RegKey key, String name) {
        return "REG DELETE " + quoted(key) + " /v " + name + " /f";
    }

    public static String regQueryValue(RegKey key, String name) {
        return "reg query " + quoted(key) + " /v " + name;
    }

    public static String regQueryKey(RegKey key) {
        return "reg query " + quoted(key);
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
     * Deletes a key the fix created, but only when no value is left anywhere below it: every value
     * line of {@code reg query /s} starts with four spaces, so data is never deleted. Needs no
     * variable and no {@code %}, so it reads the same typed, in a batch file and echoed into one.
     */
    public static String deleteKeyIfNoValues(RegKey key) {
        return ifFailed(regQueryKey(key) + " /s 2>nul | find \"    \" >nul", "reg delete " + quoted(key) + " /f >nul 2>&1");
    }

    static String data(RegValue value, DwordFormat format, ScriptForm form) {
        if (value instanceof RegValue.Dword dword) {
            return format.dword(dword);
        }
        if (value instanceof RegValue.Qword qword) {
            return format.qword(qword);
        }
        if (value instanceof RegValue.Sz sz) {
            return stringArgument(sz.data(), form);
        }
        return stringArgument(((RegValue.ExpandSz) value).data(), form);
    }

    /**
     * One argument that reg.exe receives as exactly {@code data}. Runs of ordinary characters go
     * inside double quotes, where cmd.exe leaves {@code & | < > ^ ( )} alone; a double quote in the
     * data goes outside as {@code \^"} (reg.exe's {@code \"}, and {@code ^} keeps cmd.exe's quote
     * state); a percent sign goes outside in the form's literal spelling. Backslashes before a
     * closing quote are doubled, as the C runtime's argument rules require.
     */
    public static String stringArgument(String data, ScriptForm form) {
        if (data.isEmpty()) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '"' || c == '%') {
                flushRun(run, out);
                out.append(c == '"' ? "\\^\"" : form.literalPercent());
            } else {
                run.append(c);
            }
        }
        flushRun(run, out);
        return out.toString();
    }

    private static void flushRun(StringBuilder run, StringBuilder out) {
        if (run.isEmpty()) {
            return;
        }
        int trailing = 0;
        while (trailing < run.length() && run.charAt(run.length() - 1 - trailing) == '\\') {
            trailing++;
        }
        out.append('"').append(run).append("\\".repeat(trailing)).append('"');
        run.setLength(0);
    }

    /**
     * The argument of an {@code echo} that prints {@code line} as it is, typed or in a batch file:
     * cmd's special characters outside double quotes get a caret. Percent signs are left alone on
     * purpose: the variables we echo ({@code %SystemDrive%}, {@code %RDPFIX_CS%}) are to be
     * expanded when the echo runs.
     */
    public static String echoed(String line) {
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
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quotes in: " + line);
        }
        return out.toString();
    }
}
