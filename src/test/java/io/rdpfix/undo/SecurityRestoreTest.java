package io.rdpfix.undo;

import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Setting;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What "put security back" covers: exactly the selected values that weaken RDP security. */
class SecurityRestoreTest {

    @Test
    void aSelectionThatWeakensNothingHasNothingToPutBack() {
        assertTrue(SecurityRestore.narrowed(valid("steps=keep-alive,idle-time")).isEmpty());
    }

    @Test
    void theNarrowedSelectionKeepsOnlyTheSettingsWithAWarningAndTheTarget() {
        var narrowed = SecurityRestore.narrowed(valid("channel=manual&steps=min-encryption,keep-alive")).orElseThrow();
        assertEquals(List.of("min-encryption"), narrowed.settings().stream().map(Setting::id).toList());
        assertEquals(valid("channel=manual").target(), narrowed.target());
    }

    @Test
    void everyValueThatWeakensSecurityHasARecommendedValueThatDiffersFromTheFix() {
        for (Setting setting : Catalog.fixes().stream().flatMap(fix -> fix.settings().stream()).toList()) {
            if (setting.warning().isPresent()) {
                setting.values().forEach(value -> {
                    assertTrue(value.secure().isPresent(), value.name());
                    assertTrue(!value.secure().get().equals(java.util.Optional.of(value.data())), value.name());
                });
            }
        }
        List<Write> writes = WritePlan.of(SecurityRestore.narrowed(valid("")).orElseThrow()).writes();
        assertEquals(List.of("SecurityLayer", "MinEncryptionLevel"), writes.stream().map(Write::name).toList());
    }
}
