package io.rdpfix.script;

import io.rdpfix.catalog.Fix;
import io.rdpfix.catalog.Setting;
import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.location.Channel;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import java.util.List;

/**
 * Everything a script depends on, validated. Settings are kept in catalog order. The channel decides
 * which wrapper, if any, carries the batch; Run Command works online, {@code az vm repair} offline
 * on hives its own script loads.
 */
public record ScriptRequest(Fix fix, Target target, List<Setting> settings, DwordFormat dwordFormat, Language language,
                            UndoOption undo, Channel channel) {
    public ScriptRequest {
        boolean fits = switch (channel) {
            case CONSOLE, RUNCOMMAND -> target instanceof Target.Online;
            case MANUAL -> target instanceof Target.Offline;
            case REPAIR -> target instanceof Target.Offline offline && offline.loadFrom().isEmpty();
        };
        if (!fits) {
            throw new IllegalArgumentException(channel + " does not work on " + target);
        }
        List<Setting> chosen = List.copyOf(settings);
        settings = fix.settings().stream().filter(chosen::contains).toList();
        if (settings.isEmpty() || settings.size() != chosen.stream().distinct().count()) {
            throw new IllegalArgumentException("choose one or more of the fix's settings, each once");
        }
    }
}
