package io.rdpfix.registry;

/** Registry data of a type that rdpfix can write back exactly. */
public sealed interface RegValue permits RegValue.Dword, RegValue.Qword, RegValue.Sz, RegValue.ExpandSz {

    RegType type();

    /** The data of a string type; numbers have none. */
    default java.util.Optional<String> text() {
        return java.util.Optional.empty();
    }

    /** REG_DWORD, 0 to 4294967295. */
    record Dword(long value) implements RegValue {
        public static final long MAX = 0xffff_ffffL;

        public Dword {
            if (value < 0 || value > MAX) {
                throw new IllegalArgumentException("REG_DWORD out of range: " + value);
            }
        }

        public RegType type() {
            return RegType.REG_DWORD;
        }
    }

    /** REG_QWORD; {@code bits} holds the unsigned 64-bit value. */
    record Qword(long bits) implements RegValue {
        public RegType type() {
            return RegType.REG_QWORD;
        }
    }

    /** REG_SZ of printable ASCII (the only string data rdpfix emits on a cmd line). */
    record Sz(String data) implements RegValue {
        public Sz {
            PrintableAscii.require(data);
        }

        public RegType type() {
            return RegType.REG_SZ;
        }

        @Override
        public java.util.Optional<String> text() {
            return java.util.Optional.of(data);
        }
    }

    /** REG_EXPAND_SZ of printable ASCII, kept unexpanded ({@code %SystemRoot%} stays as it is). */
    record ExpandSz(String data) implements RegValue {
        public ExpandSz {
            PrintableAscii.require(data);
        }

        public RegType type() {
            return RegType.REG_EXPAND_SZ;
        }

        @Override
        public java.util.Optional<String> text() {
            return java.util.Optional.of(data);
        }
    }
}
