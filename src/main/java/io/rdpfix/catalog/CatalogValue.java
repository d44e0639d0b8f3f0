package io.rdpfix.catalog;

import io.rdpfix.registry.RegValue;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One REG_DWORD value a fix sets; {@code secure}, for a value that weakens RDP security, what
 * "put security back" does when no capture says what was there: the data Microsoft recommends, or
 * the value deleted (empty). {@code given}: the data is the fix's {@link Input}, {@code data} its default.
 * {@code whereItExists}: written only where the key already has a value of this name (a policy value
 * that denies what the fix allows), never created.
 */
public record CatalogValue(KeyRole role, String name, RegValue.Dword data, Optional<Optional<RegValue.Dword>> secure, boolean given,
                           boolean whereItExists) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    public CatalogValue {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("value name must be plain letters and digits: " + name);
        }
        if (whereItExists && role.hive() != KeyRole.Hive.SOFTWARE) {
            throw new IllegalArgumentException("only a SOFTWARE value is written where it exists: " + name);
        }
    }

    static CatalogValue listener(String name, long data) {
        return new CatalogValue(KeyRole.LISTENER, name, new RegValue.Dword(data), Optional.empty(), false, false);
    }

    /** A listener value that weakens security, and the data that puts it back. */
    static CatalogValue weakening(String name, long data, long secure) {
        return weakening(KeyRole.LISTENER, name, data, secure);
    }

    /** A value that weakens security where, without a capture, putting it back deletes it. */
    static CatalogValue weakeningUntilDeleted(KeyRole role, String name, long data) {
        return new CatalogValue(role, name, new RegValue.Dword(data), Optional.of(Optional.empty()), false, false);
    }

    static CatalogValue policy(String name, long data) {
        return new CatalogValue(KeyRole.POLICY, name, new RegValue.Dword(data), Optional.empty(), false, false);
    }

    /** A value of the Terminal Server key itself, in every control set. */
    static CatalogValue terminalServer(String name, long data) {
        return new CatalogValue(KeyRole.TERMINAL_SERVER, name, new RegValue.Dword(data), Optional.empty(), false, false);
    }

    /** A Terminal Services policy value, set only where a policy already has it. */
    static CatalogValue policyWhereItExists(String name, long data) {
        return new CatalogValue(KeyRole.POLICY, name, new RegValue.Dword(data), Optional.empty(), false, true);
    }

    /** A value under {@code role} that weakens security, and the data that puts it back. */
    static CatalogValue weakening(KeyRole role, String name, long data, long secure) {
        return new CatalogValue(role, name, new RegValue.Dword(data), Optional.of(Optional.of(new RegValue.Dword(secure))), false, false);
    }

    /**
     * A policy value that weakens security, set only where a policy already has it; put back to
     * {@code secure} only from a capture (without one, what the policy held is not known).
     */
    static CatalogValue weakeningWhereItExists(KeyRole role, String name, long data, long secure) {
        return new CatalogValue(role, name, new RegValue.Dword(data), Optional.of(Optional.of(new RegValue.Dword(secure))), false, true);
    }

    /** A listener value whose data the user gives (the fix's {@link Input}); {@code data} until then. */
    static CatalogValue givenListener(String name, long data) {
        return new CatalogValue(KeyRole.LISTENER, name, new RegValue.Dword(data), Optional.empty(), true, false);
    }

    /** This value with the input's number as its data, when it takes it. */
    CatalogValue given(long value) {
        return given ? new CatalogValue(role, name, new RegValue.Dword(value), secure, true, whereItExists) : this;
    }
}
