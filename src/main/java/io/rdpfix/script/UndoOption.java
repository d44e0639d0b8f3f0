package io.rdpfix.script;


/** Whether the apply script first records the current values into an undo file on the machine. */
public enum UndoOption {
    VM, OFF
}
