package io.rdpfix.catalog;

import io.rdpfix.registry.PrintableAscii;
import io.rdpfix.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * One of Microsoft's RDP registry fixes, as data: the symptom it answers, its source, the values it
 * sets (in settings the user may pick from), and what it leaves to the admin (a restart, a firewall
 * rule). {@code version} goes into every script header; raise it whenever a value or text changes.
 *
 * @param title    what the script does, after "rdpfix (catalog version): " in its header
 * @param symptom  when it applies, in the admin's words: the choice under "What is wrong?"
 * @param notDone  what the script does not do and the admin still must
 * @param input    the number the user gives, if the fix asks for one: the title, settings and what is
 *                 not done name it as {0}, and read with it filled in
 */
public record Fix(String id, String version, Text title, Text symptom, Article source, List<Setting> settings, Text notDone,
                  Optional<Input> input) {
    public Fix {
        settings = List.copyOf(settings);
        if (!id.matches("[a-z][a-z-]{0,30}") || settings.isEmpty()) {
            throw new IllegalArgumentException("a fix has an id of lower-case words and settings: " + id);
        }
        for (Text text : List.of(title, symptom, notDone)) {
            PrintableAscii.require(text.en());
            PrintableAscii.require(text.nl());
        }
        if (settings.stream().map(Setting::id).distinct().count() != settings.size()) {
            throw new IllegalArgumentException("each setting once: " + id);
        }
        if (input.isPresent() != settings.stream().flatMap(s -> s.values().stream()).anyMatch(CatalogValue::given)) {
            throw new IllegalArgumentException("a fix asks for a number exactly when a value takes it: " + id);
        }
    }

    /** The same fix with the number the user gave; a fix that asks for none stays as it is. */
    public Fix withInput(long value) {
        return input.isEmpty() ? this : new Fix(id, version, title, symptom, source, settings, notDone, input.map(i -> i.withValue(value)));
    }

    @Override
    public Text title() {
        return filled(title);
    }

    @Override
    public Text notDone() {
        return filled(notDone);
    }

    @Override
    public List<Setting> settings() {
        return input.map(i -> settings.stream().map(s -> s.given(i.value())).toList()).orElse(settings);
    }

    /** What the page says of a fix: what it leaves to the admin, and its settings. */
    public record Described(Text notDone, List<Setting> settings) {
        public Described {
            settings = List.copyOf(settings);
        }
    }

    /** How the page describes it, with its number. */
    public Described described() {
        return new Described(notDone(), settings());
    }

    /**
     * How the page describes it while the number typed is refused: the input's placeholder in place of
     * the number, never the default as if chosen. A fix that asks for none is described as it is.
     */
    public Described describedWithoutItsNumber() {
        return input.map(Input::placeholder).map(shown -> new Described(notDone.with(shown), settings.stream().map(s -> s.showing(shown)).toList()))
                .orElseGet(this::described);
    }

    private Text filled(Text text) {
        return input.map(i -> text.with(i.value())).orElse(text);
    }

    public Optional<Setting> setting(String settingId) {
        return settings().stream().filter(s -> s.id().equals(settingId)).findFirst();
    }

    public List<String> settingIds() {
        return settings.stream().map(Setting::id).toList();
    }

    /** Whether it writes in the SYSTEM hive, once per control set: offline, only then do control sets matter. */
    public boolean writesControlSets() {
        return settings.stream().flatMap(s -> s.values().stream()).anyMatch(v -> v.role().hive() == KeyRole.Hive.SYSTEM);
    }

    /** Whether any of its settings weakens RDP's security (each says how, next to its checkbox). */
    public boolean weakensSecurity() {
        return settings.stream().anyMatch(s -> s.warning().isPresent());
    }
}
