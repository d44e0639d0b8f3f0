package io.rdpfix.check;

import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The fix's own last line, read back from what the console showed. */
class VerdictLineTest {
    private static final WritePlan PLAN = WritePlan.of(valid(""));

    @Test
    void anOkLineAfterPromptsAndNoiseIsFound() {
        assertEquals(Optional.of(new VerdictLine.Ok(16, 16)),
                VerdictLine.find("C:\\>reg add ...\r\nrdpfix: 1/1 ran; next: shutdown /r /t 0, then try RDP.\r\nrdpfix: OK, 16 of 16 values verified\r\n\r\nC:\\>"));
    }

    @Test
    void aDutchFailedLineGivesCountsAndNames() {
        assertEquals(Optional.of(new VerdictLine.Failed(2, 16, List.of("SecurityLayer", "KeepAliveEnable"), false)),
                VerdictLine.find("rdpfix: MISLUKT 2 van 16: SecurityLayer KeepAliveEnable "));
    }

    @Test
    void aStoppedLineGivesItsReason() {
        assertEquals(Optional.of(new VerdictLine.Stopped("HKLM\\BROKENSOFTWARE not loaded")),
                VerdictLine.find("rdpfix: FAILED: HKLM\\BROKENSOFTWARE not loaded"));
    }

    @Test
    void theNamedValuesFailFirstAndTheRestAreVerified() {
        CheckReport report = CheckReport.of(PLAN, new VerdictLine.Failed(1, 16, List.of("SecurityLayer"), false), java.util.Set.of(), Language.EN);
        assertEquals(1, report.failures());
        assertEquals("SecurityLayer", report.rows().get(0).name());
        assertEquals(CheckReport.Outcome.NOT_VERIFIED, report.rows().get(0).outcome());
        assertEquals("(verified by the fix)", report.rows().get(1).found());
    }

    @Test
    void aCutListMarksItsLastPartialNameAndLeavesTheUnnamedUnknown() {
        CheckReport report = CheckReport.of(PLAN, new VerdictLine.Failed(5, 16, List.of("SecurityLayer", "fInheritRecon"), true), java.util.Set.of(), Language.EN);
        assertEquals(List.of("SecurityLayer", "fInheritReconnectSame"), report.rows().stream()
                .filter(row -> row.outcome() == CheckReport.Outcome.NOT_VERIFIED).map(CheckReport.Row::name).toList());
        assertTrue(report.rows().stream().filter(row -> row.outcome() != CheckReport.Outcome.NOT_VERIFIED)
                .allMatch(row -> row.outcome() == CheckReport.Outcome.UNKNOWN));
    }

    @Test
    void aNameTheSelectionDoesNotHaveLeavesEveryValueUnknownNeverAllRight() {
        CheckReport report = CheckReport.of(PLAN, new VerdictLine.Failed(1, 16, List.of("SecurrrityLayer"), false), java.util.Set.of(), Language.EN);
        assertEquals(16, report.failures());
        assertTrue(report.rows().stream().allMatch(row -> row.outcome() == CheckReport.Outcome.UNKNOWN));
        assertEquals("0 of 16 values are not as the fix writes them and 16 are not known: run the capture to see each.",
                report.verdict(Language.EN));
    }

    /** Fuzz: any text either has no verdict line or yields one; never an exception. */
    @Property(tries = 2000)
    void anyTextIsReadWithoutFailing(@ForAll String text) {
        VerdictLine.find(text);
        VerdictLine.find("rdpfix: " + text);
    }
}
