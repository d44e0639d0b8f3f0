package io.rdpfix.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rdpfix.registry.RegValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The article's defects in value names cannot get into the catalog, and so into any script. */
class CatalogValueTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"'SecurityLayer'", "' MaxIdleTime'", " MaxIdleTime", "MaxIdleTime ", "\"fReconnectSame\"", "Max Idle", ""})
    void aQuotedPaddedOrSpacedValueNameIsRefused(String name) {
        RegValue.Dword zero = new RegValue.Dword(0);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new CatalogValue(KeyRole.LISTENER, name, zero, java.util.Optional.empty(), false, false));
        assertEquals("value name must be plain letters and digits: " + name, refused.getMessage());
    }
}
