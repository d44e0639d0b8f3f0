package io.rdpfix.check;

import io.rdpfix.capture.Capture;
import io.rdpfix.capture.ValueState;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
        NOT_VERIFIED(new Text("the fix could not read it back as written (in one or more of its keys): paste that block of"
                + " the fix again; the capture shows what is there.",
                "de fix kon hem niet teruglezen zoals geschreven (in een of meer van zijn sleutels): plak dat blok van de fix"
                        + " opnieuw; de vastlegging toont wat er staat.")),
        UNKNOWN(new Text("not known: the verdict line is cut to fit 80 columns, or names a value this selection does not"
                + " have (a garbled paste); run the capture to see it.",
                "onbekend: de regel met het oordeel is ingekort tot 80 kolommen, of noemt een waarde die deze selectie niet"
                        + " heeft (een verminkte plakactie); draai de vastlegging om hem te zien.")),
        SKIPPED(new Text("skipped: not there on this disk (a control set without the key, or a value the fix sets only where it"
                + " exists), so the fix writes nothing there; nothing to do.",
                "overgeslagen: staat niet op deze schijf (een control set zonder de sleutel, of een waarde die de fix alleen zet"
                        + " waar hij bestaat), dus de fix schrijft daar niets; niets te doen.")),
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

    /**
     * @param capture a capture of the same selection, taken after the fix (and after the restart); a
     *                value in a control set without its RDP-Tcp key is one the fix skipped
     */
    public static CheckReport of(WritePlan plan, Capture capture) {
        List<RegKey> listeners = plan.listenerKeys();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.writes().size(); i++) {
            Write write = plan.writes().get(i);
            RegValue.Dword expected = write.value().data();
            ValueState state = capture.values().get(i);
            int listener = listeners.indexOf(write.key().key());
            if (listener >= 0 && !capture.listenersPresent().get(listener)
                    || write.value().whereItExists() && state instanceof ValueState.Absent) {
                rows.add(skippedRow(write));
                continue;
            }
            Outcome outcome = state instanceof ValueState.Present present && present.value().equals(expected) ? Outcome.OK
                    : state instanceof ValueState.Present ? Outcome.WRONG : Outcome.ABSENT;
            rows.add(new Row(write.key().key().path(), write.name(), shown(expected), shown(state), outcome));
        }
        rows.sort(Comparator.comparing(Row::outcome));
        return new CheckReport(rows);
    }

    /**
     * What the fix's own last line says, for the values it names; the rest verified, or unknown when the
     * line was cut; the values in {@code skipped} (in keys the fix said it skipped, or written only where
     * they exist and not there) skipped.
     */
    public static CheckReport of(WritePlan plan, VerdictLine.Failed verdict, Set<Write> skipped, Language language) {
        List<Row> rows = new ArrayList<>();
        String partial = verdict.cut() && !verdict.names().isEmpty() ? verdict.names().get(verdict.names().size() - 1) : "";
        // A name the selection does not have (garbled in the paste) or a cut list: the unnamed are not known to be right.
        boolean everyNameKnown = verdict.names().stream().allMatch(name -> name.equals(partial)
                || plan.writes().stream().anyMatch(write -> write.name().equals(name)));
        boolean restUnknown = verdict.cut() || !everyNameKnown || verdict.names().isEmpty();
        for (Write write : plan.writes()) {
            if (skipped.contains(write)) {
                rows.add(skippedRow(write));
                continue;
            }
            boolean named = verdict.names().contains(write.name()) || !partial.isEmpty() && write.name().startsWith(partial);
            Outcome outcome = named ? Outcome.NOT_VERIFIED : restUnknown ? Outcome.UNKNOWN : Outcome.OK;
            rows.add(new Row(write.key().key().path(), write.name(), shown(write.value().data()), outcome == Outcome.OK
                    ? VERIFIED.in(language) : "?", outcome));
        }
        rows.sort(Comparator.comparing(Row::outcome));
        return new CheckReport(rows);
    }

    /** Every value verified by the fix itself, but those it skipped. */
    public static CheckReport allVerified(WritePlan plan, Set<Write> skipped, Language language) {
        List<Row> rows = new ArrayList<>(plan.writes().stream()
                .map(write -> skipped.contains(write) ? skippedRow(write)
                        : new Row(write.key().key().path(), write.name(), shown(write.value().data()), VERIFIED.in(language), Outcome.OK))
                .toList());
        rows.sort(Comparator.comparing(Row::outcome));
        return new CheckReport(rows);
    }

    /** A value the fix writes nothing to on this disk: its key is not there, or it is written only where it exists. */
    private static Row skippedRow(Write write) {
        return new Row(write.key().key().path(), write.name(), shown(write.value().data()),
                write.value().whereItExists() ? "(absent: nothing sets it)" : "(no " + write.key().key().name() + " key)", Outcome.SKIPPED);
    }

    /** The fix's read-back saw the value as written; it does not print the data. */
    private static final Text VERIFIED = new Text("(verified by the fix)", "(gecontroleerd door de fix)");

    public long failures() {
        return rows.stream().filter(row -> row.outcome() != Outcome.OK && row.outcome() != Outcome.SKIPPED).count();
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

    /** Counted over the values the fix could write on that disk; the skipped said after. */
    public String verdict(Language language) {
        long unknown = rows.stream().filter(row -> row.outcome() == Outcome.UNKNOWN).count();
        long failed = failures() - unknown;
        long skipped = rows.stream().filter(row -> row.outcome() == Outcome.SKIPPED).count();
        long written = rows.size() - skipped;
        String verdict = unknown > 0 ? SOME_UNKNOWN.with(failed, unknown, written).in(language)
                : failed == 0 ? ALL_OK.with(written).in(language) : SOME_FAILED.with(failed, written).in(language);
        return skipped == 0 ? verdict : verdict + " " + SOME_SKIPPED.with(skipped).in(language);
    }

    private static final Text EXPECTED = new Text("expected", "verwacht");
    private static final Text FOUND = new Text("found", "gevonden");
    private static final Text ALL_OK = new Text("All {0} values are as the fix writes them.",
            "Alle {0} waarden zijn zoals de fix ze schrijft.");
    private static final Text SOME_FAILED = new Text("{0} of {1} values are not as the fix writes them: listed first.",
            "{0} van {1} waarden zijn niet zoals de fix ze schrijft: ze staan bovenaan.");
    private static final Text SOME_SKIPPED = new Text(
            "{0} more are not there on this disk, so the fix skips them: nothing to do there.",
            "Nog {0} staan niet op deze schijf, dus de fix slaat ze over: daar is niets te doen.");
    private static final Text SOME_UNKNOWN = new Text(
            "{0} of {2} values are not as the fix writes them and {1} are not known: run the capture to see each.",
            "{0} van {2} waarden zijn niet zoals de fix ze schrijft en {1} zijn onbekend: draai de vastlegging om elk te zien.");

    /** What a capture saw, as the page and the report show it. */
    public static String shown(ValueState state) {
        return state instanceof ValueState.Present present ? shown(present.value()) : "(absent)";
    }

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
