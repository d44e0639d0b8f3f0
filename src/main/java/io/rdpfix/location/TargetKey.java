package io.rdpfix.location;

import io.rdpfix.registry.RegKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A key the fix writes to, with the root it hangs from. The root always exists (a loaded hive or
 * a well-known key); every key between root and key may be created by {@code reg add}.
 */
public record TargetKey(RegKey root, RegKey key) {
    public TargetKey {
        if (!key.equals(root) && !key.isBelow(root)) {
            throw new IllegalArgumentException(key + " is not below " + root);
        }
    }

    /** A key that is its own root: it exists wherever the fix applies (the listener key) and is never created. */
    public boolean mustExist() {
        return key.equals(root);
    }

    /**
     * The key an on-VM undo exports and puts back whole: the topmost key the fix may create, or the
     * key itself when it must exist already.
     */
    public RegKey restoreUnit() {
        List<RegKey> creatable = creatableKeysDeepestFirst();
        return creatable.isEmpty() ? key : creatable.get(creatable.size() - 1);
    }

    /** The keys {@code reg add} would create if missing, deepest first. */
    public List<RegKey> creatableKeysDeepestFirst() {
        List<RegKey> keys = new ArrayList<>();
        RegKey current = key;
        while (!current.equals(root)) {
            keys.add(current);
            current = current.parent().orElseThrow();
        }
        return List.copyOf(keys);
    }
}
