package io.rdpfix.location;

/** {@code ControlSet001} to {@code ControlSet999} of an offline SYSTEM hive. */
public record ControlSet(int number) implements Comparable<ControlSet> {
    public ControlSet {
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("control set out of range: " + number);
        }
    }

    /** The three digits as the parameter and the key name spell them: 001. */
    public String digits() {
        return String.format("%03d", number);
    }

    public String keyName() {
        return "ControlSet" + digits();
    }

    @Override
    public int compareTo(ControlSet other) {
        return Integer.compare(number, other.number);
    }
}
