package io.rdpfix.web;

import io.rdpfix.capture.Capture;
import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.WritePlan;
import io.rdpfix.undo.UndoPlan;
import io.rdpfix.undo.UndoScript;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** From pasted capture text to an undo script, or to the reason there is none. */
@ApplicationScoped
public class UndoService {
    /** @param capture what the pasted capture saw, when it parsed */
    public record Outcome(Optional<Script> script, Optional<CaptureResult.Refused> refusal, Optional<Capture> capture) {
    }

    public Outcome render(ScriptRequest request, String captureText, ScriptForm form, ShareUrl share) {
        WritePlan plan = WritePlan.of(request);
        CaptureResult result = CaptureParser.parse(captureText, plan);
        if (result instanceof CaptureResult.Refused refused) {
            return new Outcome(Optional.empty(), Optional.of(refused), Optional.empty());
        }
        Capture capture = ((CaptureResult.Parsed) result).capture();
        UndoPlan undo = UndoPlan.of(plan, capture);
        return new Outcome(Optional.of(UndoScript.render(request, undo, form, share)), Optional.empty(), Optional.of(capture));
    }
}
