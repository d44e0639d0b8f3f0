package io.rdpfix.capture;

import java.util.List;

/**
 * A complete capture of one selection: for each key that writing may create (in
 * {@code WritePlan.creatableKeys()} order) whether it existed, and for each write (in
 * {@code WritePlan.writes()} order) what was there.
 */
public record Capture(String selectionId, List<Boolean> keysPresent, List<ValueState> values) {
    public Capture {
        keysPresent = List.copyOf(keysPresent);
        values = List.copyOf(values);
    }
}
