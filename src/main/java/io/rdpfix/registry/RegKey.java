package io.rdpfix.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A key under HKLM, spelled as reg.exe takes it ({@code HKLM\...}). Segments hold only letters,
 * digits, space, '_' and '-', plus the one run-time variable rdpfix itself emits
 * ({@code %R_CS%}), so a key can always be double-quoted safely on a cmd.exe line.
 */
public record RegKey(String path) {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9 _-]+|ControlSet%R_CS%");
    private static final String HIVE = "HKLM";

    public RegKey {
        String[] parts = path.split("\\\\", -1);
        if (parts.length < 2 || !parts[0].equals(HIVE)) {
            throw new IllegalArgumentException("not a key under HKLM: " + path);
        }
        for (int i = 1; i < parts.length; i++) {
            if (!SEGMENT.matcher(parts[i]).matches() || parts[i].startsWith(" ") || parts[i].endsWith(" ")) {
                throw new IllegalArgumentException("bad key segment '" + parts[i] + "' in " + path);
            }
        }
    }

    public static RegKey hklm(String firstSegment) {
        return new RegKey(HIVE + "\\" + firstSegment);
    }

    public RegKey child(String relative) {
        return new RegKey(path + "\\" + relative);
    }

    public Optional<RegKey> parent() {
        int cut = path.lastIndexOf('\\');
        String parent = path.substring(0, cut);
        return parent.equals(HIVE) ? Optional.empty() : Optional.of(new RegKey(parent));
    }

    /** The key's own name, its last path segment ({@code RDP-Tcp}). */
    public String name() {
        return path.substring(path.lastIndexOf('\\') + 1);
    }

    public boolean isBelow(RegKey ancestor) {
        return path.regionMatches(true, 0, ancestor.path + "\\", 0, ancestor.path.length() + 1);
    }

    @Override
    public String toString() {
        return path;
    }
}
