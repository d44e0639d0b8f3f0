package io.rdpfix.script;

import io.rdpfix.catalog.CatalogValue;
import io.rdpfix.catalog.Setting;
import io.rdpfix.location.TargetKey;

/** One value the fix writes: where, what, and the step it belongs to. */
public record Write(Setting setting, TargetKey key, CatalogValue value) {
    public String name() {
        return value.name();
    }
}
