package io.rdpfix.support;

import io.rdpfix.script.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reg add commands a fix script runs, with the key variable replaced by the path set on the
 * line above, in the order the script runs them. A line that mentions reg add in any other shape
 * fails, so no write can hide from the tests (the undo file's text, written with echo, aside).
 */
public final class RegAdds {
    private static final Pattern SET = Pattern.compile("set R_K=(HKLM\\\\.+)");
    private static final Pattern ADD = Pattern.compile("reg add \"%R_K%\"( /v \\S+ /t REG_DWORD /d \\S+ /f) >nul");

    private RegAdds() {
    }

    /** Each command as cmd.exe would run it: reg add "key" /v name /t REG_DWORD /d data /f */
    public static List<String> commands(Script script) {
        String key = null;
        List<String> commands = new ArrayList<>();
        for (String line : script.lines()) {
            Matcher definition = SET.matcher(line);
            if (definition.matches()) {
                key = definition.group(1);
            }
            if (!line.contains("reg add") || line.startsWith(">")) {
                continue;
            }
            Matcher add = ADD.matcher(line);
            if (!add.matches() || key == null) {
                throw new AssertionError("a reg add outside the known write line: " + line);
            }
            commands.add("reg add \"" + key + "\"" + add.group(1));
        }
        return commands;
    }
}
