package io.rdpfix.web;

import io.rdpfix.azure.ChannelScript;
import io.rdpfix.azure.CloudShellCommands;
import io.rdpfix.azure.WrapperKind;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.location.Target;
import io.rdpfix.request.ParseResult;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The text endpoints: scripts as plain text for pasting, or as .cmd downloads. Each declares its one
 * type, and an Accept that leaves it out gets 406; the pasted scripts, the hot paths, return their
 * bytes, so that RESTEasy chooses their writer at build time rather than per request.
 */
@Path("/")
@Produces(TextResponses.TEXT)
public class ScriptResource {
    private final RequestContext context;
    private final UndoService undo;
    private final CheckService check;
    private final RenderCache cache;

    public ScriptResource(RequestContext context, UndoService undo, CheckService check, RenderCache cache) {
        this.context = context;
        this.undo = undo;
        this.check = check;
        this.cache = cache;
    }

    @GET
    @Path("script.txt")
    @NonBlocking
    public byte[] scriptText(@Context UriInfo uri, @Context HttpServerRequest http) {
        return pasted(uri, http, RenderCache.Kind.APPLY);
    }

    @GET
    @Path("script.cmd")
    @Produces(TextResponses.BATCH)
    @NonBlocking
    public Response scriptBatch(@Context UriInfo uri, @Context HttpServerRequest http) {
        return render(uri, http, RenderCache.Kind.APPLY, ScriptForm.BATCH, "");
    }

    @GET
    @Path("capture.txt")
    @NonBlocking
    public byte[] captureText(@Context UriInfo uri, @Context HttpServerRequest http) {
        return pasted(uri, http, RenderCache.Kind.CAPTURE);
    }

    @GET
    @Path("capture.cmd")
    @Produces(TextResponses.BATCH)
    @NonBlocking
    public Response captureBatch(@Context UriInfo uri, @Context HttpServerRequest http) {
        return render(uri, http, RenderCache.Kind.CAPTURE, ScriptForm.BATCH, "capture-");
    }

    /** The channel's PowerShell script (Run Command or az vm repair run), around the same batch /script.cmd serves. */
    @GET
    @Path("script.ps1")
    @Produces(TextResponses.BATCH)
    @NonBlocking
    public Response powerShell(@Context UriInfo uri, @Context HttpServerRequest http) {
        return wrapper(uri, http, WrapperKind.FIX);
    }

    /** The channel's PowerShell script around the same batch /capture.cmd serves: what step 0 runs there. */
    @GET
    @Path("capture.ps1")
    @Produces(TextResponses.BATCH)
    @NonBlocking
    public Response capturePowerShell(@Context UriInfo uri, @Context HttpServerRequest http) {
        return wrapper(uri, http, WrapperKind.CAPTURE);
    }

    /** az vm repair only: the run of the undo the fix kept on the disk, on a second repair VM. */
    @GET
    @Path("recorded-undo.ps1")
    @Produces(TextResponses.BATCH)
    @NonBlocking
    public Response recordedUndoPowerShell(@Context UriInfo uri, @Context HttpServerRequest http) {
        return withChannel(uri, http, valid -> ChannelScript.recordedUndo(valid.request(), valid.share())
                .map(script -> TextResponses.script(ScriptForm.BATCH, script.text().getBytes(StandardCharsets.US_ASCII),
                        WrapperKind.RECORDED_UNDO.fileName(valid.request().channel())))
                .orElseGet(() -> TextResponses.badRequest(NO_RECORDED_UNDO.in(valid.language()) + "\n")));
    }

    private Response wrapper(UriInfo uri, HttpServerRequest http, WrapperKind kind) {
        return withChannel(uri, http, valid -> {
            byte[] text = cache.wrapper(kind, valid.request(), valid.share()).orElseThrow().text().getBytes(StandardCharsets.US_ASCII);
            return TextResponses.script(ScriptForm.BATCH, text, kind.fileName(valid.request().channel()));
        });
    }

