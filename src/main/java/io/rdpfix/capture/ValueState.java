package io.rdpfix.capture;

import io.rdpfix.registry.RegValue;

/** What a capture saw for one value. */
public sealed interface ValueState permits ValueState.Present, ValueState.Absent {

    record Present(RegValue value) implements ValueState {
    }

    record Absent() implements ValueState {
    }
}
