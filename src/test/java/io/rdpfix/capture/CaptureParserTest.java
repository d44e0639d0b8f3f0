package io.rdpfix.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.registry.RegValue;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Requests;
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
        lines.removeIf(line -> line.startsWith("#V03"));
        assertTrue(refused(String.join("\n", lines)).contains("#V03 (KeepAliveInterval"), refused(String.join("\n", lines)));
    }

    @Test
    void aCaptureOfAnotherSelectionIsRefused() {
        WritePlan offline = WritePlan.of(Requests.valid("mode=offline&steps=keep-alive,idle-time"));
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
        String text = String.join("\n", lines()).replace("#V01 [    KeepAliveTimeout    REG_DWORD    0x20]",
                "#V01 [    KeepAliveTimeout    REG_BINARY    0100]");
        String reason = refused(text);
        assertTrue(reason.contains("KeepAliveTimeout in " + LISTENER + " had type REG_BINARY"), reason);
    }

    @Test
    void aLineOfAnotherValueIsRefused() {
        String text = String.join("\n", lines()).replace("#V01 [    KeepAliveTimeout", "#V01 [    SecurityLayer");
        assertTrue(refused(text).contains("names value SecurityLayer, expected KeepAliveTimeout"));
    }

    @Test
    void badDwordDataIsRefused() {
        String text = String.join("\n", lines()).replace("REG_DWORD    0x20]", "REG_DWORD    0x1ffffffff]");
        assertTrue(refused(text).contains("has type REG_DWORD but data"));
    }

    @Test
    void aPresentValueUnderAnAbsentKeyIsRefused() {
        String text = String.join("\n", lines()).replace("#V02 absent", "#V02 [    KeepAliveEnable    REG_DWORD    0x1]");
        assertTrue(refused(text).contains("present but its key is marked absent"));
    }

    @Test
    void aWrappedLongLineCountsAsMissing() {
        String text = String.join("\n", lines()).replace("REG_SZ     50% \"x\"  ]", "REG_SZ     50% \"x\n\"  ]");
        assertTrue(refused(text).contains("may have wrapped"));
    }

    @Test
    void hugePastesAreRefusedAsTooLarge() {
        var result = assertInstanceOf(CaptureResult.Refused.class, CaptureParser.parse("x".repeat(CaptureParser.MAX_CHARS + 1), PLAN));
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

    private static final WritePlan OFFLINE = WritePlan.of(Requests.valid("mode=offline&steps=keep-alive"));

    private static List<String> offlineLines() {
        return FakeConsole.captureOutput(OFFLINE, Map.of(), Map.of());
    }

    @Test
    void anOfflineCaptureCarriesOneHiveLinePerLoadedHive() {
        List<String> lines = offlineLines();
        assertEquals(List.of("#H01 present", "#H02 present"), lines.subList(1, 3));
        assertInstanceOf(CaptureResult.Parsed.class, CaptureParser.parse(String.join("\n", lines), OFFLINE));
    }

    @Test
    void anOfflineCaptureTakenWithoutTheHiveIsRefused() {
        List<String> lines = new ArrayList<>(offlineLines());
        lines.set(2, "#H02 absent");
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
