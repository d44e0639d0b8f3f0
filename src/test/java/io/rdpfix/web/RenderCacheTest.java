package io.rdpfix.web;

import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import org.junit.jupiter.api.Test;

/** The cache of rendered scripts is bounded by what its entries weigh, not by how many there are. */
class RenderCacheTest {
    private final RenderCache cache = new RenderCache(new RequestContext("http://localhost:8080"));

    private static ScriptRequest largest(int i) {
        return valid(String.format("mode=offline&controlsets=001,002,003,004&loadhives=yes&lang=nl&system=S%031d&software=W%031d", i, i));
    }

    @Test
    void aRepeatedRequestIsServedFromTheCache() {
        ScriptRequest request = valid("mode=offline");
        assertSame(cache.get(RenderCache.Kind.APPLY, request, ScriptForm.PASTE), cache.get(RenderCache.Kind.APPLY, request, ScriptForm.PASTE));
    }

    /** With -Xmx128m, ten thousand distinct large requests once held hundreds of megabytes (issue 11). */
    @Test
    void distinctLargeRequestsNeverWeighMoreThanTheBound() {
        long rendered = 0;
        for (int i = 0; i < 2000; i++) {
            rendered += cache.get(RenderCache.Kind.CAPTURE, largest(i), ScriptForm.PASTE).weight();
            assertTrue(cache.weight() <= RenderCache.MAX_BYTES, "weight " + cache.weight() + " after " + i);
        }
        assertTrue(rendered > 4 * RenderCache.MAX_BYTES, "the test asked for more than the cache may hold: " + rendered);
        assertTrue(cache.size() > 0);
    }

    @Test
    void theWeightCountsWhatIsKept() {
        cache.get(RenderCache.Kind.APPLY, valid(""), ScriptForm.BATCH);
        assertEquals(1, cache.size());
        assertTrue(cache.weight() > 3L * cache.get(RenderCache.Kind.APPLY, valid(""), ScriptForm.BATCH).bytes().length);
    }
}
