package io.rdpfix.request;

import static io.rdpfix.support.Requests.parse;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.catalog.Fix;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** rdp-port's port: any decimal 1 to 65535 is the value written and survives the share link; nothing else is taken. */
class PortPropertyTest {

    @Property(tries = 200)
    void everyPortIsTheDataOfPortNumberAndSurvivesTheShareLink(@ForAll @IntRange(min = 1, max = 65535) int port) {
        ScriptRequest request = valid("fix=rdp-port&port=" + port);
        List<Write> writes = WritePlan.of(request).writes();
        assertEquals(1, writes.size());
        assertEquals("PortNumber", writes.get(0).name());
        assertEquals(port, writes.get(0).value().data().value());
        String share = ShareQuery.of(request);
        assertEquals(port != 3389, share.contains("port=" + port), share);
        assertEquals(request, valid(share));
    }

    @Property(tries = 300)
    void anythingButADecimalPortIsRefusedAtThePortField(@ForAll("notPorts") String typed) {
        ParseResult.Invalid refused = assertInstanceOf(ParseResult.Invalid.class, RequestParser.parse(
                java.util.Map.of("fix", List.of("rdp-port"), "port", List.of(typed)), Language.EN), typed);
        assertEquals(List.of("port"), refused.violations().stream().map(Violation::field).toList());
        assertTrue(refused.describe().contains("must be a whole number from 1 to 65535, in decimal digits"), refused.describe());
        assertEquals(typed, refused.form().port(), "the form shows what was typed, to correct it");
    }

    @Provide
    Arbitrary<String> notPorts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(65536, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.integers().between(-65535, 0).map(String::valueOf),
                Arbitraries.integers().between(1, 65535).map(p -> List.of("0x" + Integer.toHexString(p), "0" + p, "+" + p, " " + p,
                        p + " ", p + ".0", p + ",1", "\uFF13" + p).get(p % 8)),
                Arbitraries.of("", "D3D", "0xD3D", "3389;calc", "3389&x=1", "3389\r\n", "%PORT%", "\u0663\u0663\u0668\u0669"));
    }

    @Example
    void withoutAPortTheFixWrites3389AndItsTextsSayIt() {
        ScriptRequest request = valid("fix=rdp-port");
        assertEquals(3389, WritePlan.of(request).writes().get(0).value().data().value());
        assertTrue(request.fix().title().en().contains("set the RDP port to 3389."), request.fix().title().en());
    }

    @Example
    void theFixsTitleSettingAndStepsLeftNameThePortGiven() {
        ScriptRequest request = valid("fix=rdp-port&port=50000");
        assertTrue(request.fix().title().en().contains("set the RDP port to 50000."), request.fix().title().en());
        assertEquals("RDP port 50000", request.settings().get(0).title().en());
        assertTrue(request.fix().notDone().en().contains("localport=50000"), request.fix().notDone().en());
        assertTrue(request.fix().notDone().nl().contains("--destination-port-ranges 50000"), request.fix().notDone().nl());
        assertFalse(request.fix().notDone().en().contains("{0}"));
    }

    @Example
    void aFixThatAsksForNoPortChecksItButIsNotChangedByIt() {
        assertEquals(valid("fix=nla-off"), valid("fix=nla-off&port=50000"));
        assertEquals("fix=nla-off&lang=en", ShareQuery.of(valid("fix=nla-off&port=50000")));
        assertEquals("port", assertInstanceOf(ParseResult.Invalid.class, parse("fix=nla-off&port=0x50")).violations().get(0).field());
    }

    @Example
    void theRefusedFormStillDescribesTheFixWithAValidPort() {
        ParseResult refused = assertInstanceOf(ParseResult.Invalid.class, parse("fix=rdp-port&port=4000&drive=C&channel=manual&loadhives=yes"));
        assertEquals("4000", refused.form().port());
        assertTrue(refused.fix().notDone().en().contains("TCP 4000"), refused.fix().notDone().en());
        assertEquals(refused.fix().described(), refused.described());
    }

    /** A port refused is not 3389: the page names the port as a placeholder until one is valid, never the default as if chosen. */
    @Example
    void whileThePortIsRefusedTheFixIsDescribedWithAPlaceholderNotTheDefault() {
        Fix.Described described = assertInstanceOf(ParseResult.Invalid.class, parse("fix=rdp-port&port=70000&lang=nl")).described();
        assertTrue(described.notDone().en().contains("Then let TCP <port> in"), described.notDone().en());
        assertTrue(described.notDone().nl().contains("--destination-port-ranges <port>)"), described.notDone().nl());
        assertFalse(described.notDone().en().replace("for 3389 the built-in", "").contains("3389"), described.notDone().en());
        assertEquals("RDP port <port>", described.settings().get(0).title().en());
        assertTrue(described.settings().get(0).description().nl().startsWith("PortNumber <port>: "), described.settings().get(0).description().nl());
    }
}
