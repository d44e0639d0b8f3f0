package io.rdpfix.request;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Setting;
import io.rdpfix.script.DwordFormat;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.UndoOption;
import io.rdpfix.location.ControlSet;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical, short query string of a request: only what differs from the defaults, in a fixed
 * order, lists as comma lists. Every character is from validated values, so it needs no encoding.
 */
public final class ShareQuery {
    private ShareQuery() {
    }

    public static String of(ScriptRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.target() instanceof Target.Offline offline) {
            parts.add("mode=offline");
            addIfNot(parts, Parameter.SYSTEM, offline.system().value());
            addIfNot(parts, Parameter.SOFTWARE, offline.software().value());
            if (offline.controlSets() instanceof ControlSets.Fixed fixed) {
                addIfNot(parts, Parameter.CONTROLSETS,
                        fixed.sets().stream().map(ControlSet::digits).collect(Collectors.joining(",")));
            } else {
                parts.add("current=yes");
            }
            offline.loadFrom().ifPresent(drive -> {
                parts.add("loadhives=yes");
                addIfNot(parts, Parameter.DRIVE, String.valueOf(drive.letter()));
            });
        }
        if (request.dwordFormat() == DwordFormat.HEX) {
            parts.add("dword=hex");
        }
        if (!request.settings().equals(Catalog.settings())) {
            parts.add("steps=" + request.settings().stream().map(Setting::id).collect(Collectors.joining(",")));
        }
        if (request.undo() == UndoOption.OFF) {
            parts.add("undo=off");
        }
        if (request.language() != Language.EN) {
            parts.add("lang=" + request.language().code());
        }
        return String.join("&", parts);
    }

    private static void addIfNot(List<String> parts, Parameter parameter, String value) {
        if (!value.equals(parameter.defaultValue())) {
            parts.add(parameter.key() + "=" + value);
        }
    }

    /** A path with the query appended, if any. */
    public static String link(String path, ScriptRequest request) {
        String query = of(request);
        return query.isEmpty() ? path : path + "?" + query;
    }

}
