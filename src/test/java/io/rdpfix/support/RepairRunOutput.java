package io.rdpfix.support;

import io.rdpfix.azure.DriverLog;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What az vm repair's driver prints for a run of the repair script that printed these lines, made
 * from {@link DriverLog}'s format and pattern as the script's log function uses them (PowerShell
 * cannot run here): the driver's start entry, every line an Output entry but the last, the verdict
 * at the level for its outcome, the status, the driver's end entry.
 */
public final class RepairRunOutput {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 1, 23, 45);
    private static final Pattern ENTRY_START = Pattern.compile(DriverLog.ENTRY_START, Pattern.CASE_INSENSITIVE);

    private RepairRunOutput() {
    }

    /** A line as the script's Out-RdpfixLog prints it (PowerShell's -replace ignores case, as the flag here). */
    public static String entry(String level, String line) {
        String time = NOW.format(DateTimeFormatter.ofPattern(DriverLog.TIME_FORMAT, Locale.ROOT));
        return "[" + level + " " + time + "] " + ENTRY_START.matcher(line).replaceAll("(");
    }

    public static String log(List<String> lines, boolean ok) {
        List<String> log = new ArrayList<>(List.of("[Log-Start 12/07/2026 01:23:40]"));
        for (int i = 0; i < lines.size() - 1; i++) {
            log.add(entry("Output", lines.get(i)));
        }
        log.add(entry(ok ? "Output" : "Error", lines.get(lines.size() - 1)));
        log.add(ok ? DriverLog.SUCCESS : DriverLog.ERROR);
        log.add("[Log-End 12/07/2026 01:23:50]C:\\Windows\\System32\\repair-files-20261207012340\\logs-20261207012340.txt");
        return String.join("\n", log) + "\n";
    }
}
