package io.rdpfix.check;

import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.text.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Did it work?": a capture taken after the fix, read against what the fix writes. */
class CheckReportTest {
    private static final WritePlan PLAN = WritePlan.of(valid("channel=manual&steps=keep-alive,idle-time"));

    /** Every value as the fix writes it, then {@code changes} applied (null: the value is absent). */
    private static CheckReport after(Map<String, RegValue> changes) {
        Map<String, RegValue> values = new HashMap<>();
        for (Write write : PLAN.writes()) {
            values.put(write.key().key().path() + "|" + write.name(), write.value().data());
        }
        changes.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        });
        String pasted = FakeConsole.asConsole(FakeConsole.captureOutput(PLAN, Map.of(), values), "C:\\Windows\\system32>");
        return CheckReport.of(PLAN, ((CaptureResult.Parsed) CaptureParser.parse(pasted, PLAN)).capture());
    }

    private static String key(int write) {
        Write w = PLAN.writes().get(write);
        return w.key().key().path() + "|" + w.name();
    }

    @Test
    void everyValueAsTheFixWritesItIsAllOk() {
        CheckReport report = after(Map.of());
        assertEquals(PLAN.writes().size(), report.rows().size());
        assertEquals(0, report.failures());
        assertEquals("All " + PLAN.writes().size() + " values are as the fix writes them.", report.verdict(Language.EN));
    }

    /** The fix skips a control set without its RDP-Tcp key: its values are not failures, and the advice is no paste again. */
    @Test
    void valuesInAControlSetWithoutItsListenerKeyAreSkippedNotFailures() {
        String listener2 = PLAN.listenerKeys().get(1).path();
        Map<String, RegValue> values = new HashMap<>();
        for (Write write : PLAN.writes()) {
            if (!write.key().key().path().equals(listener2)) {
                values.put(write.key().key().path() + "|" + write.name(), write.value().data());
            }
        }
        String pasted = String.join("\n", FakeConsole.captureOutput(PLAN, Map.of(listener2, false), values));
        CheckReport report = CheckReport.of(PLAN, ((CaptureResult.Parsed) CaptureParser.parse(pasted, PLAN)).capture());
        long inSet2 = PLAN.writes().stream().filter(write -> write.key().key().path().equals(listener2)).count();
        assertEquals(0, report.failures(), report.text(Language.EN));
        assertEquals(inSet2, report.rows().stream().filter(row -> row.outcome() == CheckReport.Outcome.SKIPPED).count());
        assertEquals("All " + (PLAN.writes().size() - inSet2) + " values are as the fix writes them. " + inSet2
                + " more are not there on this disk, so the fix skips them: nothing to do there.", report.verdict(Language.EN));
    }

    @Test
    void failuresComeFirstAbsentBeforeOtherData() {
        Map<String, RegValue> changes = new HashMap<>();
        changes.put(key(0), new RegValue.Dword(7));
        changes.put(key(PLAN.writes().size() - 1), null);
        CheckReport report = after(changes);
        assertEquals(2, report.failures());
        assertEquals(List.of(CheckReport.Outcome.ABSENT, CheckReport.Outcome.WRONG, CheckReport.Outcome.OK),
                report.rows().stream().map(CheckReport.Row::outcome).distinct().toList());
        assertEquals(PLAN.writes().get(PLAN.writes().size() - 1).name(), report.rows().get(0).name());
        assertEquals("(absent)", report.rows().get(0).found());
        assertEquals("REG_DWORD 0x7 (7)", report.rows().get(1).found());
        assertTrue(report.verdict(Language.NL).startsWith("2 van " + PLAN.writes().size() + " waarden"), report.verdict(Language.NL));
    }

    @Test
    void aValueOfAnotherTypeIsOtherDataShownWithItsType() {
        CheckReport report = after(Map.of(key(0), new RegValue.Sz("1")));
        assertEquals(CheckReport.Outcome.WRONG, report.rows().get(0).outcome());
        assertEquals("REG_SZ \"1\"", report.rows().get(0).found());
    }

    @Test
    void theTextReportStartsWithTheVerdictAndNamesEachFailureWithWhatToDo() {
        String text = after(Map.of(key(0), new RegValue.Dword(7))).text(Language.EN);
        String first = PLAN.writes().get(0).name();
        assertTrue(text.startsWith("1 of " + PLAN.writes().size() + " values are not as the fix writes them: listed first.\n\nWRONG  " + first), text);
        assertTrue(text.contains("paste that block of the fix again"), text);
    }

    /** A value written only where it exists (enable-rdp's policy value) and absent is skipped, not missing; present, it counts. */
    @Test
    void aValueWrittenOnlyWhereItExistsIsSkippedWhenAbsentAndCheckedWhenThere() {
        WritePlan plan = WritePlan.of(valid("fix=enable-rdp"));
        Write policy = plan.writes().stream().filter(w -> w.value().whereItExists()).findFirst().orElseThrow();
        Map<String, RegValue> values = new HashMap<>();
        plan.writes().forEach(w -> values.put(w.key().key().path() + "|" + w.name(), w.value().data()));
        String policyKey = policy.key().key().path() + "|" + policy.name();

        values.remove(policyKey);
        CheckReport absent = CheckReport.of(plan, ((CaptureResult.Parsed) CaptureParser.parse(
                String.join("\n", FakeConsole.captureOutput(plan, Map.of(), values)), plan)).capture());
        assertEquals(0, absent.failures(), absent.text(Language.EN));
        CheckReport.Row row = absent.rows().stream().filter(r -> r.key().equals(policy.key().key().path())).findFirst().orElseThrow();
        assertEquals(CheckReport.Outcome.SKIPPED, row.outcome());
        assertEquals("(absent: nothing sets it)", row.found());

        values.put(policyKey, new RegValue.Dword(1));
        CheckReport denied = CheckReport.of(plan, ((CaptureResult.Parsed) CaptureParser.parse(
                String.join("\n", FakeConsole.captureOutput(plan, Map.of(), values)), plan)).capture());
        assertEquals(1, denied.failures(), denied.text(Language.EN));
        assertEquals(CheckReport.Outcome.WRONG, denied.rows().get(0).outcome());
    }
}
