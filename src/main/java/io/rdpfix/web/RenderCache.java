package io.rdpfix.web;

import io.rdpfix.script.CaptureScript;
import io.rdpfix.request.ShareQuery;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.PasteBlocks;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered apply and capture scripts by canonical request. A script is a pure function of the
 * request, and most requests are a handful of presets, so rendering once pays; the cache is
 * bounded (cleared when full) so that crafted hive names cannot grow it without limit.
 */
@ApplicationScoped
public class RenderCache {
    static final int MAX_ENTRIES = 512;

    public enum Kind { APPLY, CAPTURE }

    /** A script with its bytes and its paste blocks, computed once. */
    public record Rendered(Script script, byte[] bytes, List<String> blocks) {
        static Rendered of(Script script) {
            return new Rendered(script, script.text().getBytes(StandardCharsets.US_ASCII),
                    script.form() == ScriptForm.PASTE ? PasteBlocks.of(script) : List.of());
        }
    }

    private final RequestContext context;
    private final Map<String, Rendered> entries = new ConcurrentHashMap<>();

    public RenderCache(RequestContext context) {
        this.context = context;
    }

    public Rendered get(Kind kind, ScriptRequest request, ScriptForm form) {
        String key = kind + " " + form + " " + ShareQuery.of(request);
        Rendered rendered = entries.get(key);
        if (rendered == null) {
            rendered = Rendered.of(render(kind, request, form));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, rendered);
        }
        return rendered;
    }

    private Script render(Kind kind, ScriptRequest request, ScriptForm form) {
        var share = context.shareUrl(request);
        return switch (kind) {
            case APPLY -> ApplyScript.render(request, form, share);
            case CAPTURE -> CaptureScript.render(request, form, share);
        };
    }
}
