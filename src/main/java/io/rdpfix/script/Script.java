package io.rdpfix.script;

import io.rdpfix.registry.PrintableAscii;
import java.util.List;

/**
 * Lines for cmd.exe in one form. The constructor is the last guard of the output grammar: printable
 * ASCII only, no trailing white space, so no rendering path can emit anything else.
 */
public record Script(ScriptForm form, List<String> lines) {
    public Script {
        lines = List.copyOf(lines);
        for (String line : lines) {
            PrintableAscii.require(line);
            if (line.endsWith(" ")) {
                throw new IllegalArgumentException("trailing space in: " + line);
            }
        }
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append(form.lineEnding()));
        return text.toString();
    }
}
