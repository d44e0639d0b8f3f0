package io.rdpfix.support;

import java.util.ArrayList;
import java.util.List;

/** How a Windows program built with the C runtime splits its command line (the 2008+ rules). */
public final class CrtArguments {
    private CrtArguments() {
    }

    public static List<String> split(String line) {
        List<String> arguments = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                return arguments;
            }
            StringBuilder argument = new StringBuilder();
            boolean quoted = false;
            while (i < n) {
                char c = line.charAt(i);
                if (c == '\\') {
                    int backslashes = 0;
                    while (i < n && line.charAt(i) == '\\') {
                        backslashes++;
                        i++;
                    }
                    if (i < n && line.charAt(i) == '"') {
                        argument.append("\\".repeat(backslashes / 2));
                        if (backslashes % 2 == 1) {
                            argument.append('"');
                            i++;
                        }
                    } else {
                        argument.append("\\".repeat(backslashes));
                    }
                    continue;
                }
                if (c == '"') {
                    if (quoted && i + 1 < n && line.charAt(i + 1) == '"') {
                        argument.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = !quoted;
                    i++;
                    continue;
                }
                if (!quoted && (c == ' ' || c == '\t')) {
                    break;
                }
                argument.append(c);
                i++;
            }
            arguments.add(argument.toString());
        }
    }
}
