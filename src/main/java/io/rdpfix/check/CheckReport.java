package io.rdpfix.check;

import io.rdpfix.capture.Capture;
import io.rdpfix.capture.ValueState;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Did it work?": every value a selection sets, what the fix writes and what a capture taken after
 * the fix found, failures first, each with what to do about it.
 */
public record CheckReport(List<Row> rows) {
    /** In the order the report lists them: what needs doing first. */
    public enum Outcome {
        ABSENT(new Text("absent: that line of the fix did not run, or wrote to a mistyped key path; paste that block"
                + " of the fix again, then check again.",
                "ontbreekt: die regel van de fix liep niet, of schreef naar een verkeerd gespeld sleutelpad; plak dat"
                        + " blok van de fix opnieuw en controleer nog eens.")),
        WRONG(new Text("other data: paste that block of the fix again; if it comes back after a restart, a policy or"
                + " another tool sets it.",
                "andere gegevens: plak dat blok van de fix opnieuw; komt het na een herstart terug, dan zet een beleid"
                        + " of ander hulpmiddel het.")),
        OK(new Text("as the fix writes it.", "zoals de fix het schrijft."));

        private final Text advice;

        Outcome(Text advice) {
            this.advice = advice;
        }

        public Text advice() {
            return advice;
        }
    }

    public record Row(String key, String name, String expected, String found, Outcome outcome) {
    }

    public CheckReport {
        rows = List.copyOf(rows);
    }

    /** @param capture a capture of the same selection, taken after the fix (and after the restart) */
    public static CheckReport of(WritePlan plan, Capture capture) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.writes().size(); i++) {
            Write write = plan.writes().get(i);
            RegValue.Dword expected = write.value().data();
            ValueState state = capture.values().get(i);
            Outcome outcome = state instanceof ValueState.Present present && present.value().equals(expected) ? Outcome.OK
                    : state instanceof ValueState.Present ? Outcome.WRONG : Outcome.ABSENT;
            String found = state instanceof ValueState.Present present ? shown(present.value()) : "(absent)";
            rows.add(new Row(write.key().key().path(), write.name(), shown(expected), found, outcome));
        }
        rows.sort(Comparator.comparing(Row::outcome));
        return new CheckReport(rows);
    }

    public long failures() {
        return rows.stream().filter(row -> row.outcome() != Outcome.OK).count();
    }

    /** The report for a terminal: the verdict first, then one block per value. */
    public String text(Language language) {
        StringBuilder out = new StringBuilder(verdict(language)).append('\n');
        for (Row row : rows) {
            out.append('\n').append(row.outcome()).append("  ").append(row.name()).append("  in ").append(row.key()).append('\n')
                    .append("    ").append(EXPECTED.in(language)).append(' ').append(row.expected())
                    .append(", ").append(FOUND.in(language)).append(' ').append(row.found()).append('\n')
                    .append("    ").append(row.outcome().advice().in(language)).append('\n');
        }
        return out.toString();
    }

    public String verdict(Language language) {
        long failures = failures();
        return failures == 0 ? ALL_OK.with(rows.size()).in(language) : SOME_FAILED.with(failures, rows.size()).in(language);
    }

    private static final Text EXPECTED = new Text("expected", "verwacht");
    private static final Text FOUND = new Text("found", "gevonden");
    private static final Text ALL_OK = new Text("All {0} values are as the fix writes them.",
            "Alle {0} waarden zijn zoals de fix ze schrijft.");
    private static final Text SOME_FAILED = new Text("{0} of {1} values are not as the fix writes them: listed first.",
            "{0} van {1} waarden zijn niet zoals de fix ze schrijft: ze staan bovenaan.");

    /** Registry data as the page and the report show it: type, data, and a DWORD in decimal too. */
    public static String shown(RegValue value) {
        if (value instanceof RegValue.Dword dword) {
            return String.format("REG_DWORD 0x%x (%d)", dword.value(), dword.value());
        }
        if (value instanceof RegValue.Qword qword) {
            return "REG_QWORD 0x" + Long.toUnsignedString(qword.bits(), 16);
        }
        return value.type() + " \"" + (value instanceof RegValue.Sz sz ? sz.data() : ((RegValue.ExpandSz) value).data()) + "\"";
    }
}
