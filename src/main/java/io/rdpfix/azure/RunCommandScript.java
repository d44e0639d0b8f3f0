package io.rdpfix.azure;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptTexts;
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

    /** @param batch the online fix in its batch form, as /script.cmd serves it for the same state */
    public static PowerShellScript render(Script batch, ShareUrl share, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + ScriptTexts.TITLE.with(Catalog.VERSION).in(language));
        lines.add("# " + ChannelTexts.RUNCOMMAND_HOW.in(language));
        lines.add("# " + ChannelTexts.RUNS_BATCH.in(language));
        lines.add("# " + ChannelTexts.SAME_BATCH.in(language));
        lines.add("# " + ChannelTexts.SHARE.with(share.value()).in(language));
        lines.addAll(BatchFile.hereString(batch));
        lines.addAll(BatchFile.write(language));
        lines.add("& cmd.exe /d /c $file");
        lines.add("$code = $LASTEXITCODE");
        lines.add("Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue");
        lines.add("exit $code");
        return new PowerShellScript(lines);
    }
}
