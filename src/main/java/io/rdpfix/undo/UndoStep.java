package io.rdpfix.undo;

import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;

/** One thing an undo does. */
public sealed interface UndoStep permits UndoStep.Restore, UndoStep.DeleteValue, UndoStep.RemoveCreatedKey {

    /** The value existed: write it back with its type and data, while it holds what the fix wrote. */
    record Restore(RegKey key, String name, RegValue value, RegValue.Dword fixWrote) implements UndoStep {
    }

    /** The value did not exist: delete it, while it holds what the fix wrote. */
    record DeleteValue(RegKey key, String name, RegValue.Dword fixWrote) implements UndoStep {
    }

    /** The key did not exist: remove it, if no value is left below it. */
    record RemoveCreatedKey(RegKey key) implements UndoStep {
    }
}
