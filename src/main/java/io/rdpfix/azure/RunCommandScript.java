package io.rdpfix.azure;

import io.rdpfix.catalog.Fix;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * rdpfix-runcommand.ps1: the online batch, run by Run Command. Run Command returns only the last
 * 4,096 bytes of the output, so nothing is printed after the batch: its verdict stays the last line.
 */
public final class RunCommandScript {
    private RunCommandScript() {
    }

    /** @param batch the online fix or capture in its batch form, as /script.cmd or /capture.cmd serves it for the same state */
    public static PowerShellScript render(WrapperKind kind, Script batch, ShareUrl share, Fix fix, Language language) {
        if (kind == WrapperKind.RECORDED_UNDO) {
            throw new IllegalArgumentException("Run Command runs the recorded undo file by its own line");
        }
        List<String> lines = BatchFile.header(kind, fix, language, share, ChannelTexts.RUNCOMMAND_HOW, ChannelTexts.RUNS_BATCH);
        lines.addAll(BatchFile.hereString(batch));
        List<String> run = new ArrayList<>(BatchFile.write(language));
        run.add(BatchFile.RUN);
        run.add("$script:code = $LASTEXITCODE");
        run.add(BatchFile.REMOVE);
        lines.addAll(BatchFile.guarded(run, language, ""));
        lines.add("exit $code");
        return new PowerShellScript(lines);
    }
}
