package io.rdpfix.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.registry.RegValue;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Requests;
import io.rdpfix.undo.UndoPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is pasted, the parser answers with a complete capture of the plan or a reason in both
 * languages, never with an exception, and the same text always gets the same answer.
 */
class CaptureParserFuzzTest {
    private static final WritePlan PLAN = WritePlan.of(Requests.valid("channel=manual&steps=keep-alive,reconnect"));
    private static final List<String> VALID = FakeConsole.captureOutput(PLAN, Map.of(),
            Map.of(PLAN.writes().get(0).key().key().path() + "|KeepAliveTimeout", new RegValue.Sz("x")));

    @Property(tries = 3000)
    void anyTextGivesACompleteCaptureOrAReason(@ForAll("pastes") String text) {
        CaptureResult result = CaptureParser.parse(text, PLAN);
        if (result instanceof CaptureResult.Parsed parsed) {
            assertEquals(PLAN.writes().size(), parsed.capture().values().size());
            assertEquals(PLAN.creatableKeys().size(), parsed.capture().keysPresent().size());
            assertTrue(text.contains("#rdpfix begin " + PLAN.selectionId()) && text.contains("#rdpfix end " + PLAN.selectionId()), text);
            UndoPlan.of(PLAN, parsed.capture());
        } else {
            CaptureResult.Refused refused = (CaptureResult.Refused) result;
            assertFalse(refused.reason().en().isBlank() || refused.reason().nl().isBlank(), text);
        }
        assertEquals(result, CaptureParser.parse(text, PLAN), "the same text, the same answer");
    }

    @Provide
    Arbitrary<String> pastes() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> mutatedValid = Arbitraries.integers().between(0, VALID.size() - 1).list().ofMaxSize(4)
                .flatMap(drops -> noise.list().ofMaxSize(3).map(inserts -> {
                    List<String> lines = new ArrayList<>(VALID);
                    drops.forEach(i -> lines.set(i, lines.get(i).substring(0, Math.max(0, lines.get(i).length() - 3))));
                    for (int i = 0; i < inserts.size(); i++) {
                        lines.add(Math.min(i * 2, lines.size()), inserts.get(i));
                    }
                    return String.join(i(inserts.size()) ? "\r\n" : "\n", lines);
                }));
        Arbitrary<String> markerSoup = Arbitraries.of("#rdpfix begin " + PLAN.selectionId() + " 5 9", "#rdpfix end 00000000 1 1",
                "#K01 present", "#K99 absent", "#V01 absent", "#V02 [    X    REG_DWORD    0x1]", "#V03 [", "C:\\>", "", "#V00 absent",
                "#H01 present #H02 present #K01 present", "#V01 0x2 #V02 absent #V03 line", "#P1 KeepAliveTimeout [REG_SZ    x]",
                "#P9 X [REG_SZ]", "#V04 %R_D1#fReconnectSame% #V05 ", "#V01 0x1ffffffff")
                .list().ofMaxSize(30).map(lines -> String.join("\n", lines));
        return Arbitraries.oneOf(noise, mutatedValid, markerSoup);
    }

    private static boolean i(int n) {
        return n % 2 == 0;
    }
}
