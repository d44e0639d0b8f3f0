package io.rdpfix.location;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The name under which a hive of the broken disk is loaded below HKLM. */
public record HiveName(String value) {
    /**
     * Every block of a pasted script spells the hive names several times, and must fit one paste
     * of the Serial Console: 16 characters leave room for that (Microsoft's own names have 12 and 14).
     */
    public static final int MAX_LENGTH = 16;
    public static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    /**
     * Every name a running Windows has directly under HKLM (DRIVERS, COMPONENTS and ELAM on newer
     * releases or once servicing loaded them): writing there would change the repair VM instead of
     * the broken disk. HKLM itself, by either name, would give HKLM\HKLM\...
     */
    public static final Set<String> RESERVED = Set.of("SYSTEM", "SOFTWARE", "SAM", "SECURITY", "HARDWARE", "BCD00000000",
            "DRIVERS", "COMPONENTS", "ELAM", "HKLM", "HKEY_LOCAL_MACHINE");

    public static final HiveName DEFAULT_SYSTEM = new HiveName("BROKENSYSTEM");
    public static final HiveName DEFAULT_SOFTWARE = new HiveName("BROKENSOFTWARE");

    public HiveName {
        if (!SHAPE.matcher(value).matches() || isReserved(value)) {
            throw new IllegalArgumentException("invalid hive name: " + value);
        }
    }

    public static boolean isReserved(String name) {
        return RESERVED.contains(name.toUpperCase(Locale.ROOT));
    }

    public boolean sameAs(HiveName other) {
        return value.equalsIgnoreCase(other.value);
    }
}
