package io.rdpfix.request;

import io.rdpfix.azure.AzureVm;
import io.rdpfix.azure.ResourceGroup;
import io.rdpfix.azure.VmName;
import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Fix;
import io.rdpfix.catalog.Input;
import io.rdpfix.catalog.Setting;
import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.location.Channel;
import io.rdpfix.location.ControlSet;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.DriveLetter;
import io.rdpfix.location.HiveName;
import io.rdpfix.location.Target;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.UndoOption;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns query parameters into a {@link ScriptRequest}, or into every reason it cannot. Each given
 * parameter is checked, whether the chosen mode uses it or not; unknown names are refused.
 */
public final class RequestParser {
    private static final Pattern CONTROL_SET = Pattern.compile("[0-9]{1,3}");
    private static final Pattern DRIVE = Pattern.compile("[D-Zd-z]:?");

    private final Map<String, List<String>> query;
    private final List<Violation> violations = new ArrayList<>();

    private RequestParser(Map<String, List<String>> query) {
        this.query = query;
    }

    public static ParseResult parse(Map<String, List<String>> query, Language fallback) {
        return new RequestParser(query).run(fallback);
    }

    private ParseResult run(Language fallback) {
        query.keySet().stream()
                .filter(key -> Parameter.byKey(key).isEmpty())
                .forEach(key -> violations.add(Violation.of(key, "", Messages.UNKNOWN_PARAMETER.with(Parameter.knownKeys()))));

        Language language = query.containsKey(Parameter.LANG.key())
                ? word(Parameter.LANG).flatMap(Language::fromCode).orElse(fallback)
                : fallback;
        Optional<Long> port = number(Parameter.PORT, Catalog.PORT);
        Optional<Fix> fix = word(Parameter.FIX).flatMap(Catalog::fix).map(f -> port.map(f::withInput).orElse(f));
        Channel named = word(Parameter.CHANNEL).flatMap(Channel::fromWord).orElse(Channel.CONSOLE);
        boolean offlineChosen = word(Parameter.MODE).orElse("online").equals("offline");
        // The channel decides the mode; an older link said "a repair VM by hand" as the console offline.
        Channel channel = named == Channel.CONSOLE && offlineChosen ? Channel.MANUAL : named;
        Optional<HiveName> system = hive(Parameter.SYSTEM, HiveName.DEFAULT_SYSTEM);
        Optional<HiveName> software = hive(Parameter.SOFTWARE, HiveName.DEFAULT_SOFTWARE);
        if (system.isPresent() && software.isPresent() && system.get().sameAs(software.get())) {
            Parameter blamed = single(Parameter.SOFTWARE).isPresent() ? Parameter.SOFTWARE : Parameter.SYSTEM;
            violations.add(Violation.of(blamed.key(), single(blamed).orElse(""), Messages.HIVES_SAME));
        }
        boolean active = word(Parameter.CURRENT).orElse("no").equals("yes");
        Optional<List<ControlSet>> controlSets = controlSets(active);
        boolean loadHives = word(Parameter.LOADHIVES).orElse("no").equals("yes");
        Optional<DriveLetter> drive = drive();
        DwordFormat dwordFormat = word(Parameter.DWORD).orElse("dec").equals("hex") ? DwordFormat.HEX : DwordFormat.DEC;
        Optional<List<Setting>> settings = fix.flatMap(this::steps);
        UndoOption undo = word(Parameter.UNDO).orElse("vm").equals("off") ? UndoOption.OFF : UndoOption.VM;
        Optional<String> group = azureName(Parameter.RG, ResourceGroup::isValid, Messages.RESOURCE_GROUP);
        Optional<String> vmName = azureName(Parameter.VM, VmName::isValid, Messages.VM_NAME);

        FormState form = new FormState(fix.map(Fix::id).orElseGet(() -> typed(Parameter.FIX, Optional.empty())),
                typed(Parameter.PORT, port.map(String::valueOf)), channel, typed(Parameter.SYSTEM, system.map(HiveName::value)),
                typed(Parameter.SOFTWARE, software.map(HiveName::value)), controlSetItems(), active, loadHives,
                typed(Parameter.DRIVE, drive.map(d -> String.valueOf(d.letter()))), dwordFormat == DwordFormat.HEX,
                settings.map(chosen -> chosen.stream().map(Setting::id).toList()).orElseGet(() -> stepItems(fix)),
                undo == UndoOption.OFF, language, typed(Parameter.RG, group), typed(Parameter.VM, vmName));
        if (!violations.isEmpty()) {
            return new ParseResult.Invalid(violations, form, fix.orElse(Catalog.DISCONNECTS));
        }
        Target target = channel.offline()
                ? new Target.Offline(system.orElseThrow(), software.orElseThrow(),
                        active ? new ControlSets.Active() : new ControlSets.Fixed(controlSets.orElseThrow()),
                        loadHives && channel == Channel.MANUAL ? drive : Optional.empty())
                : new Target.Online();
        Optional<AzureVm> vm = group.filter(g -> !g.isEmpty()).flatMap(g -> vmName.filter(n -> !n.isEmpty())
                .map(n -> new AzureVm(new ResourceGroup(g), new VmName(n))));
        return new ParseResult.Valid(new ScriptRequest(fix.orElseThrow(), target, settings.orElseThrow(), dwordFormat, language, undo, channel), form, vm);
    }

