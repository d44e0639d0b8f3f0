package io.rdpfix.location;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the fix reaches the VM. The Serial Console takes the pasted or batch script as it is; Run
 * Command and {@code az vm repair run} take a PowerShell script that carries that same batch.
 */
public enum Channel {
    /** Pasted into the Serial Console's cmd channel (online), or run on a repair VM set up by hand (offline). */
    CONSOLE("console"),
    /** Run Command's RunPowerShellScript on the VM itself, as SYSTEM: online only, the VM agent must answer. */
    RUNCOMMAND("runcommand"),
    /** {@code az vm repair}: a copy of the OS disk on a new repair VM, so always offline. */
    REPAIR("repair");

    private final String word;

    Channel(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The PowerShell script's download name; the console has none. */
    public Optional<String> scriptFileName() {
        return this == CONSOLE ? Optional.empty() : Optional.of("rdpfix-" + word + ".ps1");
    }

    public static Optional<Channel> fromWord(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }
}
