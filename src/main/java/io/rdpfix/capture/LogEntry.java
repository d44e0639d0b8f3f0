package io.rdpfix.capture;

import java.util.regex.Pattern;

/**
 * A line as az vm repair run shows it from its driver's log: "[Output MM/dd/yyyy HH:mm:ss] " (or
 * "[Error ...] ") before what the script printed. The repair script turns a bracket that would start
 * such an entry, or a status, in its own text into a parenthesis (azure.DriverLog), so a line that
 * came through the log with such a parenthesis may not be what the machine printed.
 */
public final class LogEntry {
    private LogEntry() {
    }

    /** The words after a bracket that start an entry of the driver's log or a status, as the CLI splits the log. */
    public static final String WORDS = "STATUS\\]|(?:Log-Start|Log-End|Output|Info|Warning|Error|Debug) ";

    static final Pattern START = Pattern.compile("^\\[(?:Output|Error) [0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}\\] ");

    /** Where the script may have put a parenthesis for a bracket (PowerShell's -replace ignores case). */
    static final Pattern NEUTRALISED = Pattern.compile("\\((?=" + WORDS + ")", Pattern.CASE_INSENSITIVE);
}
