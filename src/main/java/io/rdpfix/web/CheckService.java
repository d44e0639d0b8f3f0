package io.rdpfix.web;

import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.check.CheckReport;
import io.rdpfix.check.VerdictLine;
import io.rdpfix.text.Text;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** "Did it work?": a capture taken after the fix, read against the selection, for the page and for curl. */
@ApplicationScoped
public class CheckService {

    public record Outcome(Optional<CheckReport> report, Optional<CaptureResult.Refused> refusal) {
    }

    /** A capture taken after the fix; else the fix's own output, read by its verdict line; else the capture's refusal. */
    public Outcome check(ScriptRequest request, String captureText) {
        WritePlan plan = WritePlan.of(request);
        CaptureResult result = CaptureParser.parse(captureText, plan);
        // Over the limit nothing is read, a verdict line at its end neither.
        if (result instanceof CaptureResult.Refused refused && refused.tooLarge()) {
            return new Outcome(Optional.empty(), Optional.of(refused));
        }
        if (result instanceof CaptureResult.Refused refused) {
            return VerdictLine.find(captureText).map(verdict -> fromVerdict(plan, verdict, skipped(plan, captureText), request.language()))
                    .orElse(new Outcome(Optional.empty(), Optional.of(refused)));
        }
        return new Outcome(Optional.of(CheckReport.of(plan, ((CaptureResult.Parsed) result).capture())), Optional.empty());
    }

    /** The values in the keys the fix's output says it skipped. */
    private static Set<Write> skipped(WritePlan plan, String output) {
        Set<VerdictLine.SkippedKey> keys = VerdictLine.skippedKeys(output);
        return plan.writes().stream().filter(write -> write.key().mustExist() && keys.stream().anyMatch(skipped -> write.key().key().name()
                        .equals(skipped.name()) && write.key().key().path().contains("\\" + skipped.controlSet() + "\\")))
                .collect(Collectors.toSet());
    }

    /**
     * @param inSkippedKeys the values in keys the fix skipped: they are not in its count, nor are values
     *                      written only where they exist that were not there
     */
    private static Outcome fromVerdict(WritePlan plan, VerdictLine verdict, Set<Write> inSkippedKeys, Language language) {
        if (verdict instanceof VerdictLine.Stopped stopped) {
            return refused(new Text("the fix stopped before writing anything: " + stopped.reason() + ". Put that right and run it again.",
                    "de fix stopte voordat hij iets schreef: " + stopped.reason() + ". Los dat op en draai hem opnieuw."));
        }
        int total = verdict instanceof VerdictLine.Ok ok ? ok.total() : ((VerdictLine.Failed) verdict).total();
        List<Write> whereTheyExist = plan.writes().stream().filter(w -> w.value().whereItExists() && !inSkippedKeys.contains(w)).toList();
        int sets = plan.writes().size() - inSkippedKeys.size();
        Set<Write> skipped = new HashSet<>(inSkippedKeys);
        if (!whereTheyExist.isEmpty() && total == sets - whereTheyExist.size()) {
            // None of them was there: the fix wrote none and counted none.
            skipped.addAll(whereTheyExist);
        } else if (!whereTheyExist.isEmpty() && total > sets - whereTheyExist.size() && total < sets) {
            return refused(new Text("that verdict line counts " + total + " values: some of the values this fix sets only where they"
                    + " exist were there, and it does not say which. Run the capture and check that.",
                    "die regel telt " + total + " waarden: een deel van de waarden die deze fix alleen zet waar ze bestaan, stond er,"
                            + " en hij zegt niet welke. Draai de vastlegging en controleer die."));
        } else if (total != sets) {
            return refused(new Text("that verdict line counts " + total + " values; this selection sets " + sets
                    + ": paste the output of this selection's fix, or its capture.",
                    "die regel telt " + total + " waarden; deze selectie zet er " + sets
                            + ": plak de uitvoer van de fix van deze selectie, of de vastlegging."));
        }
        return new Outcome(Optional.of(verdict instanceof VerdictLine.Failed failed ? CheckReport.of(plan, failed, skipped, language)
                : CheckReport.allVerified(plan, skipped, language)), Optional.empty());
    }

    private static Outcome refused(Text reason) {
        return new Outcome(Optional.empty(), Optional.of(CaptureResult.Refused.because(reason)));
    }

    /** The page's view of an outcome; a paste over the limit is not echoed back. */
    static PageView.CheckView view(String captureText, Outcome outcome, Language language) {
        String shown = CaptureParser.tooLarge(captureText) ? "" : captureText;
        return outcome.report().map(report -> new PageView.CheckView(shown, report.verdict(language), report.failures(),
                        report.rows().stream().map(row -> new PageView.CheckRow(row.key(), row.name(), row.expected(), row.found(),
                                row.outcome() == CheckReport.Outcome.OK || row.outcome() == CheckReport.Outcome.SKIPPED,
                                row.outcome().advice().in(language))).toList(),
                        Optional.empty()))
                .orElseGet(() -> new PageView.CheckView(shown, "", 0, java.util.List.of(),
                        outcome.refusal().map(r -> r.reason().in(language))));
    }
}