    /** The Cloud Shell commands that run the channel's script on one VM, for bash and for PowerShell. */
    @GET
    @Path("commands.txt")
    @NonBlocking
    public Response commands(@Context UriInfo uri, @Context HttpServerRequest http) {
        return withChannel(uri, http, valid -> valid.parsed().vm()
                .map(vm -> Response.ok(CloudShellCommands.text(valid.request().channel(), vm, VmUndoFile.of(valid.request()),
                        valid.language()), TextResponses.TEXT).build())
                .orElseGet(() -> TextResponses.badRequest(NO_VM.in(valid.language()) + "\n")));
    }

    private static final CharSequence CONTENT_DISPOSITION = HttpHeaders.createOptimized("Content-Disposition");
    private static final CharSequence INLINE = HttpHeaders.createOptimized("inline");
    private static final Text NO_CHANNEL = new Text(
            "channel: the Serial Console and a repair VM by hand take /script.txt or /script.cmd; PowerShell scripts and commands are for channel=runcommand or channel=repair.",
            "channel: de seriele console en een zelf opgezette herstel-VM nemen /script.txt of /script.cmd; PowerShell-scripts en opdrachten zijn voor channel=runcommand of channel=repair.");
    private static final Text NO_RECORDED_UNDO = new Text(
            "channel, undo: the recorded undo runs through az vm repair (channel=repair) when the fix records one (not undo=off); Run Command runs the undo file by its own line.",
            "channel, undo: de vastgelegde undo draait via az vm repair (channel=repair) als de fix er een vastlegt (niet undo=off); Run Command voert het undo-bestand uit met een eigen regel.");
    private static final Text NOT_IN_PS1 = new Text(
            "capture: a value it holds cannot be carried in a PowerShell script; download the undo as undo.cmd instead.",
            "capture: een waarde erin kan niet in een PowerShell-script mee; download de undo als undo.cmd.");
    private static final Text NO_VM = new Text(
            "rg, vm: give the VM's resource group (rg) and name (vm); the commands name both.",
            "rg, vm: geef de resourcegroep (rg) en de naam (vm) van de VM; de opdrachten noemen beide.");

    /** A valid request for Run Command or repair, or the answer that says why not. */
    private Response withChannel(UriInfo uri, HttpServerRequest http,
                                 Function<Valid, Response> then) {
        Valid valid = valid(uri, http);
        return onChannel(valid, () -> then.apply(valid));
    }

    /** {@code then}'s answer for Run Command or repair; the console has no PowerShell script, and is told where to go. */
    private static Response onChannel(Valid valid, Supplier<Response> then) {
        return valid.request().channel().scriptFileName().isPresent() ? then.get()
                : TextResponses.badRequest(NO_CHANNEL.in(valid.language()) + "\n");
    }

    @POST
    @Path("undo.txt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoText(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return undo(uri, http, body, ScriptForm.PASTE);
    }

    @POST
    @Path("undo.cmd")
    @Produces(TextResponses.BATCH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoBatch(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return undo(uri, http, body, ScriptForm.BATCH);
    }

    /** The undo built from a posted capture, in the channel's PowerShell script: Run Command or az vm repair run it as the fix. */
    @POST
    @Path("undo.ps1")
    @Produces(TextResponses.BATCH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoPowerShell(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return withCapture(uri, http, body, (valid, capture) -> onChannel(valid, () -> withUndo(valid, capture, ScriptForm.BATCH, script -> {
            ScriptRequest request = valid.request();
            try {
                byte[] text = ChannelScript.render(WrapperKind.UNDO, request, script, valid.share()).orElseThrow().text()
                        .getBytes(StandardCharsets.US_ASCII);
                return TextResponses.script(ScriptForm.BATCH, text, WrapperKind.UNDO.fileName(request.channel()));
            } catch (IllegalArgumentException uncarried) {
                // A captured string that would end the here-string or a .ps1 line: the batch form still carries it.
                return TextResponses.badRequest(NOT_IN_PS1.in(valid.language()) + "\n");
            }
        })));
    }

    /** "Did it work?" for curl: a capture taken after the fix, as a report; 200 when every value is right, else 422. */
    @POST
    @Path("check.txt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkText(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return withCapture(uri, http, body, (valid, capture) -> {
            ScriptRequest request = valid.request();
            CheckService.Outcome outcome = check.check(request, capture);
            if (outcome.refusal().isPresent()) {
                return refused(outcome.refusal().get(), request);
            }
            var report = outcome.report().orElseThrow();
            return Response.status(report.failures() == 0 ? 200 : 422).type(TextResponses.TEXT)
                    .entity(report.text(request.language())).build();
        });
    }

