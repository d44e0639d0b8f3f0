package io.rdpfix.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line a fix or an undo prints, read back from pasted console output: every value verified,
 * some not (named, the list cut to fit 80 columns), or stopped before writing. English or Dutch.
 */
public sealed interface VerdictLine permits VerdictLine.Ok, VerdictLine.Failed, VerdictLine.Stopped {

    record Ok(int verified, int total) implements VerdictLine {
    }

    /** @param cut whether the names listed are fewer than the values that failed (the line was cut) */
    record Failed(int failed, int total, List<String> names, boolean cut) implements VerdictLine {
        public Failed {
            names = List.copyOf(names);
        }
    }

    record Stopped(String reason) implements VerdictLine {
    }

    Pattern OK = Pattern.compile("rdpfix: OK, (\\d{1,4}) (?:of|van) (\\d{1,4}) (?:values verified|waarden gecontroleerd)");
    Pattern FAILED = Pattern.compile("rdpfix: (?:FAILED|MISLUKT) (\\d{1,4}) (?:of|van) (\\d{1,4}): ?([A-Za-z0-9 ]*)");
    Pattern STOPPED = Pattern.compile("rdpfix: (?:FAILED|MISLUKT): ([ -~]{1,200})");

    /** What the fix prints for a control set without one of its keys (ScriptTexts.SKIPPED_SET), English or Dutch. */
    Pattern SKIPPED = Pattern.compile("rdpfix: (ControlSet[0-9]{3}) (?:has no ([A-Za-z][A-Za-z0-9 -]{0,40}) key: skipped"
            + "|heeft geen ([A-Za-z][A-Za-z0-9 -]{0,40})-sleutel: overgeslagen)");

    /** A key the fix said it skipped: the control set ({@code ControlSet002}) and the key's own name ({@code RDP-Tcp}). */
    record SkippedKey(String controlSet, String name) {
    }

    /** The keys the fix said it skipped. */
    static java.util.Set<SkippedKey> skippedKeys(String text) {
        java.util.Set<SkippedKey> keys = new java.util.HashSet<>();
        Matcher skipped = SKIPPED.matcher(text);
        while (skipped.find()) {
            keys.add(new SkippedKey(skipped.group(1), skipped.group(2) != null ? skipped.group(2) : skipped.group(3)));
        }
        return keys;
    }

    /** The last verdict line in the text, prompts and trailing blanks ignored. */
    static Optional<VerdictLine> find(String text) {
        List<String> lines = Arrays.asList(text.split("\r?\n|\r"));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            int start = line.indexOf("rdpfix: ");
            if (start < 0) {
                continue;
            }
            line = line.substring(start);
            Matcher ok = OK.matcher(line);
            if (ok.matches()) {
                return Optional.of(new Ok(Integer.parseInt(ok.group(1)), Integer.parseInt(ok.group(2))));
            }
            Matcher failed = FAILED.matcher(line);
            if (failed.matches()) {
                int count = Integer.parseInt(failed.group(1));
                List<String> names = Arrays.stream(failed.group(3).trim().split(" +")).filter(name -> !name.isEmpty()).toList();
                return Optional.of(new Failed(count, Integer.parseInt(failed.group(2)), names, names.size() < count));
            }
            Matcher stopped = STOPPED.matcher(line);
            if (stopped.matches()) {
                return Optional.of(new Stopped(stopped.group(1)));
            }
        }
        return Optional.empty();
    }
}
