package io.rdpfix.web;

import io.rdpfix.capture.CaptureResult;
import io.rdpfix.capture.CaptureScript;
import io.rdpfix.request.ParseResult;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.target.Target;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;

/** The text endpoints: scripts as plain text for pasting, or as .cmd downloads. */
@Path("/")
public class ScriptResource {
    private final RequestContext context;
    private final UndoService undo;

    public ScriptResource(RequestContext context, UndoService undo) {
        this.context = context;
        this.undo = undo;
    }

    @GET
    @Path("script.txt")
    public Response scriptText(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.PASTE, "", this::apply);
    }

    @GET
    @Path("script.cmd")
    public Response scriptBatch(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.BATCH, "", this::apply);
    }

    @GET
    @Path("capture.txt")
    public Response captureText(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.PASTE, "capture-", this::capture);
    }

    @GET
    @Path("capture.cmd")
    public Response captureBatch(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.BATCH, "capture-", this::capture);
    }

    @POST
    @Path("undo.txt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoText(@Context UriInfo uri, @Context HttpHeaders headers, @FormParam("capture") String capture) {
        return undo(uri, headers, capture, ScriptForm.PASTE);
    }

    @POST
    @Path("undo.cmd")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoBatch(@Context UriInfo uri, @Context HttpHeaders headers, @FormParam("capture") String capture) {
        return undo(uri, headers, capture, ScriptForm.BATCH);
    }

    private Script apply(ScriptRequest request, ScriptForm form) {
        return ApplyScript.render(request, form, context.shareUrl(request));
    }

    private Script capture(ScriptRequest request, ScriptForm form) {
        return CaptureScript.render(request, form, context.shareUrl(request));
    }

    private Response undo(UriInfo uri, HttpHeaders headers, String capture, ScriptForm form) {
        ParseResult parsed = context.parse(uri, headers);
        if (parsed instanceof ParseResult.Invalid invalid) {
            return TextResponses.badRequest(invalid.describe());
        }
        ScriptRequest request = ((ParseResult.Valid) parsed).request();
        UndoService.Outcome outcome = undo.render(request, capture == null ? "" : capture, form);
        if (outcome.refusal().isPresent()) {
            CaptureResult.Refused refused = outcome.refusal().get();
            String reason = "capture: " + refused.reason().in(request.language()) + "\n";
            return refused.tooLarge() ? TextResponses.tooLarge(reason) : TextResponses.badRequest(reason);
        }
        return TextResponses.script(outcome.script().orElseThrow(), fileName("undo-", request));
    }

    private Response render(UriInfo uri, HttpHeaders headers, ScriptForm form, String kind,
                            BiFunction<ScriptRequest, ScriptForm, Script> renderer) {
        ParseResult parsed = context.parse(uri, headers);
        if (parsed instanceof ParseResult.Invalid invalid) {
            return TextResponses.badRequest(invalid.describe());
        }
        ScriptRequest request = ((ParseResult.Valid) parsed).request();
        return TextResponses.script(renderer.apply(request, form), fileName(kind, request));
    }

    static String fileName(String kind, ScriptRequest request) {
        return "rdpfix-" + kind + (request.target() instanceof Target.Offline ? "offline" : "online") + ".cmd";
    }
}
