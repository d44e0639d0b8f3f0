package io.rdpfix.azure;

import io.rdpfix.location.Channel;
import io.rdpfix.text.Text;

/**
 * What a channel's PowerShell script carries: the fix, the capture that reads the same values and
 * changes nothing, the undo built from such a capture, or (repair) the undo the fix recorded.
 */
public enum WrapperKind {
    FIX(new Text("The batch is, byte for byte, what this link's .cmd download gives.",
            "De batch is, byte voor byte, wat de .cmd-download van deze link geeft.")),
    CAPTURE(new Text("The batch is, byte for byte, what this link's capture .cmd download gives.",
            "De batch is, byte voor byte, wat de vastleg-.cmd-download van deze link geeft.")),
    UNDO(new Text("The batch is, byte for byte, the undo .cmd rdpfix's page builds from the capture pasted there.",
            "De batch is, byte voor byte, de undo-.cmd die de rdpfix-pagina maakt uit de daar geplakte vastlegging.")),
    /** Repair only: the undo file the fix kept on the disk, run from there on a second repair VM; no batch of its own. */
    RECORDED_UNDO(new Text("It runs the undo file the fix kept on the disk, only at the size the fix wrote it.",
            "Het voert het undo-bestand uit dat de fix op de schijf bewaarde, alleen met de grootte waarmee de fix het schreef."));

    private final Text sameBatch;

    WrapperKind(Text sameBatch) {
        this.sameBatch = sameBatch;
    }

    Text sameBatch() {
        return sameBatch;
    }

    /** The script's download name for a channel that has one: rdpfix-runcommand.ps1, rdpfix-capture-repair.ps1. */
    public String fileName(Channel channel) {
        String name = channel.scriptFileName().orElseThrow(() -> new IllegalArgumentException(channel + " has no PowerShell script"));
        return this == FIX ? name : name.replaceFirst("^rdpfix-", "rdpfix-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-");
    }
}
