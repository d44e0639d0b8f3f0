package io.rdpfix.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.registry.RegValue;
import io.rdpfix.script.CaptureMarkers;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Requests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaptureParserTest {
    private static final WritePlan PLAN = WritePlan.of(Requests.valid("steps=keep-alive,idle-time"));
    private static final String LISTENER = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp";

    private static List<String> lines() {
        return FakeConsole.captureOutput(PLAN, Map.of("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", false),
                Map.of(LISTENER + "|KeepAliveTimeout", new RegValue.Dword(0x20), LISTENER + "|MaxIdleTime", new RegValue.Sz(" 50% \"x\"  ")));
    }

    /** The same state as the capture script printed it before it packed its markers. */
    private static List<String> wholeLines() {
        return FakeConsole.wholeLineCaptureOutput(PLAN, Map.of("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", false),
                Map.of(LISTENER + "|KeepAliveTimeout", new RegValue.Dword(0x20), LISTENER + "|MaxIdleTime", new RegValue.Sz(" 50% \"x\"  ")));
    }

    private static Capture parsed(String text) {
        return assertInstanceOf(CaptureResult.Parsed.class, CaptureParser.parse(text, PLAN)).capture();
    }

    private static String refused(String text) {
        return assertInstanceOf(CaptureResult.Refused.class, CaptureParser.parse(text, PLAN)).reason().en();
    }

    /** A real English Serial Console session: banner, prompts, echoed commands, CRLF, blank lines. */
    @Test
    void englishConsoleOutputWithPromptsAndEchoedCommandsIsRead() {
        Capture capture = parsed(FakeConsole.asConsole(lines(), "C:\\Windows\\system32>"));
        assertEquals(new ValueState.Present(new RegValue.Dword(0x20)), capture.values().get(0));
        assertEquals(new ValueState.Absent(), capture.values().get(1));
        assertEquals(new ValueState.Present(new RegValue.Sz(" 50% \"x\"  ")), capture.values().get(4));
    }

    /** Dutch Windows prints Dutch messages around the capture; the marker lines are the same. */
    @Test
    void dutchConsoleOutputIsRead() {
        List<String> dutch = new ArrayList<>();
        dutch.add("FOUT: het systeem kan de opgegeven registersleutel of -waarde niet vinden.");
        for (String line : lines()) {
            dutch.add("C:\\Windows\\system32>" + line);
            dutch.add("De bewerking is voltooid.");
        }
        Capture capture = parsed(String.join("\r\n", dutch));
        assertEquals(5, capture.values().size());
    }

    /** As az vm repair run shows it: every line an entry of its driver's log. */
    private static String throughRepairLog(List<String> lines, java.util.function.UnaryOperator<String> script) {
        List<String> logged = new ArrayList<>(List.of("[Log-Start 12/07/2026 01:23:40]"));
        lines.forEach(line -> logged.add("[Output 12/07/2026 01:23:45] " + script.apply(line)));
        logged.add("[STATUS]::SUCCESS");
        return String.join("\n", logged);
    }

    @Test
    void aCaptureShownFromAzVmRepairsLogIsReadAsFromTheConsole() {
        assertEquals(parsed(String.join("\r\n", lines())), parsed(throughRepairLog(lines(), line -> line)));
    }

    /** The repair script made a bracket before "Output " a parenthesis: that data is not the disk's, and no undo comes of it. */
    @Test
    void aStringTheRepairLogMayHaveAlteredIsRefusedButTheSameFromTheConsoleIsRead() {
        List<String> lines = FakeConsole.captureOutput(PLAN, Map.of("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", false),
                Map.of(LISTENER + "|MaxIdleTime", new RegValue.Sz("a (Output b")));
        assertEquals(new ValueState.Present(new RegValue.Sz("a (Output b")), parsed(String.join("\n", lines)).values().get(4));
        String reason = refused(throughRepairLog(lines, line -> line));
        assertTrue(reason.contains("MaxIdleTime in " + LISTENER + " came through az vm repair's log"), reason);
    }

    @Test
    void lfLineEndsAndTrailingSpacesAreFine() {
        String text = String.join("   \n", lines()) + "  \n\n";
        assertEquals(parsed(String.join("\r\n", lines())), parsed(text));
    }

    @Test
    void trailingSpacesInsideTheDataAreKept() {
        ValueState state = parsed(String.join("\n", lines())).values().get(4);
        assertEquals(new ValueState.Present(new RegValue.Sz(" 50% \"x\"  ")), state);
    }

    @Test
    void theSameCapturePastedTwiceIsReadOnce() {
        String once = String.join("\n", lines());
        assertEquals(parsed(once), parsed(once + "\n" + once));
    }

    @Test
    void twoDifferentCapturesAreRefused() {
        List<String> other = FakeConsole.captureOutput(PLAN, Map.of(), Map.of());
        assertTrue(refused(String.join("\n", lines()) + "\n" + String.join("\n", other)).contains("two captures"));
    }

    @Test
    void aCopyCutInTheMiddleIsRefusedAsIncomplete() {
        List<String> lines = lines();
        assertTrue(refused(String.join("\n", lines.subList(0, 5))).contains("last line \"#rdpfix end ...\" is missing"));
    }

    @Test
    void aMissingValueLineIsNamed() {
        List<String> lines = new ArrayList<>(lines());
        lines.replaceAll(line -> line.replace(" #V03 absent", ""));
        assertTrue(refused(String.join("\n", lines)).contains("#V03 (KeepAliveInterval"), refused(String.join("\n", lines)));
    }

    @Test
    void aCaptureOfAnotherSelectionIsRefused() {
        WritePlan offline = WritePlan.of(Requests.valid("channel=manual&steps=keep-alive,idle-time"));
        String text = String.join("\n", FakeConsole.captureOutput(offline, Map.of(), Map.of()));
        assertTrue(refused(text).contains("another selection"));
    }

    @Test
    void textWithoutACaptureIsRefused() {
        assertTrue(refused("C:\\Windows\\system32>reg query HKLM\\SYSTEM").contains("not an rdpfix capture"));
        assertTrue(refused("   \n").contains("Nothing was pasted"));
    }

    @Test
    void conflictingDuplicateLinesAreRefused() {
        List<String> lines = new ArrayList<>(lines());
        lines.add(3, "#V01 absent");
        assertTrue(refused(String.join("\n", lines)).contains("appears twice"));
    }

    @Test
    void typesThatCannotBeWrittenBackAreRefusedByName() {
        String text = String.join("\n", wholeLines()).replace("#V01 [    KeepAliveTimeout    REG_DWORD    0x20]",
                "#V01 [    KeepAliveTimeout    REG_BINARY    0100]");
        String reason = refused(text);
        assertTrue(reason.contains("KeepAliveTimeout in " + LISTENER + " had type REG_BINARY"), reason);
    }

    @Test
    void aLineOfAnotherValueIsRefused() {
        String text = String.join("\n", wholeLines()).replace("#V01 [    KeepAliveTimeout", "#V01 [    SecurityLayer");
        assertTrue(refused(text).contains("names value SecurityLayer, expected KeepAliveTimeout"));
    }

    @Test
    void badDwordDataIsRefused() {
        String text = String.join("\n", wholeLines()).replace("REG_DWORD    0x20]", "REG_DWORD    0x1ffffffff]");
        assertTrue(refused(text).contains("has type REG_DWORD but data"));
    }

    @Test
    void aPresentValueUnderAnAbsentKeyIsRefused() {
        String text = String.join("\n", lines()).replace("#V02 absent", "#V02 0x1");
        assertTrue(refused(text).contains("present but its key is marked absent"));
    }

    @Test
    void aWrappedLongLineCountsAsMissing() {
        String text = String.join("\n", lines()).replace("REG_SZ     50% \"x\"  ]", "REG_SZ     50% \"x\n\"  ]");
        assertTrue(refused(text).contains("may have wrapped"));
    }

    @Test
    void aCaptureMadeBeforeTheMarkersWerePackedIsStillRead() {
        assertEquals(parsed(String.join("\n", lines())), parsed(String.join("\n", wholeLines())));
    }

    @Test
    void markersFiveToALineAreRead() {
        String text = String.join("\n", lines());
        assertTrue(text.contains("#V01 0x20 #V04 absent #V05 line"), text);
        assertEquals(new ValueState.Present(new RegValue.Dword(0x20)), parsed(text).values().get(0));
    }

    @Test
    void aValueMarkedLineWithoutItsLineIsMissing() {
        List<String> lines = new ArrayList<>(lines());
        lines.removeIf(line -> line.startsWith("#P1 MaxIdleTime"));
        assertTrue(refused(String.join("\n", lines)).contains("no line for #V05 (MaxIdleTime"));
    }

    /** Typed, cmd leaves an undefined variable as it is; in a batch file it becomes nothing. Neither is a state. */
    @Test
    void aVariableCmdDidNotExpandSaysNothing() {
        String typed = String.join("\n", lines()).replace("#V04 absent", "#V04 %R_D1#fInheritMaxIdleTime%");
        assertTrue(refused(typed).contains("no line for #V04 (fInheritMaxIdleTime"), refused(typed));
        String batch = String.join("\n", lines()).replace("#V04 absent", "#V04 ");
        assertTrue(refused(batch).contains("no line for #V04 (fInheritMaxIdleTime"), refused(batch));
    }

    @Test
    void aWholeLineForAValueMarkedAbsentIsRefused() {
        List<String> lines = new ArrayList<>(lines());
        lines.add(lines.size() - 1, "#P1 fInheritMaxIdleTime [REG_DWORD    0x1]");
        String text = String.join("\n", lines);
        assertTrue(refused(text).contains("#V04 appears twice"), refused(text));
    }

    /** A refusal quotes what was pasted in a short excerpt: a terminal escape or 100 KB never comes back. */
    @Test
    void aRefusalQuotesAShortPrintableExcerptOfThePastedLine() {
        String hostile = "#P9 MaxIdleTime [\u001b[2J\u001b]0;owned\u0007" + "x".repeat(100_000) + "]";
        List<String> lines = new ArrayList<>(lines());
        lines.add(lines.size() - 1, hostile);
        String reason = refused(String.join("\n", lines));
        assertTrue(reason.contains("does not belong to this selection"), reason);
        assertTrue(reason.length() < 300, reason.length() + " characters");
        assertTrue(reason.chars().allMatch(c -> c >= 0x20 && c < 0x7f), reason);
        assertTrue(reason.contains("#P9 MaxIdleTime [\\u001B[2J"), reason);
    }

    @Test
    void aWholeLineForAValueOfAnotherKeyIsRefused() {
        String text = String.join("\n", lines()).replace("#P1 MaxIdleTime", "#P2 MaxIdleTime");
        assertTrue(refused(text).contains("does not belong to this selection"), refused(text));
    }

    /**
     * Each 128 KiB shape once took the parser seconds to minutes (a trailing-space pattern was
     * quadratic): a generous bound that only a quadratic parse can exceed.
     */
    @Test
    void theWorstShapesOfAFullSizePasteParseInLinearTime() {
        int size = CaptureParser.MAX_BYTES - 200;
        String begin = CaptureMarkers.BEGIN + " " + PLAN.selectionId() + " " + PLAN.writes().size() + " " + PLAN.creatableKeys().size();
        List<String> bodies = List.of("a" + " ".repeat(size) + "b", "a" + "\t".repeat(size) + "b", "#V01 x ".repeat(size / 7), "#P1 " + "a".repeat(size),
                "#P1 KeepAliveTimeout [" + "    a".repeat(size / 5) + "]", "#V01 [" + "    ".repeat(size / 4), "C:\\" + "a".repeat(size),
                "#V01 [    KeepAliveTimeout    REG_SZ" + "    x".repeat(size / 5) + "]");
        for (String body : bodies) {
            String text = begin + "\n" + body + "\n" + begin.replace("begin", "end");
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CaptureParser.parse(text, PLAN), body.substring(0, 20));
        }
    }

    @Test
    void theLimitCountsBytes() {
        var result = assertInstanceOf(CaptureResult.Refused.class, CaptureParser.parse("\u00e9".repeat(CaptureParser.MAX_BYTES / 2 + 1), PLAN));
        assertTrue(result.tooLarge(), result.reason().en());
        assertTrue(result.reason().en().contains((CaptureParser.MAX_BYTES + 2) + " bytes"), result.reason().en());
    }

    @Test
    void aStringTooLongForOneCmdLineIsRefusedWithTheReason() {
        String text = String.join("\n", wholeLines()).replace("REG_SZ     50% \"x\"  ]", "REG_SZ    " + "a".repeat(8200) + "]");
        String reason = refused(text);
        assertTrue(reason.contains("MaxIdleTime in " + LISTENER + " holds 8200 characters") && reason.contains("8,191"), reason);
    }

    /** The limit holds for the line cmd runs, its key variable expanded: 8,100 characters of data crashed Wine's cmd. */
    @Test
    void aStringThatFitsOnlyBeforeTheKeyIsExpandedIsRefused() {
        String text = String.join("\n", wholeLines()).replace("REG_SZ     50% \"x\"  ]", "REG_SZ    " + "a".repeat(8100) + "]");
        assertTrue(refused(text).contains("holds 8100 characters"), refused(text));
    }

    @Test
    void hugePastesAreRefusedAsTooLarge() {
        var result = assertInstanceOf(CaptureResult.Refused.class, CaptureParser.parse("x".repeat(CaptureParser.MAX_BYTES + 1), PLAN));
        assertTrue(result.tooLarge());
    }

    @Test
    void wrappedEchoedCommandsAreNotMistakenForOutput() {
        List<String> text = new ArrayList<>(lines());
        // The console wraps echoed commands at 80 columns; the carets keep their pieces from matching.
        text.add(2, "#V0^1 [%a]");
        text.add(2, "#K01 presen^t");
        assertEquals(parsed(String.join("\n", lines())), parsed(String.join("\n", text)));
    }

    private static final WritePlan OFFLINE = WritePlan.of(Requests.valid("channel=manual&steps=keep-alive"));

    private static List<String> offlineLines() {
        return FakeConsole.captureOutput(OFFLINE, Map.of(), Map.of());
    }

    @Test
    void anOfflineCaptureCarriesOneHiveLinePerLoadedHive() {
        List<String> lines = offlineLines();
        assertTrue(lines.get(1).startsWith("#H01 present #H02 present #K01 "), lines.get(1));
        assertInstanceOf(CaptureResult.Parsed.class, CaptureParser.parse(String.join("\n", lines), OFFLINE));
    }

    @Test
    void anOfflineCaptureTakenWithoutTheHiveIsRefused() {
        List<String> lines = new ArrayList<>(offlineLines());
        lines.set(1, lines.get(1).replace("#H02 present", "#H02 absent"));
        String reason = assertInstanceOf(CaptureResult.Refused.class, CaptureParser.parse(String.join("\n", lines), OFFLINE))
                .reason().en();
        assertTrue(reason.contains("HKLM\\BROKENSOFTWARE loaded"), reason);
    }

    @Test
    void anOfflineCaptureWithoutItsHiveLinesIsRefused() {
        List<String> lines = new ArrayList<>(offlineLines());
        lines.remove(1);
        String reason = assertInstanceOf(CaptureResult.Refused.class, CaptureParser.parse(String.join("\n", lines), OFFLINE))
                .reason().en();
        assertTrue(reason.contains("HKLM\\BROKENSYSTEM loaded"), reason);
    }

    @Test
    void anOnlineCaptureNeedsNoHiveLines() {
        assertTrue(PLAN.hiveProbes().isEmpty());
        assertTrue(lines().stream().noneMatch(line -> line.startsWith("#H")));
    }
}
