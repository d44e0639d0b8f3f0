package io.rdpfix.web;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import org.junit.jupiter.api.Test;

/** The cache of rendered scripts is bounded by what its entries weigh, not by how many there are. */
class RenderCacheTest {
    private final RenderCache cache = new RenderCache();

    private static ScriptRequest largest(int i) {
        return valid(String.format("channel=manual&controlsets=001,002,003,004&loadhives=yes&lang=nl&system=S%015d&software=W%015d", i, i));
    }

    @Test
    void aRepeatedRequestIsServedFromTheCache() {
        ScriptRequest request = valid("channel=manual");
        assertSame(get(RenderCache.Kind.APPLY, request, ScriptForm.PASTE), get(RenderCache.Kind.APPLY, request, ScriptForm.PASTE));
    }

    /** With -Xmx128m, ten thousand distinct large requests once held hundreds of megabytes (issue 11). */
    @Test
    void distinctLargeRequestsNeverWeighMoreThanTheBound() {
        long rendered = 0;
        for (int i = 0; i < 2000; i++) {
            rendered += get(RenderCache.Kind.CAPTURE, largest(i), ScriptForm.PASTE).weight();
            assertTrue(cache.weight() <= RenderCache.MAX_BYTES, "weight " + cache.weight() + " after " + i);
        }
        assertTrue(rendered > 4 * RenderCache.MAX_BYTES, "the test asked for more than the cache may hold: " + rendered);
        assertTrue(cache.size() > 0);
    }

    @Test
    void theWeightCountsWhatIsKept() {
        get(RenderCache.Kind.APPLY, valid(""), ScriptForm.BATCH);
        assertEquals(1, cache.size());
        assertTrue(cache.weight() > 3L * get(RenderCache.Kind.APPLY, valid(""), ScriptForm.BATCH).bytes().length);
    }

    private RenderCache.Rendered get(RenderCache.Kind kind, ScriptRequest request, ScriptForm form) {
        return cache.get(kind, request, form, shareUrl(request));
    }

    @Test
    void theSameStateAtAnotherAddressIsAnotherEntry() {
        ScriptRequest request = valid("channel=manual");
        var here = cache.get(RenderCache.Kind.APPLY, request, ScriptForm.BATCH, new io.rdpfix.script.ShareUrl("http://127.0.0.1:18301/?channel=manual"));
        var there = cache.get(RenderCache.Kind.APPLY, request, ScriptForm.BATCH, new io.rdpfix.script.ShareUrl("https://rdpfix.example.org/?channel=manual"));
        assertTrue(here.script().text().contains("http://127.0.0.1:18301/?channel=manual") && there.script().text().contains("https://rdpfix.example.org/?channel=manual"));
        assertEquals(2, cache.size());
    }
}