    /** A number the catalog asks for: its default when not given, else within the input's range. */
    private Optional<Long> number(Parameter parameter, Input input) {
        Optional<String> value = single(parameter);
        if (value.isEmpty()) {
            return query.containsKey(parameter.key()) ? Optional.empty() : Optional.of(input.value());
        }
        Optional<Long> number = input.parse(value.get());
        if (number.isEmpty()) {
            violations.add(Violation.of(parameter.key(), value.get(), Messages.NUMBER.with(input.min(), input.max())));
        }
        return number;
    }

    /** A resource group or VM name: empty when not given (the commands then wait for it), else valid by Azure's rule. */
    private Optional<String> azureName(Parameter parameter, Predicate<String> valid, Text rule) {
        Optional<String> value = single(parameter);
        if (value.isEmpty()) {
            // Not given, or refused already (repeated, too long): the form then shows what was typed.
            return query.containsKey(parameter.key()) ? Optional.empty() : Optional.of("");
        }
        if (!value.get().isEmpty() && !valid.test(value.get())) {
            violations.add(Violation.of(parameter.key(), value.get(), rule));
            return Optional.empty();
        }
        return value;
    }

    /** A single-valued field for the form: the parsed value, else what was typed (so it can be corrected). */
    private String typed(Parameter parameter, Optional<String> parsed) {
        return parsed.orElseGet(() -> String.join(",", query.getOrDefault(parameter.key(), List.of()).stream().distinct().toList()));
    }

    /** The ticked control sets: numbers as three digits, anything else as typed; the default when not given. */
    private List<String> controlSetItems() {
        if (!query.containsKey(Parameter.CONTROLSETS.key())) {
            return FormState.DEFAULT_CONTROL_SETS;
        }
        return rawItems(Parameter.CONTROLSETS).stream()
                .map(item -> CONTROL_SET.matcher(item).matches() && Integer.parseInt(item) > 0 ? new ControlSet(Integer.parseInt(item)).digits() : item)
                .distinct().toList();
    }

