package io.rdpfix.undo;

import static io.rdpfix.support.Requests.shareUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Setting;
import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Requests;
import io.rdpfix.support.SimulatedMachine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For random starting registries: capture, apply, undo, and the registry is as it was, key for key
 * and value for value, with the undo in both forms.
 */
class UndoRoundTripPropertyTest {

    record Start(String query, Map<String, Boolean> keys, Map<String, RegValue> values, List<String> extraValues,
                 ScriptForm undoForm, boolean crlf) {
    }

    @Property(tries = 300)
    void captureApplyUndoLeavesTheRegistryAsItWas(@ForAll("starts") Start start) {
        Assume.that(pastable(start));
        ScriptRequest request = Requests.valid(start.query());
        WritePlan plan = WritePlan.of(request);
        SimulatedMachine machine = seed(plan, start);
        String before = machine.snapshot();

        String pasted = FakeConsole.asConsole(FakeConsole.captureOutput(plan, start.keys(), start.values()), "C:\\Windows\\system32>");
        if (!start.crlf()) {
            pasted = pasted.replace("\r\n", "\n");
        }
        CaptureResult parsed = CaptureParser.parse(pasted, plan);
        UndoPlan undo = UndoPlan.of(plan, assertInstanceOf(CaptureResult.Parsed.class, parsed).capture());

        // The fix's own loops and read-back are run by Wine (WineApplyScriptTest); here what they write.
        for (Write write : plan.writes()) {
            machine.setValue(write.key().key().path(), write.name(), write.value().data());
        }
        machine.run(UndoScript.render(request, undo, start.undoForm(), shareUrl(request)));

        assertEquals(before, machine.snapshot());
    }

    /**
     * Three-way: a value changed after the fix (to anything but what the fix wrote) stays as it was
     * changed, keeping its key; everything else is as before the fix.
     */
    @Property(tries = 200)
    void aValueChangedAfterTheFixIsLeftAsItIs(@ForAll("starts") Start start, @ForAll @IntRange(min = 0, max = 999) int pick,
                                               @ForAll("values") RegValue changed) {
        Assume.that(pastable(start));
        ScriptRequest request = Requests.valid(start.query());
        WritePlan plan = WritePlan.of(request);
        Write changedWrite = plan.writes().get(pick % plan.writes().size());
        Assume.that(!changed.equals(changedWrite.value().data()));
        SimulatedMachine machine = seed(plan, start);
        SimulatedMachine expected = seed(plan, start);
        expected.setValue(changedWrite.key().key().path(), changedWrite.name(), changed);

        String pasted = FakeConsole.asConsole(FakeConsole.captureOutput(plan, start.keys(), start.values()), "C:\\Windows\\system32>");
        UndoPlan undo = UndoPlan.of(plan, assertInstanceOf(CaptureResult.Parsed.class, CaptureParser.parse(pasted, plan)).capture());
        for (Write write : plan.writes()) {
            machine.setValue(write.key().key().path(), write.name(), write.value().data());
        }
        machine.setValue(changedWrite.key().key().path(), changedWrite.name(), changed);
        machine.run(UndoScript.render(request, undo, start.undoForm(), shareUrl(request)));

        assertEquals(expected.snapshot(), machine.snapshot());
    }

    /** Typed, a string with a quote or a percent sign is refused (UndoService); a batch file carries any. */
    private static boolean pastable(Start start) {
        return start.undoForm() == ScriptForm.BATCH || start.values().values().stream().noneMatch(CmdWriter::pasteCannotCarry);
    }

    @Provide
    Arbitrary<RegValue> values() {
        return value();
    }

    /** The roots always exist; each creatable key exists or not, consistently with its parent and values. */
    private static SimulatedMachine seed(WritePlan plan, Start start) {
        SimulatedMachine machine = new SimulatedMachine();
        // Loaded offline hives: the keys the scripts probe for are there.
        plan.hiveProbes().values().forEach(probe -> machine.addKey(probe.path()));
        for (var key : plan.keys()) {
            machine.addKey(key.root().path());
        }
        for (RegKey key : plan.creatableKeys()) {
            if (start.keys().getOrDefault(key.path(), true)) {
                machine.addKey(key.path());
            }
        }
        start.values().forEach((id, value) -> machine.setValue(id.substring(0, id.indexOf('|')), id.substring(id.indexOf('|') + 1), value));
        for (String key : start.extraValues()) {
            if (machine.hasKey(key)) {
                machine.setValue(key, "SomethingElse", new RegValue.Sz("keep me"));
            }
        }
        return machine;
    }

    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<String> query = Combinators.combine(
                Arbitraries.of("", "channel=manual", "channel=manual&controlsets=002", "channel=manual&system=S1&software=S2&controlsets=001,003"),
                Arbitraries.subsetOf(Catalog.DISCONNECTS.settings()).ofMinSize(1),
                Arbitraries.of("dec", "hex")).as((mode, steps, dword) -> {
                    String ids = Catalog.DISCONNECTS.settings().stream().filter(steps::contains).map(Setting::id).collect(Collectors.joining(","));
                    return (mode.isEmpty() ? "" : mode + "&") + "steps=" + ids + "&dword=" + dword + "&undo=off";
                });
        return query.flatMap(q -> {
            WritePlan plan = WritePlan.of(Requests.valid(q));
            List<RegKey> creatable = plan.creatableKeys();
            return Combinators.combine(
                    Arbitraries.of(true, false).list().ofSize(creatable.size()),
                    value().optional().list().ofSize(plan.writes().size()),
                    Arbitraries.of(true, false).list().ofSize(creatable.size()),
                    Arbitraries.of(ScriptForm.class), Arbitraries.of(true, false))
                    .as((exists, values, extras, undoForm, crlf) -> {
                        Map<String, Boolean> keys = new HashMap<>();
                        // A key can only exist if its parent does: walk each chain from the root down.
                        for (int i = creatable.size() - 1; i >= 0; i--) {
                            RegKey key = creatable.get(i);
                            boolean parentMissing = key.parent().map(p -> Boolean.FALSE.equals(keys.get(p.path()))).orElse(false);
                            keys.put(key.path(), exists.get(i) && !parentMissing);
                        }
                        Map<String, RegValue> present = new HashMap<>();
                        for (int i = 0; i < plan.writes().size(); i++) {
                            Write write = plan.writes().get(i);
                            if (keys.getOrDefault(write.key().key().path(), true) && values.get(i).isPresent()) {
                                present.put(write.key().key().path() + "|" + write.name(), values.get(i).get());
                            }
                        }
                        List<String> extraKeys = java.util.stream.IntStream.range(0, creatable.size())
                                .filter(extras::get).mapToObj(i -> creatable.get(i).path()).toList();
                        return new Start(q, keys, present, extraKeys, undoForm, crlf);
                    });
        });
    }

    static Arbitrary<RegValue> value() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(24)
                .edgeCases(edges -> edges.add("%PATH%").add("a\"b\"").add("\\\\server\\share\\").add("50% ^& \"|<>()").add(" lead"));
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, RegValue.Dword.MAX).map(RegValue.Dword::new),
                Arbitraries.longs().map(RegValue.Qword::new),
                text.map(RegValue.Sz::new),
                text.map(RegValue.ExpandSz::new));
    }
}
