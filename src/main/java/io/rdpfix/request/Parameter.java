package io.rdpfix.request;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Fix;
import io.rdpfix.location.Channel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The public query parameters of every page and text endpoint: names, defaults, allowed words. */
public enum Parameter {
    /** Which fix: absent, the first (every link made before there was a choice keeps its meaning). */
    FIX("fix", Catalog.DISCONNECTS.id(), Catalog.fixes().stream().map(Fix::id).toList()),
    /** The number a fix asks for (rdp-port's port); any fix reads it, only one that asks for it uses it. */
    PORT(Catalog.PORT.key(), String.valueOf(Catalog.PORT.value()), List.of()),
    CHANNEL("channel", "console", Arrays.stream(Channel.values()).map(Channel::word).toList()),
    /** Kept for links made before the channel decided the mode: offline with the console is {@link Channel#MANUAL}. */
    MODE("mode", "online", List.of("online", "offline")),
    SYSTEM("system", "BROKENSYSTEM", List.of()),
    SOFTWARE("software", "BROKENSOFTWARE", List.of()),
    CONTROLSETS("controlsets", "001,002", List.of()),
    CURRENT("current", "no", List.of("yes", "no")),
    LOADHIVES("loadhives", "no", List.of("yes", "no")),
    DRIVE("drive", "F", List.of()),
    DWORD("dword", "dec", List.of("dec", "hex")),
    STEPS("steps", "", List.of()),
    UNDO("undo", "vm", List.of("vm", "off")),
    LANG("lang", "en", List.of("en", "nl")),
    RG("rg", "", List.of()),
    VM("vm", "", List.of());

    public static final int MAX_VALUE_LENGTH = 400;

    private final String key;
    private final String defaultValue;
    private final List<String> words;

    Parameter(String key, String defaultValue, List<String> words) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.words = words;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public List<String> words() {
        return words;
    }

    /** steps and controlsets take a comma list, repeated parameters, or both. */
    public boolean isList() {
        return this == STEPS || this == CONTROLSETS;
    }

    public static Optional<Parameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    public static String knownKeys() {
        return String.join(", ", Arrays.stream(values()).map(Parameter::key).toList());
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
