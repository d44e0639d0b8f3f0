package io.rdpfix.catalog;

import io.rdpfix.registry.RegValue;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One REG_DWORD value a fix sets; {@code secure}, for a value that weakens RDP security, what
 * "put security back" does when no capture says what was there: the data Microsoft recommends, or
 * the value deleted (empty).
 */
public record CatalogValue(KeyRole role, String name, RegValue.Dword data, Optional<Optional<RegValue.Dword>> secure) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    public CatalogValue {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("value name must be plain letters and digits: " + name);
        }
    }

    static CatalogValue listener(String name, long data) {
        return new CatalogValue(KeyRole.LISTENER, name, new RegValue.Dword(data), Optional.empty());
    }

    /** A listener value that weakens security, and the data that puts it back. */
    static CatalogValue weakening(String name, long data, long secure) {
        return new CatalogValue(KeyRole.LISTENER, name, new RegValue.Dword(data), Optional.of(Optional.of(new RegValue.Dword(secure))));
    }

    /** A value that weakens security where, without a capture, putting it back deletes it. */
    static CatalogValue weakeningUntilDeleted(KeyRole role, String name, long data) {
        return new CatalogValue(role, name, new RegValue.Dword(data), Optional.of(Optional.empty()));
    }

    static CatalogValue policy(String name, long data) {
        return new CatalogValue(KeyRole.POLICY, name, new RegValue.Dword(data), Optional.empty());
    }
}
