package io.rdpfix.web;

import io.rdpfix.azure.ChannelScript;
import io.rdpfix.azure.WrapperKind;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.CaptureScript;
import io.rdpfix.script.PasteBlocks;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.undo.SecurityRestore;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Rendered apply and capture scripts by canonical request. A script is a pure function of the
 * request, and most requests are a handful of presets, so rendering once pays. The cache is bounded
 * by what its entries weigh, so that crafted hive names cannot grow the heap.
 */
@ApplicationScoped
public class RenderCache {
    /** What the whole cache may hold: a few hundred ordinary scripts, a small part of a 128 MB heap. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    /** No single entry above this is kept: the largest valid script is about 15 KB. */
    static final long MAX_ENTRY_BYTES = 256 * 1024;

    /** SECURITY: the put-back to Microsoft's recommended values, for a request that weakens security. */
    public enum Kind { APPLY, CAPTURE, SECURITY }

    /** A script with its bytes and its paste blocks, computed once. */
    public record Rendered(Script script, byte[] bytes, List<String> blocks) {
        static Rendered of(Script script) {
            return new Rendered(script, script.text().getBytes(StandardCharsets.US_ASCII),
                    script.form() == ScriptForm.PASTE ? PasteBlocks.of(script) : List.of());
        }

        /** About what it holds on the heap: its lines, its bytes and its blocks, one byte per ASCII character each. */
        long weight() {
            return 3L * bytes.length + 64L * script.lines().size();
        }
    }

    /** Which script, in which form, for which state at which address: the link holds the state and the address. */
    private record Key(Kind kind, ScriptForm form, ShareUrl share) {
    }

    private final WeighedCache<Key, Rendered> entries = new WeighedCache<>(MAX_BYTES, MAX_ENTRY_BYTES,
            key -> 2L * key.share().value().length(), Rendered::weight);

    /** What the entries kept now weigh, as counted against {@link #MAX_BYTES}. */
    long weight() {
        return entries.weight();
    }

    int size() {
        return entries.size();
    }

    /** @param share the page's link, which the script carries: it holds the state, and the address too */
    public Rendered get(Kind kind, ScriptRequest request, ScriptForm form, ShareUrl share) {
        return entries.get(new Key(kind, form, share), key -> Rendered.of(render(kind, request, form, share)));
    }

    /** The channel's PowerShell script around the cached batch form of the fix or the capture; none for the console. */
    public Optional<PowerShellScript> wrapper(WrapperKind wrapped, ScriptRequest request, ShareUrl share) {
        Kind kind = wrapped == WrapperKind.FIX ? Kind.APPLY : Kind.CAPTURE;
        return ChannelScript.render(wrapped, request, get(kind, request, ScriptForm.BATCH, share).script(), share);
    }

    private static Script render(Kind kind, ScriptRequest request, ScriptForm form, ShareUrl share) {
        return switch (kind) {
            case APPLY -> ApplyScript.render(request, form, share);
            case CAPTURE -> CaptureScript.render(request, form, share);
            case SECURITY -> SecurityRestore.render(request, Optional.empty(), form, share);
        };
    }
}
