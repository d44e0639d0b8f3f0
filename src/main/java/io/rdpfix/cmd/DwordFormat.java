package io.rdpfix.cmd;

import io.rdpfix.registry.RegValue;

/** How REG_DWORD and REG_QWORD data is spelled; hex always carries 0x, since reg.exe rejects bare hex. */
public enum DwordFormat {
    DEC, HEX;

    public String dword(RegValue.Dword value) {
        return this == DEC ? Long.toString(value.value()) : "0x" + Long.toHexString(value.value());
    }

    public String qword(RegValue.Qword value) {
        return this == DEC ? Long.toUnsignedString(value.bits()) : "0x" + Long.toHexString(value.bits());
    }
}
