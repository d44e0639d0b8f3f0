package io.rdpfix.request;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Fix;
import io.rdpfix.catalog.Setting;
import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.location.Channel;
import io.rdpfix.location.ControlSet;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.Target;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.UndoOption;
import io.rdpfix.text.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The form as the parser understood the query: normalized where a value was valid ({@code KEEP-ALIVE}
 * is {@code keep-alive}, {@code 1} is {@code 001}), as typed where it was not, defaults for what was not
 * given. The page's fields, its links and the share link all read this; nothing re-reads the query.
 *
 * @param controlSets the ticked control sets, three digits each where the item was a number
 * @param steps       the ticked settings' ids, in catalog order when valid
 * @param resourceGroup the VM's resource group for the channel's commands, empty when not given
 */
public record FormState(String fix, String port, Channel channel, String system, String software, List<String> controlSets, boolean current,
                        boolean loadHives, String drive, boolean hex, List<String> steps, boolean undoOff,
                        Language language, String resourceGroup, String vmName) {
    static final List<String> DEFAULT_CONTROL_SETS = ControlSets.Fixed.DEFAULT.sets().stream().map(ControlSet::digits).toList();

    public FormState {
        controlSets = List.copyOf(controlSets);
        steps = List.copyOf(steps);
    }

    /** The form as it first appears, in a language. */
    public static FormState defaults(Language language) {
        return new FormState(Catalog.DISCONNECTS.id(), Parameter.PORT.defaultValue(), Channel.CONSOLE, Parameter.SYSTEM.defaultValue(), Parameter.SOFTWARE.defaultValue(),
                DEFAULT_CONTROL_SETS, false, false, Parameter.DRIVE.defaultValue(), false, Catalog.DISCONNECTS.settingIds(), false, language, "",
                "");
    }

    /**
     * The state a valid request stands for: what its scripts do, and nothing the mode ignores. No
     * script depends on the VM's names, so they are not part of it ({@link #withVm} adds them).
     */
    public static FormState of(ScriptRequest request) {
        String system = Parameter.SYSTEM.defaultValue();
        String software = Parameter.SOFTWARE.defaultValue();
        List<String> controlSets = DEFAULT_CONTROL_SETS;
        boolean current = false;
        boolean loadHives = false;
        String drive = Parameter.DRIVE.defaultValue();
        if (request.target() instanceof Target.Offline target) {
            system = target.system().value();
            software = target.software().value();
            if (target.controlSets() instanceof ControlSets.Fixed fixed) {
                controlSets = fixed.sets().stream().map(ControlSet::digits).toList();
            } else {
                current = true;
            }
            loadHives = target.loadFrom().isPresent();
            drive = target.loadFrom().map(d -> String.valueOf(d.letter())).orElse(drive);
        }
        return new FormState(request.fix().id(), port(request.fix()), request.channel(), system, software, controlSets, current, loadHives, drive,
                request.dwordFormat() == DwordFormat.HEX, request.settings().stream().map(Setting::id).toList(),
                request.undo() == UndoOption.OFF, request.language(), "", "");
    }

    /** The number a fix was given, as the form shows it; the default for a fix that asks for none. */
    private static String port(Fix fix) {
        return fix.input().map(i -> String.valueOf(i.value())).orElse(Parameter.PORT.defaultValue());
    }

    /** The same form for another fix, with every one of its settings ticked (and its own default number). */
    public FormState withFix(Fix other) {
        return new FormState(other.id(), port(other), channel, system, software, controlSets, current, loadHives, drive, hex, other.settingIds(), undoOff,
                language, resourceGroup, vmName);
    }

    /** Every setting of the fix, as the form ticks them when none are named. */
    public static List<String> allSteps(String fix) {
        return Catalog.fix(fix).map(Fix::settingIds).orElse(List.of());
    }

    public FormState withSteps(List<String> chosen) {
        return new FormState(fix, port, channel, system, software, controlSets, current, loadHives, drive, hex, chosen, undoOff, language,
                resourceGroup, vmName);
    }

    public FormState withLanguage(Language other) {
        return new FormState(fix, port, channel, system, software, controlSets, current, loadHives, drive, hex, steps, undoOff, other,
                resourceGroup, vmName);
    }

    public FormState withVm(String group, String name) {
        return new FormState(fix, port, channel, system, software, controlSets, current, loadHives, drive, hex, steps, undoOff, language,
                group, name);
    }

    /**
     * Only what differs from the defaults, in a fixed order, lists as comma lists. A valid request's
     * values need no escaping (the share link reads as typed); anything else is percent-encoded.
     */
    public String query() {
        List<String> parts = new ArrayList<>();
        addIfNot(parts, Parameter.FIX, encode(fix));
        addIfNot(parts, Parameter.PORT, encode(port));
        addIfNot(parts, Parameter.CHANNEL, channel.word());
        addIfNot(parts, Parameter.SYSTEM, encode(system));
        addIfNot(parts, Parameter.SOFTWARE, encode(software));
        if (!current) {
            addIfNot(parts, Parameter.CONTROLSETS, list(controlSets));
        } else {
            parts.add("current=yes");
        }
        if (loadHives && channel != Channel.REPAIR) {
            parts.add("loadhives=yes");
        }
        addIfNot(parts, Parameter.DRIVE, encode(drive));
        if (hex) {
            parts.add("dword=hex");
        }
        if (!steps.equals(allSteps(fix))) {
            parts.add("steps=" + list(steps));
        }
        if (undoOff) {
            parts.add("undo=off");
        }
        addIfNot(parts, Parameter.RG, encode(resourceGroup));
        addIfNot(parts, Parameter.VM, encode(vmName));
        // Always spelled: without it the browser's Accept-Language chooses, and a link made on an
        // English page would open in Dutch for a Dutch browser.
        parts.add("lang=" + language.code());
        return String.join("&", parts);
    }

    private static String list(List<String> items) {
        return items.stream().map(FormState::encode).collect(Collectors.joining(","));
    }

    /**
     * @param encoded the value percent-encoded (a list: its items, comma-joined); the defaults are all
     *                unreserved characters, so it equals its default exactly when the value does
     */
    private static void addIfNot(List<String> parts, Parameter parameter, String encoded) {
        if (!encoded.equals(parameter.defaultValue())) {
            parts.add(parameter.key() + "=" + encoded);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
