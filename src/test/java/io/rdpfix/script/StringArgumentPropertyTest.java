package io.rdpfix.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import io.rdpfix.support.SimulatedMachine;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any printable string written by our REG ADD line arrives in the registry exactly, typed or in a batch file. */
class StringArgumentPropertyTest {
    private static final RegKey KEY = new RegKey("HKLM\\SOFTWARE\\Test");

    @Property(tries = 2000)
    void stringDataSurvivesCmdAndRegExactly(@ForAll("data") String data, @ForAll ScriptForm form) {
        SimulatedMachine machine = new SimulatedMachine();
        // As the undo writes it: the key in a variable that is defined while the data is read.
        String line = Cmd.regAdd("\"%R_W1%\"", "Value", new RegValue.Sz(data), DwordFormat.DEC, form);
        machine.run(new Script(form, List.of("set R_W1=" + KEY.path(), line)));
        SimulatedMachine expected = new SimulatedMachine();
        expected.setValue(KEY.path(), "Value", new RegValue.Sz(data));
        assertEquals(expected.snapshot(), machine.snapshot(), line);
    }

    @Provide
    Arbitrary<String> data() {
        return Arbitraries.strings().withChars(" \"%^&|<>()\\!abc:;=,'~").ofMaxLength(16)
                .edgeCases(edges -> edges.add("").add("\\").add("\"").add("%%").add("%PATH%").add("a\\\"b").add("\\\\\""));
    }
}
