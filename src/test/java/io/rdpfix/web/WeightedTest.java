package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.text.Language;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of weighted headers (RFC 9110, 12.4.2), so that Accept-Language and Accept-Encoding agree on a weight. */
class WeightedTest {

    @Test
    void aChoiceIsItsValueInLowerCaseWithItsWeightAndPlace() {
        assertEquals(List.of(new Weighted("nl-nl", 1, 0), new Weighted("nl", 0.9, 1), new Weighted("en", 0.5, 2)),
                Weighted.of(List.of("nl-NL, nl;q=0.9 ,en ;q=0.5")));
    }

    @Test
    void qIsReadInEitherCaseByBothHeaders() {
        assertEquals(0.5, Weighted.of(List.of("nl;Q=0.5")).get(0).weight());
        assertEquals(Language.EN, AcceptLanguage.preferred(List.of("nl;Q=0.5, en")));
        assertTrue(Gzip.accepted(List.of("gzip;Q=0.5")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "1.5", "1.001", "0.1234", "1e0", ".5", "0x1p-1", "NaN", "Infinity", "-0", "+1", " 0.5", "0,5", ""})
    void aWeightTheRfcDoesNotSpellIsZeroInBothHeaders(String qvalue) {
        assertEquals(0, Weighted.of(List.of("nl;q=" + qvalue)).get(0).weight(), qvalue);
        assertEquals(Language.EN, AcceptLanguage.preferred(List.of("nl;q=" + qvalue + ", en;q=0.001")), qvalue);
        assertTrue(!Gzip.accepted(List.of("gzip;q=" + qvalue + ", *")), qvalue);
    }

    @Property(tries = 300)
    void everyQvalueTheRfcSpellsIsReadAsItsNumber(@ForAll("qvalues") String qvalue) {
        assertEquals(Double.parseDouble(qvalue), Weighted.of(List.of("gzip;q=" + qvalue)).get(0).weight(), qvalue);
    }

    @Provide
    Arbitrary<String> qvalues() {
        Arbitrary<String> zero = Arbitraries.strings().numeric().ofMaxLength(3).map(d -> "0." + d);
        Arbitrary<String> one = Arbitraries.integers().between(0, 3).map(n -> "1." + "0".repeat(n));
        return Arbitraries.oneOf(zero, one, Arbitraries.of("0", "1"));
    }

    @Property(tries = 500)
    void anyHeaderGivesAtMostTheCapOfChoicesWeighedFromZeroToOne(@ForAll List<String> values) {
        List<Weighted> choices = Weighted.of(values);
        assertTrue(choices.size() <= Weighted.MAX_CHOICES, values.toString());
        for (int i = 0; i < choices.size(); i++) {
            assertEquals(i, choices.get(i).order());
            assertTrue(choices.get(i).weight() >= 0 && choices.get(i).weight() <= 1, choices.get(i).toString());
        }
    }

    @Test
    void aHeaderSentTwiceIsOneList() {
        assertEquals(List.of(new Weighted("br", 1, 0), new Weighted("gzip", 0.5, 1)), Weighted.of(List.of("br", "gzip;q=0.5")));
        assertEquals(Language.NL, AcceptLanguage.preferred(List.of("en;q=0.5", "nl")));
    }
}
