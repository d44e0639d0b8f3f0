package io.rdpfix.web;

import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.check.CheckReport;
import io.rdpfix.check.VerdictLine;
import io.rdpfix.text.Text;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.rdpfix.registry.RegKey;

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

    /** The listener keys of the control sets the fix's output says it skipped. */
    private static Set<RegKey> skipped(WritePlan plan, String output) {
        Set<String> sets = VerdictLine.skippedSets(output);
        return plan.listenerKeys().stream()
                .filter(key -> sets.stream().anyMatch(set -> key.path().contains("\\" + set + "\\")))
                .collect(Collectors.toSet());
    }

    /** @param skipped the keys the fix skipped: their values are not in its count */
    private static Outcome fromVerdict(WritePlan plan, VerdictLine verdict, Set<RegKey> skipped, Language language) {
        int sets = (int) plan.writes().stream().filter(write -> !skipped.contains(write.key().key())).count();
        if (verdict instanceof VerdictLine.Stopped stopped) {
            return refused(new Text("the fix stopped before writing anything: " + stopped.reason() + ". Put that right and run it again.",
                    "de fix stopte voordat hij iets schreef: " + stopped.reason() + ". Los dat op en draai hem opnieuw."));
        }
        int total = verdict instanceof VerdictLine.Ok ok ? ok.total() : ((VerdictLine.Failed) verdict).total();
        if (total != sets) {
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
