package io.rdpfix.web;

import io.rdpfix.capture.Capture;
import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.script.PasteBlocks;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Text;
import io.rdpfix.undo.UndoPlan;
import io.rdpfix.undo.UndoScript;
import io.rdpfix.undo.UndoStep;
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
        Optional<UndoStep.Restore> uncarried = form == ScriptForm.PASTE ? pasteCannotCarry(undo) : Optional.empty();
        if (uncarried.isPresent()) {
            return new Outcome(Optional.empty(), Optional.of(CaptureResult.Refused.because(NOT_PASTABLE.with(uncarried.get().name(),
                    uncarried.get().key().path()))), Optional.of(capture));
        }
        Script script = UndoScript.render(request, undo, form, share);
        // A long captured string gives a line no paste can carry; a batch file takes up to cmd's 8,191.
        Optional<Integer> overlong = form == ScriptForm.PASTE ? PasteBlocks.overlongLine(script) : Optional.empty();
        if (overlong.isPresent()) {
            return new Outcome(Optional.empty(), Optional.of(CaptureResult.Refused.because(TOO_LONG_TO_PASTE.with(overlong.get(),
                    PasteBlocks.LIMIT))), Optional.of(capture));
        }
        return new Outcome(Optional.of(script), Optional.empty(), Optional.of(capture));
    }

    /** The first value put back as a string that a typed line cannot carry exactly ({@link CmdWriter#pasteCannotCarry(io.rdpfix.registry.RegValue)}). */
    private static Optional<UndoStep.Restore> pasteCannotCarry(UndoPlan undo) {
        return undo.steps().stream().filter(UndoStep.Restore.class::isInstance).map(UndoStep.Restore.class::cast)
                .filter(restore -> CmdWriter.pasteCannotCarry(restore.value()))
                .findFirst();
    }

    private static final Text NOT_PASTABLE = new Text(
            "{0} in {1} was captured as text with a double quote or a percent sign, which a pasted line cannot carry exactly: "
                    + "run the undo as a batch file (undo.cmd) in an elevated prompt, or put that value back by hand.",
            "{0} in {1} is vastgelegd als tekst met een dubbel aanhalingsteken of een procentteken, dat een geplakte regel niet "
                    + "exact kan dragen: voer de undo uit als batchbestand (undo.cmd) in een verhoogde prompt, of zet die waarde met de hand terug.");

    private static final Text TOO_LONG_TO_PASTE = new Text(
            "A value captured as a long string makes a line of {0} characters in the pasted undo, more than one paste takes ({1}): "
                    + "run the undo as a batch file (undo.cmd) in an elevated prompt, or put that value back by hand.",
            "Een waarde die als lange tekst is vastgelegd geeft een regel van {0} tekens in de geplakte undo, meer dan een plakbeurt "
                    + "neemt ({1}): voer de undo uit als batchbestand (undo.cmd) in een verhoogde prompt, of zet die waarde met de hand terug.");
}
