package io.rdpfix.location;

import java.util.List;
import java.util.TreeSet;

/** Which control sets of an offline SYSTEM hive the listener values are written to. */
public sealed interface ControlSets permits ControlSets.Fixed, ControlSets.Active {

    /** A fixed list, written in ascending order. */
    record Fixed(List<ControlSet> sets) implements ControlSets {
        public static final Fixed DEFAULT = new Fixed(List.of(new ControlSet(1), new ControlSet(2)));
        /**
         * Windows keeps two or three (the current one, its last-known-good copy, and one more during
         * an update); four leaves room while keeping every script small enough to paste.
         */
        public static final int MAX = 4;

        public Fixed {
            sets = List.copyOf(new TreeSet<>(sets));
            if (sets.isEmpty() || sets.size() > MAX) {
                throw new IllegalArgumentException("one to " + MAX + " control sets: " + sets.size());
            }
        }
    }

    /** The one the hive's {@code Select\Current} value names, read when the script runs. */
    record Active() implements ControlSets {
    }
}
