package io.rdpfix.undo;

import io.rdpfix.capture.Capture;
import io.rdpfix.capture.ValueState;
import io.rdpfix.registry.RegKey;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * What an undo must do to put a captured state back: values first, then the keys the fix created,
 * deepest first. A value the capture saw present is only ever restored, never deleted; each step
 * knows what the fix wrote, so a value changed since the fix is left as it is.
 */
public record UndoPlan(String selectionId, List<UndoStep> steps) {
    public UndoPlan {
        steps = List.copyOf(steps);
    }

    public static UndoPlan of(WritePlan plan, Capture capture) {
        if (!capture.selectionId().equals(plan.selectionId())
                || capture.values().size() != plan.writes().size()
                || capture.keysPresent().size() != plan.creatableKeys().size()) {
            throw new IllegalArgumentException("capture " + capture.selectionId() + " is not of selection " + plan.selectionId());
        }
        List<UndoStep> steps = new ArrayList<>();
        for (int i = 0; i < plan.writes().size(); i++) {
            Write write = plan.writes().get(i);
            RegKey key = write.key().key();
            if (capture.values().get(i) instanceof ValueState.Present present) {
                steps.add(new UndoStep.Restore(key, write.name(), present.value(), write.value().data()));
            } else {
                steps.add(new UndoStep.DeleteValue(key, write.name(), write.value().data()));
            }
        }
        List<RegKey> keys = plan.creatableKeys();
        for (int i = 0; i < keys.size(); i++) {
            if (!capture.keysPresent().get(i)) {
                steps.add(new UndoStep.RemoveCreatedKey(keys.get(i)));
            }
        }
        return new UndoPlan(plan.selectionId(), steps);
    }
}
