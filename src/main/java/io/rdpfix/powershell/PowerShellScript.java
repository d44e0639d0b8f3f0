package io.rdpfix.powershell;

import io.rdpfix.registry.PrintableAscii;
import java.util.List;

/**
 * A .ps1 file's lines: printable ASCII only (so no encoding question on any PowerShell version),
 * no trailing white space, CRLF line endings as Windows tools write them.
 */
public record PowerShellScript(List<String> lines) {
    public static final String LINE_ENDING = "\r\n";

    public PowerShellScript {
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
        lines.forEach(line -> text.append(line).append(LINE_ENDING));
        return text.toString();
    }
}
