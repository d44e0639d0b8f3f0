package io.rdpfix.azure;

import io.rdpfix.location.Channel;
import io.rdpfix.text.Text;

/** What a channel's PowerShell script carries: the fix, or the capture that reads the same values and changes nothing. */
public enum WrapperKind {
    FIX(new Text("The batch is, byte for byte, what this link's .cmd download gives.",
            "De batch is, byte voor byte, wat de .cmd-download van deze link geeft.")),
    CAPTURE(new Text("The batch is, byte for byte, what this link's capture .cmd download gives.",
            "De batch is, byte voor byte, wat de vastleg-.cmd-download van deze link geeft."));

    private final Text sameBatch;

    WrapperKind(Text sameBatch) {
        this.sameBatch = sameBatch;
    }

    Text sameBatch() {
        return sameBatch;
    }

    /** The script's download name for a channel that has one: rdpfix-runcommand.ps1, rdpfix-capture-repair.ps1. */
    public String fileName(Channel channel) {
        String name = channel.scriptFileName().orElseThrow(() -> new IllegalArgumentException("the console has no PowerShell script"));
        return this == FIX ? name : name.replaceFirst("^rdpfix-", "rdpfix-capture-");
    }
}
