package io.rdpfix.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How az vm repair run reads what its driver printed, ported line for line from the vm-repair
 * extension (Azure/azure-cli-extensions, src/vm-repair/azext_vm_repair: repair_utils.py
 * _parse_run_script_raw_logs and _check_script_succeeded, custom.py run()): the log split into
 * entries where an "[Output MM/dd/yyyy HH:mm:ss]"-like start or "[STATUS]" begins, success only if
 * "[STATUS]::SUCCESS" occurs anywhere, and the output shown: the Output entries of a successful run,
 * the Error entries of a failed one.
 */
public final class RepairCli {
    private static final Pattern ENTRY = Pattern.compile("((?=\\[(?:Log-Start|Log-End|Output|Info|Warning|Error|Debug) "
            + "[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]\\])|(?=\\[STATUS\\]))");

    private RepairCli() {
    }

    /** @param output what the CLI shows: "Script completed succesfully." runs show it as info, others as error */
    public record Reading(boolean succeeded, String output) {
    }

    public static Reading read(String stdout) {
        boolean succeeded = stdout.contains("[STATUS]::SUCCESS");
        String level = succeeded ? "output" : "error";
        List<String> shown = new ArrayList<>();
        for (String message : entries(stdout)) {
            String entryLevel = message.contains("[STATUS]::") ? "STATUS" : message.split(" ", 2)[0].substring(1);
            if (entryLevel.equalsIgnoreCase(level)) {
                shown.add(message);
            }
        }
        return new Reading(succeeded, String.join("\n", shown));
    }

    /** The zero-width split of _regex_split, empty pieces dropped, each stripped of newlines at both ends. */
    private static List<String> entries(String log) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher matcher = ENTRY.matcher(log);
        while (matcher.find()) {
            starts.add(matcher.start());
        }
        starts.add(log.length());
        List<String> entries = new ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) {
            String piece = log.substring(starts.get(i), starts.get(i + 1)).replaceAll("^\n+|\n+$", "");
            if (!piece.isEmpty()) {
                entries.add(piece);
            }
        }
        return entries;
    }
}
