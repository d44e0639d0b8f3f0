package io.rdpfix.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values of a pure function by key, bounded by what they weigh rather than by how many there are,
 * so that crafted requests cannot grow the heap: cleared when full, and a value heavier than the
 * entry limit is computed for its caller and not kept. Two threads that miss the same key both
 * compute it and both count it; the bound is then reached early, never late.
 */
final class WeighedCache<K, V> {
    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long maxBytes;
    private final long maxEntryBytes;
    private final ToLongFunction<K> keyWeight;
    private final ToLongFunction<V> valueWeight;

    WeighedCache(long maxBytes, long maxEntryBytes, ToLongFunction<K> keyWeight, ToLongFunction<V> valueWeight) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.keyWeight = keyWeight;
        this.valueWeight = valueWeight;
    }

    V get(K key, Function<K, V> compute) {
        V value = entries.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        long added = keyWeight.applyAsLong(key) + valueWeight.applyAsLong(value);
        if (added > maxEntryBytes) {
            return value;
        }
        if (weight.addAndGet(added) > maxBytes) {
            entries.clear();
            weight.set(added);
        }
        entries.put(key, value);
        return value;
    }

    /** What the entries kept now weigh, as counted against the bound. */
    long weight() {
        return weight.get();
    }

    int size() {
        return entries.size();
    }
}
