package io.rdpfix.location;

/** Where the broken OS disk is mounted on the repair VM: D to Z (C is the repair VM's own). */
public record DriveLetter(char letter) {
    public static final DriveLetter DEFAULT = new DriveLetter('F');

    public DriveLetter {
        if (letter < 'D' || letter > 'Z') {
            throw new IllegalArgumentException("drive letter must be D to Z: " + letter);
        }
    }

    public String hivePath(String hiveFile) {
        return letter + ":\\Windows\\System32\\config\\" + hiveFile;
    }

    /** A folder on the disk itself for what must outlive the repair VM: hive copies, undo records. */
    public String rdpfixFolder() {
        return letter + ":\\rdpfix";
    }
}
