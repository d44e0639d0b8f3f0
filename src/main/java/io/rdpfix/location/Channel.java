package io.rdpfix.location;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the fix reaches the VM. The Serial Console takes the pasted or batch script as it is; Run
 * Command and {@code az vm repair run} take a PowerShell script that carries that same batch.
 */
public enum Channel {
    /** Pasted into the Serial Console's cmd channel, or run as a .cmd on the VM itself: online. */
    CONSOLE("console"),
    /** Run Command's RunPowerShellScript on the VM itself, as SYSTEM: online only, the VM agent must answer. */
    RUNCOMMAND("runcommand"),
    /** {@code az vm repair}: a copy of the OS disk on a new repair VM, so always offline. */
    REPAIR("repair"),
    /** The OS disk attached to a repair VM the admin set up by hand, pasted or run there: offline. */
    MANUAL("manual");

    private final String word;

    Channel(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether the scripts work on a disk attached to another VM rather than on the VM itself. */
    public boolean offline() {
        return this == REPAIR || this == MANUAL;
    }

    /** Whether a PowerShell wrapper carries the batch (Azure runs it); else the batch is pasted or run as it is. */
    public boolean wrapped() {
        return this == RUNCOMMAND || this == REPAIR;
    }

    /** The PowerShell script's download name; a pasted channel has none. */
    public Optional<String> scriptFileName() {
        return wrapped() ? Optional.of("rdpfix-" + word + ".ps1") : Optional.empty();
    }

    public static Optional<Channel> fromWord(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }
}
