package io.rdpfix.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import io.rdpfix.support.SimulatedMachine;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any printable string written by our REG ADD line arrives in the registry exactly, in a batch file;
 * typed, any that holds no double quote and no percent sign, and the others are refused (issue 19).
 */
class StringArgumentPropertyTest {
    private static final RegKey KEY = new RegKey("HKLM\\SOFTWARE\\Test");

    @Property(tries = 2000)
    void stringDataSurvivesCmdAndRegExactly(@ForAll("data") String data, @ForAll ScriptForm form) {
        Assume.that(form == ScriptForm.BATCH || !CmdWriter.pasteCannotCarry(data));
        SimulatedMachine machine = new SimulatedMachine();
        // As the undo writes it: the key in a variable that is defined while the data is read; data with
        // a double quote through a variable and a child cmd.
        RegValue.Sz value = new RegValue.Sz(data);
        List<String> lines = new java.util.ArrayList<>(List.of("set R_W1=" + KEY.path()));
        CmdWriter writer = CmdWriter.of(form);
        lines.addAll(CmdWriter.needsVariable(value)
                ? writer.lines(new Statement.SetExactly("R_S", CmdWriter.crtEscaped(data)), new Statement.DelayedRegAdd("\"%R_W1%\"", "Value",
                        value.type(), "R_S"))
                : List.of(writer.line(new Statement.RegAdd("\"%R_W1%\"", "Value", value, DwordFormat.DEC))));
        String line = String.join("\n", lines);
        machine.run(new Script(form, lines));
        SimulatedMachine expected = new SimulatedMachine();
        expected.setValue(KEY.path(), "Value", new RegValue.Sz(data));
        assertEquals(expected.snapshot(), machine.snapshot(), line);
    }

    @Property(tries = 500)
    void aPastedLineNeverCarriesAQuoteOrAPercentSign(@ForAll("data") String data) {
        Assume.that(data.contains("\"") || data.contains("%"));
        CmdWriter paste = CmdWriter.of(ScriptForm.PASTE);
        assertThrows(IllegalArgumentException.class, () -> paste.stringArgument(data));
        assertThrows(IllegalArgumentException.class, () -> paste.line(new Statement.RegAdd("\"%R_W1%\"", "Value", new RegValue.Sz(data), DwordFormat.DEC)));
        assertThrows(IllegalArgumentException.class, () -> paste.setExactly("R_V", data));
    }

    /** The line a string's read-back compares against: the variable holds the text exactly, whatever cmd does with quotes. */
    @Property(tries = 2000)
    void setExactlyGivesTheVariableExactlyTheText(@ForAll("data") String data, @ForAll ScriptForm form) {
        Assume.that(form == ScriptForm.BATCH || !CmdWriter.pasteCannotCarry(data));
        Assume.that(!data.isEmpty());
        SimulatedMachine machine = new SimulatedMachine();
        String line = CmdWriter.of(form).setExactly("R_V", data);
        machine.run(new Script(form, List.of(line)));
        assertEquals(Optional.of(data), machine.variable("R_V"), line);
    }

    @Provide
    Arbitrary<String> data() {
        return Arbitraries.strings().withChars(" \"%^&|<>()\\!abc:;=,'~").ofMaxLength(16)
                .edgeCases(edges -> edges.add("").add("\\").add("\"").add("%%").add("%PATH%").add("a\\\"b").add("\\\\\""));
    }
}
