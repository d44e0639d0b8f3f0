package io.rdpfix.web;

import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.check.CheckReport;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** "Did it work?": a capture taken after the fix, read against the selection, for the page and for curl. */
@ApplicationScoped
public class CheckService {

    public record Outcome(Optional<CheckReport> report, Optional<CaptureResult.Refused> refusal) {
    }

    public Outcome check(ScriptRequest request, String captureText) {
        WritePlan plan = WritePlan.of(request);
        CaptureResult result = CaptureParser.parse(captureText, plan);
        if (result instanceof CaptureResult.Refused refused) {
            return new Outcome(Optional.empty(), Optional.of(refused));
        }
        return new Outcome(Optional.of(CheckReport.of(plan, ((CaptureResult.Parsed) result).capture())), Optional.empty());
    }

    /** The page's view of an outcome; a paste over the limit is not echoed back. */
    static PageView.CheckView view(String captureText, Outcome outcome, Language language) {
        String shown = CaptureParser.tooLarge(captureText) ? "" : captureText;
        return outcome.report().map(report -> new PageView.CheckView(shown, report.verdict(language), report.failures(),
                        report.rows().stream().map(row -> new PageView.CheckRow(row.key(), row.name(), row.expected(), row.found(),
                                row.outcome() == CheckReport.Outcome.OK, row.outcome().advice().in(language))).toList(),
                        Optional.empty()))
                .orElseGet(() -> new PageView.CheckView(shown, "", 0, java.util.List.of(),
                        outcome.refusal().map(r -> r.reason().in(language))));
    }
}
