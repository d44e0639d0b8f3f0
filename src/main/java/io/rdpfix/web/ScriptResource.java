package io.rdpfix.web;

import io.rdpfix.request.ParseResult;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.CaptureScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.target.Target;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;

/** The text endpoints: the scripts as plain text for pasting, or as .cmd downloads. */
@Path("/")
public class ScriptResource {
    private final RequestContext context;

    public ScriptResource(RequestContext context) {
        this.context = context;
    }

    @GET
    @Path("script.txt")
    public Response scriptText(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.PASTE, "", (request, form) -> ApplyScript.render(request, form, context.shareUrl(request)));
    }

    @GET
    @Path("script.cmd")
    public Response scriptBatch(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.BATCH, "", (request, form) -> ApplyScript.render(request, form, context.shareUrl(request)));
    }

    @GET
    @Path("capture.txt")
    public Response captureText(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.PASTE, "capture-", (request, form) -> CaptureScript.render(request, form, context.shareUrl(request)));
    }

    @GET
    @Path("capture.cmd")
    public Response captureBatch(@Context UriInfo uri, @Context HttpHeaders headers) {
        return render(uri, headers, ScriptForm.BATCH, "capture-", (request, form) -> CaptureScript.render(request, form, context.shareUrl(request)));
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