    private Response undo(UriInfo uri, HttpServerRequest http, RoutingContext body, ScriptForm form) {
        return withCapture(uri, http, body, (valid, capture) -> withUndo(valid, capture, form, script ->
                TextResponses.script(script.form(), script.text().getBytes(StandardCharsets.US_ASCII), fileName("undo-", valid.request()))));
    }

    /** {@code then}'s answer for the undo built from the capture, or the capture's refusal. */
    private Response withUndo(Valid valid, String capture, ScriptForm form, Function<Script, Response> then) {
        UndoService.Outcome outcome = undo.render(valid.request(), capture, form, valid.share());
        return outcome.refusal().map(refusal -> refused(refusal, valid.request())).orElseGet(() -> then.apply(outcome.script().orElseThrow()));
    }

    /** The valid request and the posted capture text, or the answer that says why there are none. */
    private Response withCapture(UriInfo uri, HttpServerRequest http, RoutingContext body,
                                 BiFunction<Valid, String, Response> then) {
        Valid valid = valid(uri, http);
        CaptureField capture = CaptureField.of(FormBody.of(body));
        if (capture.malformed()) {
            return TextResponses.badRequest("capture: the form body is not valid percent-encoded UTF-8.\n");
        }
        return then.apply(valid, capture.value().orElse(""));
    }

    private static Response refused(CaptureResult.Refused refused, ScriptRequest request) {
        String reason = "capture: " + refused.reason().in(request.language()) + "\n";
        return refused.tooLarge() ? TextResponses.tooLarge(reason) : TextResponses.badRequest(reason);
    }

    private Response render(UriInfo uri, HttpServerRequest http, RenderCache.Kind kind, ScriptForm form, String fileKind) {
        Valid valid = valid(uri, http);
        return TextResponses.script(form, cache.get(kind, valid.request(), form, valid.share()).bytes(), fileName(fileKind, valid.request()));
    }

    /**
     * The pasted form of a script, as the bytes the method answers under its fixed type: RESTEasy
     * then picks the writer once, at build time, instead of per request. A refusal is the same 400.
     */
    private byte[] pasted(UriInfo uri, HttpServerRequest http, RenderCache.Kind kind) {
        Valid valid = valid(uri, http);
        // On the Vert.x response, encoded once: as a JAX-RS header (or @ResponseHeader) it costs a
        // response builder, a header map and their encoding per request, on the app's hottest path.
        http.response().headers().set(CONTENT_DISPOSITION, INLINE);
        return cache.get(kind, valid.request(), ScriptForm.PASTE, valid.share()).bytes();
    }

    /** A valid request with the link its scripts carry. */
    private record Valid(ParseResult.Valid parsed, ShareUrl share) {
        ScriptRequest request() {
            return parsed.request();
        }

        Language language() {
            return parsed.language();
        }
    }

    /** The request's valid state with its link, or the 400 that names every field and rule, thrown. */
    private Valid valid(UriInfo uri, HttpServerRequest http) {
        Reading reading = context.read(uri, http);
        if (reading.parsed() instanceof ParseResult.Invalid invalid) {
            throw new WebApplicationException(TextResponses.badRequest(invalid.describe()));
        }
        return new Valid((ParseResult.Valid) reading.parsed(), reading.links().orElseThrow().script());
    }

    static String fileName(String kind, ScriptRequest request) {
        return "rdpfix-" + kind + (request.target() instanceof Target.Offline ? "offline" : "online") + ".cmd";
    }
}
