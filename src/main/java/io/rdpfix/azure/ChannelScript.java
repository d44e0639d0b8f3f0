package io.rdpfix.azure;

import io.rdpfix.location.Target;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import java.util.Optional;

/** The PowerShell script a channel runs, around the request's fix or capture batch; none for a pasted channel. */
public final class ChannelScript {
    private ChannelScript() {
    }

    /** @param batch the request's fix or capture in its batch form, exactly as /script.cmd or /capture.cmd serves it */
    public static Optional<PowerShellScript> render(WrapperKind kind, ScriptRequest request, Script batch, ShareUrl share) {
        return switch (request.channel()) {
            case CONSOLE, MANUAL -> Optional.empty();
            case RUNCOMMAND -> Optional.of(RunCommandScript.render(kind, batch, share, request.language()));
            case REPAIR -> Optional.of(RepairScript.render(kind, batch, (Target.Offline) request.target(), share, request.language()));
        };
    }
}
