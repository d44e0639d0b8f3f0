package io.rdpfix.registry;

import java.util.Optional;

/** The value types rdpfix can write back exactly with {@code reg add}. */
public enum RegType {
    REG_DWORD, REG_QWORD, REG_SZ, REG_EXPAND_SZ;

    public static Optional<RegType> fromName(String name) {
        for (RegType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
