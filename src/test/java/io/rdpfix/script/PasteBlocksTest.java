package io.rdpfix.script;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasteBlocksTest {

    @Test
    void blocksJoinToTheScriptEndAtLineEndsAndFitThePasteLimitCountedWithCrlf() {
        for (String query : List.of("", "channel=manual", "channel=manual&current=yes&loadhives=yes&lang=nl")) {
            ScriptRequest request = valid(query);
            Script script = ApplyScript.render(request, ScriptForm.PASTE, shareUrl(request));
            List<String> blocks = PasteBlocks.of(script);
            assertEquals(script.text(), String.join("", blocks), query);
            for (String block : blocks) {
                assertTrue(block.endsWith("\n"), query);
                long lines = block.chars().filter(c -> c == '\n').count();
                assertTrue(block.length() + lines <= PasteBlocks.LIMIT, query + ": " + (block.length() + lines));
            }
        }
    }
}
