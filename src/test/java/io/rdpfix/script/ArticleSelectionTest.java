package io.rdpfix.script;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.support.RegAdds;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The article's selection writes exactly what the article writes, corrected: one strict reg add per
 * planned value, in the article's order, and nothing else.
 */
class ArticleSelectionTest {
    /** reg add with a double-quoted key, a bare value name, REG_DWORD, decimal or 0x hex, /f. */
    private static final Pattern REG_ADD = Pattern.compile(
            "reg add \"HKLM(\\\\[A-Za-z0-9 _-]+)+\" /v [A-Za-z][A-Za-z0-9]* /t REG_DWORD /d (0|[1-9][0-9]{0,9}|0x[0-9a-f]{1,8}) /f");

    private static List<String> writes(String query, ScriptForm form) {
        ScriptRequest request = valid(query);
        return RegAdds.commands(ApplyScript.render(request, form, shareUrl(request)));
    }

    /**
     * What the plan says should be written, spelled as the script spells it: key by key, so each key
     * is spelled once above its values, and in the article's order within a key.
     */
    private static List<String> planned(String query) {
        ScriptRequest request = valid(query);
        WritePlan plan = WritePlan.of(request);
        return plan.writes().stream().sorted(java.util.Comparator.comparingInt(w -> plan.keys().indexOf(w.key())))
                .map(w -> "reg add \"" + w.key().key().path() + "\" /v " + w.name() + " /t REG_DWORD /d "
                        + request.dwordFormat().dword(w.value().data()) + " /f")
                .toList();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"undo=off, 16", "'', 16", "dword=hex, 16", "channel=manual&undo=off, 29", "channel=manual&dword=hex, 29",
            "channel=manual&controlsets=002, 16", "channel=manual&current=yes, 16", "steps=keep-alive&channel=manual, 4"})
    void theFixWritesEveryPlannedValueOnceInTheArticlesOrderAndNothingElse(String query, int count) {
        for (ScriptForm form : ScriptForm.values()) {
            List<String> written = writes(query, form);
            assertEquals(count, written.size(), form.toString());
            assertEquals(planned(query), written, form.toString());
        }
    }

    @Test
    void everyWriteMatchesTheStrictGrammarInDecimalAndHexAndBothForms() {
        int checked = 0;
        for (String query : List.of("", "dword=hex", "channel=manual", "channel=manual&dword=hex")) {
            for (ScriptForm form : ScriptForm.values()) {
                for (String line : writes(query, form)) {
                    assertTrue(REG_ADD.matcher(line).matches(), line);
                    checked++;
                }
            }
        }
        assertEquals(2 * (16 + 16 + 29 + 29), checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dword=hex", "channel=manual&dword=hex&controlsets=001,002,003,004", "lang=nl&dword=hex"})
    void everyRegAddLineFitsEightyColumns(String query) {
        ScriptRequest request = valid(query);
        List<String> adds = ApplyScript.render(request, ScriptForm.PASTE, shareUrl(request)).lines().stream()
                .filter(line -> line.startsWith("reg add ")).toList();
        assertEquals(WritePlan.of(request).writes().size(), adds.size());
        adds.forEach(line -> assertTrue(line.length() <= 80, line.length() + ": " + line));
    }

    @Test
    void maxInstanceCountIsWrittenAsOneOfItsTwoCorrectSpellings() {
        assertEquals(List.of("/d 4294967295 /f"), writes("steps=max-instances", ScriptForm.PASTE).stream()
                .map(line -> line.substring(line.indexOf("/d "))).toList());
        assertEquals(List.of("/d 0xffffffff /f"), writes("steps=max-instances&dword=hex", ScriptForm.PASTE).stream()
                .map(line -> line.substring(line.indexOf("/d "))).toList());
    }

    @Test
    void batchFileUsesCrlfAndStartsWithEchoOff() {
        ScriptRequest request = valid("");
        String text = ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)).text();
        assertTrue(text.startsWith("@echo off\r\n"));
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends in CRLF");
    }
}
