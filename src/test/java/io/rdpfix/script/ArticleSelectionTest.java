package io.rdpfix.script;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The article's full selection writes exactly what the article writes, in its order, corrected. */
class ArticleSelectionTest {
    private static final Pattern REG_ADD = Pattern.compile(
            "REG ADD \"HKLM(\\\\[A-Za-z0-9 _-]+)+\" /v [A-Za-z][A-Za-z0-9]* /t REG_DWORD /d (0|[1-9][0-9]{0,9}|0x[0-9a-f]{1,8}) /f");

    private static List<String> regAddLines(String query, ScriptForm form) {
        ScriptRequest request = valid(query);
        return ApplyScript.render(request, form, shareUrl(request)).lines().stream()
                .filter(line -> line.startsWith("REG ADD"))
                .map(line -> line.replaceFirst(" >nul & if errorlevel 1 .*$", ""))
                .toList();
    }

    @Test
    void onlineArticleSelectionWritesSixteenValues() {
        assertEquals(16, regAddLines("undo=off", ScriptForm.PASTE).size());
    }

    @Test
    void offlineArticleSelectionWritesTwentyNineValues() {
        assertEquals(29, regAddLines("mode=offline&undo=off", ScriptForm.PASTE).size());
    }

    @Test
    void everyWriteMatchesTheStrictGrammarInDecimalAndHexAndBothForms() {
        for (String query : List.of("", "dword=hex", "mode=offline", "mode=offline&dword=hex")) {
            for (ScriptForm form : ScriptForm.values()) {
                regAddLines(query, form).forEach(line -> assertTrue(REG_ADD.matcher(line).matches(), line));
            }
        }
    }

    @Test
    void maxInstanceCountIsWrittenAsOneOfItsTwoCorrectSpellings() {
        assertTrue(regAddLines("steps=max-instances", ScriptForm.PASTE).get(0).endsWith("/d 4294967295 /f"));
        assertTrue(regAddLines("steps=max-instances&dword=hex", ScriptForm.PASTE).get(0).endsWith("/d 0xffffffff /f"));
    }

    @Test
    void valueNamesAreNeverQuotedAndNeverPadded() {
        for (String line : regAddLines("mode=offline", ScriptForm.BATCH)) {
            assertTrue(!line.contains("'") && !line.contains("/v  ") && !line.contains("  "), line);
        }
    }

    @Test
    void offlineOrderFollowsTheArticleStepByStep() {
        List<String> names = regAddLines("mode=offline&steps=reconnect", ScriptForm.PASTE).stream()
                .map(line -> line.replaceAll(".*\\\\(ControlSet00[12]|BROKENSOFTWARE)\\\\.* /v (\\w+) .*", "$1 $2"))
                .toList();
        assertEquals(List.of("ControlSet001 fInheritReconnectSame", "ControlSet001 fReconnectSame",
                "ControlSet002 fInheritReconnectSame", "ControlSet002 fReconnectSame",
                "BROKENSOFTWARE fDisableAutoReconnect"), names);
    }

    @Test
    void batchFileUsesCrlfAndStartsWithEchoOff() {
        ScriptRequest request = valid("");
        String text = ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)).text();
        assertTrue(text.startsWith("@echo off\r\n"));
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends in CRLF");
    }
}
