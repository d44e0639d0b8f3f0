package io.rdpfix.azure;

import io.rdpfix.location.Channel;
import io.rdpfix.location.Target;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.VmUndoFile;
import java.util.Optional;

/** The PowerShell script a channel runs, around the request's fix or capture batch; none for a pasted channel. */
public final class ChannelScript {
    private ChannelScript() {
    }

    /** @param batch the request's fix or capture in its batch form, exactly as /script.cmd or /capture.cmd serves it */
    public static Optional<PowerShellScript> render(WrapperKind kind, ScriptRequest request, Script batch, ShareUrl share) {
        return switch (request.channel()) {
            case CONSOLE, MANUAL -> Optional.empty();
            case RUNCOMMAND -> Optional.of(RunCommandScript.render(kind, batch, share, request.fix(), request.language()));
            case REPAIR -> Optional.of(RepairScript.render(kind, batch, (Target.Offline) request.target(), VmUndoFile.recordedBy(request),
                    share, request.fix(), request.language()));
        };
    }

    /** az vm repair's run of the undo the fix kept on the disk: only on repair, only when the fix records one. */
    public static Optional<PowerShellScript> recordedUndo(ScriptRequest request, ShareUrl share) {
        return request.channel() != Channel.REPAIR ? Optional.empty() : VmUndoFile.recordedBy(request)
                .map(undo -> RepairScript.recordedUndo(undo, (Target.Offline) request.target(), share, request.fix(), request.language()));
    }
}
