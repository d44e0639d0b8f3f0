package io.rdpfix.web;

import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Setting;
import io.rdpfix.request.Parameter;
import io.rdpfix.request.ParseResult;
import io.rdpfix.request.ShareQuery;
import io.rdpfix.request.Violation;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.UndoOption;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.script.WritePlan;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link PageView} for a query: the form as given, its errors, and the scripts if valid. */
@ApplicationScoped
public class PageModel {
    /** Where the page shows errors that belong to no parameter (unknown names, the query as a whole). */
    static final String OTHER_FIELD = "other";
    private final RequestContext context;
    private final RenderCache cache;

    public PageModel(RequestContext context, RenderCache cache) {
        this.context = context;
        this.cache = cache;
    }

    public PageView build(Map<String, List<String>> query, ParseResult parsed, Optional<PageView.UndoView> undo) {
        Language language = parsed.language();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<PageView.OutputView> output = Optional.empty();
        if (parsed instanceof ParseResult.Invalid invalid) {
            for (Violation violation : invalid.violations()) {
                String field = Parameter.byKey(violation.field()).isPresent() ? violation.field() : OTHER_FIELD;
                errors.merge(field, violation.describe(language), (a, b) -> a + " " + b);
            }
        } else {
            output = Optional.of(output(((ParseResult.Valid) parsed).request()));
        }
        return new PageView(language.code(), form(query), settings(query, parsed, language), controlSets(query),
                errors, output, undo, otherLanguageUrl(query, language), Catalog.VERSION);
    }

    private PageView.OutputView output(ScriptRequest request) {
        Optional<String> undoFile = request.undo() == UndoOption.VM
                ? Optional.of(VmUndoFile.path(WritePlan.of(request)))
                : Optional.empty();
        return new PageView.OutputView(request.target() instanceof Target.Online,
                cache.get(RenderCache.Kind.APPLY, request, ScriptForm.PASTE).blocks(),
                ShareQuery.link("/script.cmd", request), context.shareUrl(request).value(), ShareQuery.of(request), undoFile,
                cache.get(RenderCache.Kind.CAPTURE, request, ScriptForm.PASTE).blocks(),
                ShareQuery.link("/capture.cmd", request));
    }

    private static String first(Map<String, List<String>> query, Parameter parameter) {
        return query.getOrDefault(parameter.key(), List.of()).stream().findFirst().orElse(parameter.defaultValue());
    }

    private static boolean is(Map<String, List<String>> query, Parameter parameter, String word) {
        return first(query, parameter).toLowerCase(Locale.ROOT).equals(word);
    }

    private static PageView.FormView form(Map<String, List<String>> query) {
        return new PageView.FormView(is(query, Parameter.MODE, "offline"), first(query, Parameter.SYSTEM),
                first(query, Parameter.SOFTWARE), is(query, Parameter.CURRENT, "yes"), is(query, Parameter.LOADHIVES, "yes"),
                first(query, Parameter.DRIVE), is(query, Parameter.DWORD, "hex"), is(query, Parameter.UNDO, "off"));
    }

    private static Set<String> items(Map<String, List<String>> query, Parameter parameter) {
        Set<String> items = new LinkedHashSet<>();
        query.getOrDefault(parameter.key(), List.of()).forEach(value -> items.addAll(Arrays.asList(value.split(","))));
        items.remove("");
        return items;
    }

    private static List<PageView.SettingView> settings(Map<String, List<String>> query, ParseResult parsed, Language language) {
        Set<String> checked = query.containsKey(Parameter.STEPS.key())
                ? items(query, Parameter.STEPS)
                : Set.copyOf(Catalog.settings().stream().map(Setting::id).toList());
        List<PageView.SettingView> views = new ArrayList<>();
        for (Setting setting : Catalog.settings()) {
            views.add(new PageView.SettingView(setting.id(), setting.title().in(language), setting.description().in(language),
                    setting.warning().map(w -> w.in(language)), checked.contains(setting.id())));
        }
        return views;
    }

    private static List<PageView.ControlSetView> controlSets(Map<String, List<String>> query) {
        Set<String> given = query.containsKey(Parameter.CONTROLSETS.key()) ? items(query, Parameter.CONTROLSETS) : Set.of("001", "002");
        Set<String> shown = new LinkedHashSet<>(List.of("001", "002"));
        given.stream().filter(d -> d.matches("[0-9]{3}")).forEach(shown::add);
        return shown.stream().map(d -> new PageView.ControlSetView(d, given.contains(d))).toList();
    }

    /** The same page in the other language: every parameter kept as given, lang replaced. */
    private static String otherLanguageUrl(Map<String, List<String>> query, Language language) {
        Language other = language == Language.EN ? Language.NL : Language.EN;
        StringBuilder url = new StringBuilder("/?");
        query.forEach((key, values) -> {
            if (!key.equals(Parameter.LANG.key())) {
                values.forEach(value -> url.append(UrlEncoding.encode(key)).append('=').append(UrlEncoding.encode(value)).append('&'));
            }
        });
        return url.append("lang=").append(other.code()).toString();
    }
}
