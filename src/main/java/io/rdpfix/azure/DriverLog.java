package io.rdpfix.azure;

import io.rdpfix.capture.LogEntry;
import io.rdpfix.powershell.PowerShell;
import java.util.ArrayList;
import java.util.List;

/**
 * The log format of az vm repair run, as its source has it (Azure/azure-cli-extensions, src/vm-repair):
 * the driver, win-run-driver.ps1, runs the script with its output sent to a log file and prints that
 * file; the CLI (custom.py run()) splits it into entries at "[Output MM/dd/yyyy HH:mm:ss]" and the like,
 * calls the run successful only when the log holds [STATUS]::SUCCESS, and then shows the Output entries,
 * or for a failed run only the Error entries. A line without such a start joins the entry before it,
 * which is why every line the repair script prints gets one, and the verdict comes last at the level
 * shown for its outcome.
 */
public final class DriverLog {
    private DriverLog() {
    }

    /** The timestamp in every entry's start; PowerShell formats it with the invariant culture (slashes). */
    public static final String TIME_FORMAT = "MM/dd/yyyy HH:mm:ss";
    public static final String SUCCESS = "[STATUS]::SUCCESS";
    public static final String ERROR = "[STATUS]::ERROR";

    /**
     * What the CLI would read as the start of an entry or a status, case-insensitively (as PowerShell's
     * -replace matches): in a line printed, its bracket becomes a parenthesis, so that text from the disk
     * (a ProductName, say) can neither start an entry nor claim success.
     */
    public static final String ENTRY_START = "\\[(?=" + LogEntry.WORDS + ")";

    private static final String FUNCTION = "Out-RdpfixLog";

    /** After the guarded block: every line but the last goes out at once; the last one, the verdict, is held. */
    static final String PIPELINE = " | ForEach-Object {";

    /** The guarded statements, each line they print made an Output entry, the verdict last with the status. */
    static List<String> around(List<String> guarded) {
        List<String> lines = new ArrayList<>();
        lines.add("function " + FUNCTION + "([string] $Level, [string] $Line) {");
        lines.add("    $time = [DateTime]::Now.ToString(" + PowerShell.literal(TIME_FORMAT) + ", [Globalization.CultureInfo]::InvariantCulture)");
        lines.add("    '[' + $Level + ' ' + $time + '] ' + ($Line -replace " + PowerShell.literal(ENTRY_START) + ", '(')");
        lines.add("}");
        lines.add("$held = $null");
        lines.addAll(guarded);
        lines.add("    if ($null -ne $held) {");
        lines.add("        " + FUNCTION + " 'Output' $held");
        lines.add("    }");
        lines.add("    $held = [string] $_");
        lines.add("}");
        lines.add("if ($code -eq 0) {");
        lines.add("    " + FUNCTION + " 'Output' $held");
        lines.add("    " + PowerShell.literal(SUCCESS));
        lines.add("} else {");
        lines.add("    " + FUNCTION + " 'Error' $held");
        lines.add("    " + PowerShell.literal(ERROR));
        lines.add("}");
        lines.add("exit $code");
        return lines;
    }
}
