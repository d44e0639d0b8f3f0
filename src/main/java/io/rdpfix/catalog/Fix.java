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
 */
public record Fix(String id, String version, Text title, Text symptom, Article source, List<Setting> settings, Text notDone) {
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
    }

    public Optional<Setting> setting(String settingId) {
        return settings.stream().filter(s -> s.id().equals(settingId)).findFirst();
    }

    public List<String> settingIds() {
        return settings.stream().map(Setting::id).toList();
    }

    /** Whether any of its settings weakens RDP's security (each says how, next to its checkbox). */
    public boolean weakensSecurity() {
        return settings.stream().anyMatch(s -> s.warning().isPresent());
    }
}
