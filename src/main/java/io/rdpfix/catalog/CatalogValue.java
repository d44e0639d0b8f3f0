package io.rdpfix.catalog;

import io.rdpfix.registry.RegValue;
import java.util.regex.Pattern;

/** One REG_DWORD value the article sets. */
public record CatalogValue(KeyRole role, String name, RegValue.Dword data) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    public CatalogValue {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("value name must be plain letters and digits: " + name);
        }
    }

    static CatalogValue listener(String name, long data) {
        return new CatalogValue(KeyRole.LISTENER, name, new RegValue.Dword(data));
    }

    static CatalogValue policy(String name, long data) {
        return new CatalogValue(KeyRole.POLICY, name, new RegValue.Dword(data));
    }
}
