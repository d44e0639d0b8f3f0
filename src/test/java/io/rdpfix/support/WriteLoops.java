package io.rdpfix.support;

import io.rdpfix.script.Script;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reg add commands a script's write loops run, expanded the way cmd.exe expands them: each
 * data value of the outer loop, each name.data pair of the inner loop whose extension is that
 * data, and, for the loop over control sets, each set number. A line that mentions reg add in any
 * other shape fails the expansion, so no write can hide from the tests.
 */
public final class WriteLoops {
    private static final Pattern SET = Pattern.compile("set (R_W\\d+)=(HKLM\\\\[^&]+)");
    private static final Pattern LOOP = Pattern.compile(
            "(?:for (%%?c) in \\(([0-9 ]+)\\) do @if defined R_S\\1 )?(?:@if defined R_W\\d+ )?"
                    + "for (%%?d) in \\(([^)]*)\\) do @for (%%?e) in \\(([^)]*)\\) do @if \"%%?~xe\"==\"\\.%%?d\" "
                    + "reg add \"([^\"]+)\" /v %%?~ne /t REG_DWORD /d %%?d /f>nul");

    private WriteLoops() {
    }

    /** Each command as cmd.exe would run it: reg add "key" /v name /t REG_DWORD /d data /f */
    public static List<String> commands(Script script) {
        Map<String, String> variables = new HashMap<>();
        List<String> commands = new ArrayList<>();
        for (String line : script.lines()) {
            Matcher definition = SET.matcher(line);
            if (definition.matches()) {
                variables.put(definition.group(1), definition.group(2));
            }
            if (!line.contains("reg add") || line.startsWith(">")) {
                continue;
            }
            Matcher loop = LOOP.matcher(line);
            if (!loop.matches()) {
                throw new AssertionError("a reg add outside the known write loop: " + line);
            }
            List<String> sets = loop.group(2) == null ? List.of("") : List.of(loop.group(2).split(" "));
            for (String set : sets) {
                for (String data : loop.group(4).split(" ")) {
                    for (String pair : loop.group(6).split(" ")) {
                        int dot = pair.lastIndexOf('.');
                        if (pair.substring(dot + 1).equals(data)) {
                            String key = resolve(loop.group(7), variables)
                                    .replace(loop.group(1) == null ? "\u0000" : loop.group(1), set);
                            commands.add("reg add \"" + key + "\" /v " + pair.substring(0, dot) + " /t REG_DWORD /d " + data + " /f");
                        }
                    }
                }
            }
        }
        return commands;
    }

    private static String resolve(String key, Map<String, String> variables) {
        Matcher variable = Pattern.compile("%(R_W\\d+)%").matcher(key);
        return variable.matches() ? variables.get(variable.group(1)) : key;
    }
}
