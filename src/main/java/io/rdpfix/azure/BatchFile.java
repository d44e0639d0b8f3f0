package io.rdpfix.azure;

import io.rdpfix.catalog.Fix;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.powershell.PowerShell;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptTexts;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The batch inside a wrapper: carried verbatim in a single-quoted here-string, written back to a
 * file under %SystemRoot%\Temp (only administrators and SYSTEM write there; no spaces in the path,
 * so cmd.exe gets it unquoted) with CRLF line endings whatever the transport did to the .ps1's.
 */
final class BatchFile {
    private BatchFile() {
    }

    /** Deletes the written batch file; nothing to say if it is gone already. */
    static final String REMOVE = "Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue";

    /** The comment lines a wrapper starts with: the title, what it does, where its batch comes from, its link. */
    static List<String> header(WrapperKind kind, Fix fix, Language language, ShareUrl share, Text... does) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + ScriptTexts.TITLE.with(fix.version(), fix.title().in(language)).in(language));
        Arrays.stream(does).forEach(text -> lines.add("# " + text.in(language)));
        if (kind == WrapperKind.CAPTURE) {
            lines.add("# " + ChannelTexts.CAPTURE_READS.in(language));
        }
        lines.add("# " + kind.sameBatch().in(language));
        lines.add("# " + ChannelTexts.SHARE.with(share.value()).in(language));
        return lines;
    }

    /** {@code $batch = @'...'@} holding the batch's lines. */
    static List<String> hereString(Script batch) {
        if (batch.form() != ScriptForm.BATCH) {
            throw new IllegalArgumentException("a wrapper carries the batch form");
        }
        return PowerShell.hereString("batch", batch.lines());
    }

    /** Sets $file to the written batch, or stops with {@code failure} as the last line before anything changed. */
    static List<String> write(Language language) {
        List<String> lines = new ArrayList<>();
        lines.add("$file = Join-Path $env:SystemRoot ('Temp\\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')");
        lines.add("try {");
        lines.add("    [IO.File]::WriteAllText($file, ($batch -replace \"`r?`n\", \"`r`n\") + \"`r`n\", [Text.Encoding]::ASCII)");
        lines.add("} catch {");
        lines.add("    Write-Output " + say(ChannelTexts.CANNOT_WRITE, language));
        lines.add("    " + stop(1));
        lines.add("}");
        return lines;
    }

    /**
     * Runs the written batch with its error output in its standard output (reg.exe's "Access is
     * denied" goes to stderr, which Run Command returns apart and az vm repair's driver drops), merged
     * by cmd.exe itself so that the lines stay in order and stay plain text.
     */
    static final String RUN = "& cmd.exe /d /c $file '2>&1'";

    /** Ends the guarded statements (see {@link #guarded}) with the exit code the wrapper exits with. */
    static String stop(int code) {
        return "$script:code = " + code + "; return";
    }

    /**
     * A wrapper's statements in one block whose every stream, errors included, becomes lines of output,
     * so that what PowerShell itself raises (a cmdlet that throws, a denied access) ends the run with
     * one verdict line rather than an error record on a stream nobody reads. $code holds the exit code.
     *
     * @param pipeline what the block's output goes through, after {@code 2>&1}: empty for straight out
     */
    static List<String> guarded(List<String> statements, Language language, String pipeline) {
        List<String> lines = new ArrayList<>();
        lines.add("$code = 1");
        lines.add("& {");
        lines.add("    try {");
        statements.forEach(statement -> lines.add("        " + statement));
        lines.add("    } catch {");
        lines.add("        " + say(ChannelTexts.RAISED, language) + " + ($_.Exception.Message -replace '\\s+', ' ')");
        lines.add("        " + stop(1));
        lines.add("    }");
        lines.add("} 2>&1" + pipeline);
        return lines;
    }

    /** A text as a PowerShell literal. */
    static String say(Text text, Language language) {
        return PowerShell.literal(text.in(language));
    }

    /** A text whose {0} is a PowerShell variable's value at run time, as a string expression. */
    static String say(Text text, Language language, String variable) {
        List<String> parts = Arrays.stream(text.in(language).split("\\{0\\}", -1)).map(PowerShell::literal).toList();
        return "(" + String.join(" + " + variable + " + ", parts) + ")";
    }
}
