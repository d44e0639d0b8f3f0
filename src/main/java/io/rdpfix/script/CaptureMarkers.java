package io.rdpfix.script;


/**
 * The line shapes a capture prints and the parser reads. Each is at most 79 characters for the
 * values rdpfix writes, so SAC's 80-column screen does not wrap it.
 */
public final class CaptureMarkers {
    public static final String BEGIN = "#rdpfix begin";
    public static final String END = "#rdpfix end";
    public static final String PRESENT = "present";
    public static final String ABSENT = "absent";
    /** In place of data that is not a REG_DWORD: the value's whole line is printed on its own. */
    public static final String LINE = "line";

    private CaptureMarkers() {
    }

    public static String keyTag(int index) {
        return String.format("#K%02d", index);
    }

    /** Whether the plan's listener key number {@code index} ({@link WritePlan#listenerKeys}) is there. */
    public static String listenerTag(int index) {
        return String.format("#L%02d", index);
    }

    public static String hiveTag(int index) {
        return String.format("#H%02d", index);
    }

    /** The whole-line form of a value in the plan's key number {@code index}: {@code #P1 Name [REG_SZ    data]}. */
    public static String keyLineTag(int index) {
        return "#P" + index;
    }

    public static String valueTag(int index) {
        return String.format("#V%02d", index);
    }
}
