package io.rdpfix.catalog;

/**
 * Which key a value lives in, as data: a hive, the part of the path that exists wherever the fix
 * applies ({@code root}) and the part below it that {@code reg add} may create ({@code below}, empty
 * for a key that must exist). Each target spells it: online under HKLM\SYSTEM\CurrentControlSet or
 * HKLM\SOFTWARE, offline under each chosen control set of the loaded SYSTEM hive or the loaded SOFTWARE hive.
 */
public record KeyRole(Hive hive, String root, String below) {
    /** A SYSTEM key is once per control set; a SOFTWARE key once. */
    public enum Hive {
        SYSTEM, SOFTWARE
    }

    public static final KeyRole LISTENER = new KeyRole(Hive.SYSTEM, "Control\\Terminal Server\\WinStations\\RDP-Tcp", "");
    public static final KeyRole TERMINAL_SERVER = new KeyRole(Hive.SYSTEM, "Control\\Terminal Server", "");
    public static final KeyRole POLICY = new KeyRole(Hive.SOFTWARE, "Policies\\Microsoft", "Windows NT\\Terminal Services");
    /** Under SOFTWARE on every Windows (UAC's values live there); CredSSP\Parameters below it may not exist. */
    public static final KeyRole CREDSSP = new KeyRole(Hive.SOFTWARE, "Microsoft\\Windows\\CurrentVersion\\Policies\\System",
            "CredSSP\\Parameters");

    public KeyRole {
        if (!root.matches("[A-Za-z][A-Za-z0-9 \\\\-]*[A-Za-z0-9]") || !below.isEmpty() && !below.matches("[A-Za-z][A-Za-z0-9 \\\\-]*[A-Za-z0-9]")) {
            throw new IllegalArgumentException("a key path of plain names: " + root + "\\" + below);
        }
        if (hive == Hive.SYSTEM && !below.isEmpty()) {
            throw new IllegalArgumentException("a fix creates no key in a control set: " + root + "\\" + below);
        }
    }

    /** Whether the Terminal Services policy key overrides its values (Group Policy wins over these keys' values of the same name). */
    public boolean underTerminalServer() {
        return hive == Hive.SYSTEM && root.startsWith(TERMINAL_SERVER.root);
    }
}