    /** The ticked settings of a refused steps parameter, as ids where they name one. */
    private List<String> stepItems(Optional<Fix> fix) {
        if (!query.containsKey(Parameter.STEPS.key())) {
            return fix.map(Fix::settingIds).orElse(List.of());
        }
        return rawItems(Parameter.STEPS).stream().map(item -> item.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private List<String> rawItems(Parameter parameter) {
        List<String> items = new ArrayList<>();
        for (String value : query.get(parameter.key())) {
            for (String item : value.split(",")) {
                if (!item.isEmpty() && item.length() <= Parameter.MAX_VALUE_LENGTH) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** The raw values of a parameter, refusing any that is absurdly long. */
    private List<String> values(Parameter parameter) {
        List<String> values = query.getOrDefault(parameter.key(), List.of());
        for (String value : values) {
            if (value.length() > Parameter.MAX_VALUE_LENGTH) {
                violations.add(Violation.of(parameter.key(), value, Messages.TOO_LONG.with(Parameter.MAX_VALUE_LENGTH)));
                return List.of();
            }
        }
        return values;
    }

    /** A parameter that takes one value; the same value repeated counts once. */
    private Optional<String> single(Parameter parameter) {
        List<String> distinct = values(parameter).stream().distinct().toList();
        if (distinct.size() > 1) {
            violations.add(Violation.of(parameter.key(), String.join(",", distinct), Messages.REPEATED));
            return Optional.empty();
        }
        return distinct.stream().findFirst();
    }

    private Optional<String> word(Parameter parameter) {
        Optional<String> value = single(parameter);
        if (value.isEmpty()) {
            return Optional.of(parameter.defaultValue());
        }
        String word = value.get().toLowerCase(Locale.ROOT);
        if (!parameter.words().contains(word)) {
            violations.add(Violation.of(parameter.key(), value.get(), Messages.ONE_OF.with(String.join(", ", parameter.words()))));
            return Optional.empty();
        }
        return Optional.of(word);
    }

    private Optional<HiveName> hive(Parameter parameter, HiveName fallback) {
        Optional<String> value = single(parameter);
        if (value.isEmpty()) {
            return Optional.of(fallback);
        }
        String name = value.get();
        // The likeliest slip: the full path as regedit shows it. Say what to type instead.
        String[] path = name.split("\\\\", -1);
        if (path.length == 2 && path[0].equalsIgnoreCase("HKLM") && HiveName.SHAPE.matcher(path[1]).matches()
                && !HiveName.isReserved(path[1])) {
            violations.add(Violation.of(parameter.key(), name, Messages.HIVE_WITH_ROOT.with(path[1])));
            return Optional.empty();
        }
        // Reserved first: HKEY_LOCAL_MACHINE is longer than a hive name may be, and this says more.
        if (HiveName.isReserved(name)) {
            violations.add(Violation.of(parameter.key(), name, Messages.HIVE_RESERVED));
            return Optional.empty();
        }
        if (!HiveName.SHAPE.matcher(name).matches()) {
            violations.add(Violation.of(parameter.key(), name, Messages.HIVE_SHAPE));
            return Optional.empty();
        }
        return Optional.of(new HiveName(name));
    }

    private Optional<DriveLetter> drive() {
        Optional<String> value = single(Parameter.DRIVE);
        if (value.isEmpty()) {
            return Optional.of(DriveLetter.DEFAULT);
        }
        if (!DRIVE.matcher(value.get()).matches()) {
            violations.add(Violation.of(Parameter.DRIVE.key(), value.get(), Messages.DRIVE));
            return Optional.empty();
        }
        return Optional.of(new DriveLetter(Character.toUpperCase(value.get().charAt(0))));
    }

    /**
     * The items of a list parameter. A parameter given only as empty values is the page form's
     * "nothing ticked" (it sends one empty field so that unticking everything is not "default").
     * {@code none} is the refusal of nothing ticked; empty where nothing ticked is allowed.
     */
    private Optional<List<String>> items(Parameter parameter, Optional<Text> none) {
        List<String> values = values(parameter);
        if (values.isEmpty() && !query.containsKey(parameter.key())) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (String value : values) {
            if (!value.isEmpty()) {
                items.addAll(List.of(value.split(",", -1)));
            }
        }
        if (items.isEmpty() && none.isPresent() && violations.stream().noneMatch(v -> v.field().equals(parameter.key()))) {
            violations.add(Violation.of(parameter.key(), String.join(",", values), none.get()));
        }
        return Optional.of(items);
    }

    /** @param active "only the active one": the boxes are not used then, so none ticked is fine */
    private Optional<List<ControlSet>> controlSets(boolean active) {
        Optional<List<String>> items = items(Parameter.CONTROLSETS, active ? Optional.empty() : Optional.of(Messages.CONTROL_SET_NONE));
        if (items.isEmpty() || items.get().isEmpty() && active) {
            return Optional.of(ControlSets.Fixed.DEFAULT.sets());
        }
        String raw = String.join(",", items.get());
        LinkedHashSet<ControlSet> sets = new LinkedHashSet<>();
        for (String item : items.get()) {
            if (!CONTROL_SET.matcher(item).matches() || Integer.parseInt(item) == 0) {
                violations.add(Violation.of(Parameter.CONTROLSETS.key(), raw, Messages.CONTROL_SET_SHAPE));
                return Optional.empty();
            }
            ControlSet set = new ControlSet(Integer.parseInt(item));
            if (!sets.add(set)) {
                violations.add(Violation.of(Parameter.CONTROLSETS.key(), raw, Messages.CONTROL_SET_TWICE.with(set.digits())));
                return Optional.empty();
            }
        }
        if (sets.size() > ControlSets.Fixed.MAX) {
            violations.add(Violation.of(Parameter.CONTROLSETS.key(), raw, Messages.CONTROL_SET_TOO_MANY.with(sets.size(),
                    ControlSets.Fixed.MAX)));
            return Optional.empty();
        }
        return sets.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(sets));
    }

    /** The fix's settings the steps name, each once; all of them when none are named. */
    private Optional<List<Setting>> steps(Fix fix) {
        Optional<List<String>> items = items(Parameter.STEPS, Optional.of(Messages.STEP_NONE));
        if (items.isEmpty()) {
            return Optional.of(fix.settings());
        }
        String raw = String.join(",", items.get());
        LinkedHashSet<Setting> settings = new LinkedHashSet<>();
        for (String item : items.get()) {
            Optional<Setting> setting = fix.setting(item.toLowerCase(Locale.ROOT));
            if (setting.isEmpty()) {
                String known = String.join(", ", fix.settingIds());
                violations.add(Violation.of(Parameter.STEPS.key(), raw, Messages.STEP_UNKNOWN.with(Violation.printable(item), known)));
                return Optional.empty();
            }
            if (!settings.add(setting.get())) {
                violations.add(Violation.of(Parameter.STEPS.key(), raw, Messages.STEP_TWICE.with(setting.get().id())));
                return Optional.empty();
            }
        }
        return settings.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(settings));
    }
}
