package io.rdpfix.script;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Setting;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import java.util.List;

/** Everything a script depends on, validated. Settings are kept in catalog order. */
public record ScriptRequest(Target target, List<Setting> settings, DwordFormat dwordFormat, Language language,
                            UndoOption undo) {
    public ScriptRequest {
        List<Setting> chosen = List.copyOf(settings);
        settings = Catalog.settings().stream().filter(chosen::contains).toList();
        if (settings.isEmpty() || settings.size() != chosen.stream().distinct().count()) {
            throw new IllegalArgumentException("choose one or more catalog settings, each once");
        }
    }
}
