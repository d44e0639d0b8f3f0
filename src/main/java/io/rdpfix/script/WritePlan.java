package io.rdpfix.script;

import io.rdpfix.catalog.CatalogValue;
import io.rdpfix.catalog.KeyRole;
import io.rdpfix.catalog.Setting;
import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.location.TargetKey;
import io.rdpfix.registry.RegKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values a request writes, in the article's order: per step, per key role in the order its
 * values name them, the values once per control set (a SYSTEM role) or once (a SOFTWARE role).
 */
public final class WritePlan {
    private final List<Write> writes;
    // Derived once: a render asks for them again for every block layout it tries.
    private final List<TargetKey> keys;
    private final String selectionId;
    private final Map<String, RegKey> hiveProbes;

    private WritePlan(List<Write> writes) {
        this.writes = List.copyOf(writes);
        this.keys = List.copyOf(new LinkedHashSet<>(this.writes.stream().map(Write::key).toList()));
        this.selectionId = selectionId(this.writes);
        this.hiveProbes = hiveProbes(keys);
    }

    public List<Write> writes() {
        return writes;
    }

    public static WritePlan of(ScriptRequest request) {
        List<Write> writes = new ArrayList<>();
        for (Setting setting : request.settings()) {
            for (KeyRole role : setting.values().stream().map(CatalogValue::role).distinct().toList()) {
                for (TargetKey key : request.target().keysFor(role)) {
                    addValues(writes, setting, key, role);
                }
            }
        }
        return new WritePlan(writes);
    }

    private static void addValues(List<Write> writes, Setting setting, TargetKey key, KeyRole role) {
        for (CatalogValue value : setting.values()) {
            if (value.role() == role) {
                writes.add(new Write(setting, key, value));
            }
        }
    }

    /**
     * The keys that must exist already (each control set's RDP-Tcp key): the fix skips a control set
     * whose key is missing, and says so; a capture says whether each is there.
     */
    public List<RegKey> listenerKeys() {
        return keys().stream().filter(TargetKey::mustExist).map(TargetKey::key).toList();
    }

    /** The distinct keys written to, in first-written order. */
    public List<TargetKey> keys() {
        return keys;
    }

    /** name.0x<data> as reg query prints each value written to the key (lower-case hex): what a read-back expects. */
    public List<String> asQueried(TargetKey key) {
        return writes.stream().filter(w -> w.key().equals(key)).map(WritePlan::asQueried).toList();
    }

    public static String asQueried(Write write) {
        return write.name() + "." + DwordFormat.HEX.dword(write.value().data());
    }

    /**
     * Offline, the loaded hives the plan writes to, each with a key that every such hive has: the
     * listener's hive (a SYSTEM hive) has Select, the policy's (a SOFTWARE hive) Microsoft\Windows
     * NT\CurrentVersion (Policies\Microsoft is not on every disk).
     * Online there are none: SYSTEM and SOFTWARE are the machine's own.
     */
    public Map<String, RegKey> hiveProbes() {
        return hiveProbes;
    }

    private static Map<String, RegKey> hiveProbes(List<TargetKey> keys) {
        Map<String, RegKey> probes = new LinkedHashMap<>();
        for (TargetKey key : keys) {
            String hive = key.key().path().split("\\\\")[1];
            if (!hive.equalsIgnoreCase("SYSTEM") && !hive.equalsIgnoreCase("SOFTWARE")) {
                probes.putIfAbsent(hive, RegKey.hklm(hive).child(key.mustExist() ? "Select" : "Microsoft\\Windows NT\\CurrentVersion"));
            }
        }
        return Collections.unmodifiableMap(probes);
    }

    /** Every key that writing may create, each once, deepest first within its chain. */
    public List<RegKey> creatableKeys() {
        LinkedHashSet<RegKey> keys = new LinkedHashSet<>();
        keys().forEach(key -> keys.addAll(key.creatableKeysDeepestFirst()));
        return List.copyOf(keys);
    }

    /**
     * Eight hex digits naming this exact set of (key, value) writes: it names the undo file on the
     * VM and ties a capture to the selection it was made for. Data and formatting do not count.
     */
    public String selectionId() {
        return selectionId;
    }

    private static String selectionId(List<Write> writes) {
        StringBuilder canonical = new StringBuilder();
        writes.forEach(w -> canonical.append(w.key().key().path().toLowerCase(Locale.ROOT))
                .append('|').append(w.name().toLowerCase(Locale.ROOT)).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WritePlan plan && plan.writes.equals(writes);
    }

    @Override
    public int hashCode() {
        return writes.hashCode();
    }

    @Override
    public String toString() {
        return "WritePlan" + writes;
    }
}
