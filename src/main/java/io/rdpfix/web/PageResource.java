package io.rdpfix.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rdpfix.capture.Capture;
import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.request.FormState;
import io.rdpfix.request.ParseResult;
import io.rdpfix.script.PasteBlocks;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page. {@code /} always answers the whole page (also to htmx history restores); htmx asks
 * the dedicated fragment URLs {@code /output} (and its sections) and {@code /undo-preview}, so no URL answers
 * two ways.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {
    private static final String HTML = "text/html;charset=UTF-8";
    /**
     * The page's canonical address for the state an {@code /output} answer shows: app.js puts it in
     * the address bar, so that the address is the share link. Not htmx's HX-Replace-Url, which made
     * htmx save and replace history and touch session storage on every change: 4-5 ms of each swap.
     */
    static final String ADDRESS = "Rdpfix-Address";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageView view);

        static native TemplateInstance page$outputResponse(PageView view);

        static native TemplateInstance page$stepZeroSection(PageView view);

        static native TemplateInstance page$changesSection(PageView view);

        static native TemplateInstance page$undoResponse(PageView view);

        static native TemplateInstance page$checkResponse(PageView view);
    }

    private final RequestContext context;
    private final PageModel model;
    private final UndoService undoService;
    private final CheckService checkService;

    public PageResource(RequestContext context, PageModel model, UndoService undoService, CheckService checkService) {
        this.context = context;
        this.model = model;
        this.undoService = undoService;
        this.checkService = checkService;
    }

    @GET
    @NonBlocking
    public Response page(@Context UriInfo uri, @Context HttpServerRequest http) {
        return answer(Shown.PAGE, uri, http);
    }

    /** Without JavaScript the capture form posts here and gets the whole page back, with the undo. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pageWithUndo(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return posted(uri, http, body, Pasted.UNDO, Templates::page);
    }

    @GET
    @Path("output")
    @NonBlocking
    public Response output(@Context UriInfo uri, @Context HttpServerRequest http) {
        return answer(Shown.OUTPUT, uri, http);
    }

    /**
     * A section of the output that starts closed, as it shows when opened after an htmx re-render: the
     * re-render sends it empty, as most changes are made with it closed (step 0 and the table of
     * changes were more than half of each re-render's bytes, and half the time the browser took to swap it).
     */
    @GET
    @Path("output/step-zero")
    @NonBlocking
    public Response stepZero(@Context UriInfo uri, @Context HttpServerRequest http) {
        return answer(Shown.STEP_ZERO, uri, http);
    }

    /** The table of changes, as {@link #stepZero} is step 0. */
    @GET
    @Path("output/changes")
    @NonBlocking
    public Response changes(@Context UriInfo uri, @Context HttpServerRequest http) {
        return answer(Shown.CHANGES, uri, http);
    }

    /** What a GET answers: the whole page, the output htmx swaps in, or a section of it opened after that. */
    private enum Shown {
        PAGE(Templates::page, false),
        OUTPUT(view -> Templates.page$outputResponse(view.withSectionsOnDemand()), true),
        STEP_ZERO(Templates::page$stepZeroSection, false),
        CHANGES(Templates::page$changesSection, false);

        private final Function<PageView, TemplateInstance> template;
        /** Whether the answer names the page's address for app.js to show ({@link #ADDRESS}). */
        private final boolean namesAddress;

        Shown(Function<PageView, TemplateInstance> template, boolean namesAddress) {
            this.template = template;
            this.namesAddress = namesAddress;
        }

        /** A GET's page, gzipped too: kept, it is sent as often as asked. */
        private record Page(Encoded html, String address) {
            long weight() {
                return html.weight() + 2L * address.length();
            }
        }

        private Page page(PageView view) {
            return new Page(Encoded.of(render(template, view)), view.address());
        }
    }

    /** A GET is a pure function of the valid form state and its links: the same page is rendered once. */
    private record PageKey(Shown shown, FormState form, Reading.Links links) {
    }

    /** Room for a hundred or so full pages; no one page of a valid request comes near the entry limit. */
    private final WeighedCache<PageKey, Shown.Page> pages = new WeighedCache<>(8L * 1024 * 1024, 512 * 1024,
            key -> ESTIMATED_KEY_BYTES, Shown.Page::weight);
    private static final long ESTIMATED_KEY_BYTES = 4096;

    /** A GET's answer: what {@code shown} is for the request, gzipped when it accepts that. */
    private Response answer(Shown shown, UriInfo uri, HttpServerRequest http) {
        Shown.Page page = shown(shown, context.read(uri, http));
        Response.ResponseBuilder answer = page.html().ok(http, HTML);
        return (shown.namesAddress ? answer.header(ADDRESS, page.address()) : answer).build();
    }

    private Shown.Page shown(Shown shown, Reading reading) {
        if (reading.links().isEmpty()) {
            return shown.page(view(reading, Optional.empty(), Optional.empty()));
        }
        return pages.get(new PageKey(shown, reading.parsed().form(), reading.links().get()),
                key -> shown.page(view(reading, Optional.empty(), Optional.empty())));
    }

    @POST
    @Path("undo-preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoPreview(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return posted(uri, http, body, Pasted.UNDO, Templates::page$undoResponse);
    }

    /** "Did it work?" without JavaScript: the whole page back, with the report. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pageWithCheck(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return posted(uri, http, body, Pasted.CHECK, Templates::page);
    }

    @POST
    @Path("check-preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkPreview(@Context UriInfo uri, @Context HttpServerRequest http, @Context RoutingContext body) {
        return posted(uri, http, body, Pasted.CHECK, Templates::page$checkResponse);
    }

    /** What a posted text area is for: the undo built from a capture, or the check of one taken after the fix. */
    private enum Pasted { UNDO, CHECK }

    private Response posted(UriInfo uri, HttpServerRequest http, RoutingContext body, Pasted kind,
                            Function<PageView, TemplateInstance> template) {
        Optional<String> pasted = Optional.of(captureText(FormBody.of(body)));
        Reading reading = context.read(uri, http);
        PageView view = kind == Pasted.UNDO ? view(reading, pasted, Optional.empty()) : view(reading, Optional.empty(), pasted);
        return Encoded.once(render(template, view), http, HTML).build();
    }

    /** A malformed body counts as nothing pasted: the undo box then says so. */
    private static String captureText(String body) {
        return CaptureField.of(body).value().orElse("");
    }

    private PageView view(Reading reading, Optional<String> capture, Optional<String> check) {
        ParseResult parsed = reading.parsed();
        Optional<PageView.UndoView> undo = Optional.empty();
        Optional<Capture> before = Optional.empty();
        if (capture.isPresent() && parsed instanceof ParseResult.Valid valid) {
            var outcome = undoService.render(valid.request(), capture.get(), ScriptForm.PASTE, reading.links().orElseThrow().script());
            // A paste over the limit is refused; it is not echoed back into the page either.
            String shown = CaptureParser.tooLarge(capture.get()) ? "" : capture.get();
            before = outcome.capture();
            undo = Optional.of(new PageView.UndoView(shown,
                    outcome.script().map(PasteBlocks::of).orElse(List.of()),
                    outcome.refusal().map(CaptureResult.Refused::reason).map(r -> r.in(parsed.language()))));
        }
        Optional<PageView.CheckView> checked = Optional.empty();
        if (check.isPresent() && parsed instanceof ParseResult.Valid valid) {
            checked = Optional.of(CheckService.view(check.get(), checkService.check(valid.request(), check.get()), parsed.language()));
        }
        return model.build(reading, undo, before, checked);
    }

    private static byte[] render(Function<PageView, TemplateInstance> template, PageView view) {
        return template.apply(view).setLocale(Locale.forLanguageTag(view.lang())).render().getBytes(StandardCharsets.UTF_8);
    }
}
