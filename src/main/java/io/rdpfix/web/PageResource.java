package io.rdpfix.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rdpfix.capture.Capture;
import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.request.ParseResult;
import io.rdpfix.script.PasteBlocks;
import io.rdpfix.script.ScriptForm;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import java.io.InputStream;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page. {@code /} always answers the whole page (also to htmx history restores); htmx asks
 * the dedicated fragment URLs {@code /output} and {@code /undo-preview}, so no URL answers two ways.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {
    private static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageView view);

        static native TemplateInstance page$outputResponse(PageView view);

        static native TemplateInstance page$undoResponse(PageView view);

        static native TemplateInstance page$checkResult(PageView view);
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
    public Response page(@Context UriInfo uri, @Context HttpHeaders headers) {
        PageView view = view(uri, headers, Optional.empty(), Optional.empty());
        return html(Templates.page(view), view);
    }

    /** Without JavaScript the capture form posts here and gets the whole page back, with the undo. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pageWithUndo(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return posted(uri, headers, body, Pasted.UNDO, Templates::page);
    }

    @GET
    @Path("output")
    @NonBlocking
    public Response output(@Context UriInfo uri, @Context HttpHeaders headers) {
        PageView view = view(uri, headers, Optional.empty(), Optional.empty());
        return Response.fromResponse(html(Templates.page$outputResponse(view), view))
                .header(HxHeader.REPLACE_URL.header(), view.address())
                .build();
    }

    @POST
    @Path("undo-preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response undoPreview(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return posted(uri, headers, body, Pasted.UNDO, Templates::page$undoResponse);
    }

    /** "Did it work?" without JavaScript: the whole page back, with the report. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pageWithCheck(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return posted(uri, headers, body, Pasted.CHECK, Templates::page);
    }

    @POST
    @Path("check-preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkPreview(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return posted(uri, headers, body, Pasted.CHECK, Templates::page$checkResult);
    }

    /** What a posted text area is for: the undo built from a capture, or the check of one taken after the fix. */
    private enum Pasted { UNDO, CHECK }

    private Response posted(UriInfo uri, HttpHeaders headers, InputStream body, Pasted kind,
                            java.util.function.Function<PageView, TemplateInstance> template) {
        Optional<String> text = FormBody.read(body, uri.getPath());
        if (text.isEmpty()) {
            return FormBody.tooLarge();
        }
        Optional<String> pasted = Optional.of(captureText(text.get()));
        PageView view = kind == Pasted.UNDO ? view(uri, headers, pasted, Optional.empty()) : view(uri, headers, Optional.empty(), pasted);
        return html(template.apply(view), view);
    }

    /** A malformed body counts as nothing pasted: the undo box then says so. */
    private static String captureText(String body) {
        return CaptureField.of(body).value().orElse("");
    }

    private PageView view(UriInfo uri, HttpHeaders headers, Optional<String> capture, Optional<String> check) {
        ParseResult parsed = context.parse(uri, headers);
        Optional<PageView.UndoView> undo = Optional.empty();
        Optional<Capture> before = Optional.empty();
        if (capture.isPresent() && parsed instanceof ParseResult.Valid valid) {
            var outcome = undoService.render(valid.request(), capture.get(), ScriptForm.PASTE, context.shareUrl(uri, valid.request()));
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
        return model.build(parsed, undo, before, checked, uri);
    }

    private static Response html(TemplateInstance template, PageView view) {
        return Response.ok(template.setLocale(Locale.forLanguageTag(view.lang())).render(), HTML).build();
    }
}
