package io.rdpfix.capture;

import java.util.List;

/**
 * A complete capture of one selection: for each key that writing may create (in
 * {@code WritePlan.creatableKeys()} order) whether it existed, the same for each key that must exist
 * ({@code WritePlan.listenerKeys()}: the fix skips a control set without one), and for each write (in
 * {@code WritePlan.writes()} order) what was there.
 */
public record Capture(String selectionId, List<Boolean> keysPresent, List<Boolean> listenersPresent, List<ValueState> values) {
    public Capture {
        keysPresent = List.copyOf(keysPresent);
        listenersPresent = List.copyOf(listenersPresent);
        values = List.copyOf(values);
    }
}
