package io.rdpfix.web;

import io.rdpfix.azure.CloudShellCommands;
import io.rdpfix.azure.Shell;
import io.rdpfix.azure.WrapperKind;
import io.rdpfix.capture.Capture;
import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Fix;
import io.rdpfix.catalog.Setting;
import io.rdpfix.check.CheckReport;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.location.Channel;
import io.rdpfix.location.Target;
import io.rdpfix.request.FormState;
import io.rdpfix.request.Parameter;
import io.rdpfix.request.ParseResult;
import io.rdpfix.request.ShareQuery;
import io.rdpfix.request.Violation;
import io.rdpfix.script.PasteBlocks;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import io.rdpfix.undo.SecurityRestore;
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
import java.util.stream.Collectors;

/** Builds the {@link PageView} for a query: the form as given, its errors, and the scripts if valid. */
@ApplicationScoped
public class PageModel {
    /** Where the page shows errors that belong to no parameter (unknown names, the query as a whole). */
    static final String OTHER_FIELD = "other";
    private final RenderCache cache;

    public PageModel(RenderCache cache) {
        this.cache = cache;
    }

    /** @param before a capture of the selection taken before the fix, when one was pasted for the undo */
    public PageView build(Reading reading, Optional<PageView.UndoView> undo, Optional<Capture> before, Optional<PageView.CheckView> check) {
        ParseResult parsed = reading.parsed();
        Language language = parsed.language();
        FormState state = parsed.form();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<PageView.OutputView> output = Optional.empty();
        if (parsed instanceof ParseResult.Valid valid) {
            output = Optional.of(output(valid, reading.links().orElseThrow(), before));
        } else {
            for (Violation violation : ((ParseResult.Invalid) parsed).violations()) {
                boolean known = Parameter.byKey(violation.field()).isPresent();
                errors.merge(known ? violation.field() : OTHER_FIELD,
                        known ? violation.describeAtField(language) : violation.describe(language), (a, b) -> a + " " + b);
            }
        }
        // Valid: the canonical share link; refused: the form as parsed, so the address reproduces it.
        String address = ShareQuery.link("/", output.map(PageView.OutputView::stateQuery).orElseGet(state::query));
        Fix fix = parsed.fix();
        Fix.Described described = parsed.described();
        List<PageView.FixView> fixes = Catalog.fixes().stream().map(f -> fixView(f, f.notDone(), state, language)).toList();
        return new PageView(language.code(), fixes, fixView(fix, described.notDone(), state, language), form(state),
                settings(described.settings(), state, language),
                controlSets(state), errors, output, undo, check, "/?" + state.withLanguage(language.other()).query(),
                safeSteps(fix).map(safe -> ShareQuery.link("/", state.withSteps(safe).query())), address, fix.version(), false);
    }

    /**
     * The preset that leaves out every setting that weakens RDP security, in whatever mode and hives are
     * chosen: only for a fix that has both kinds.
     */
    static Optional<List<String>> safeSteps(Fix fix) {
        List<String> safe = fix.settings().stream().filter(s -> s.warning().isEmpty()).map(Setting::id).toList();
        return safe.isEmpty() || safe.size() == fix.settings().size() ? Optional.empty() : Optional.of(safe);
    }

    private static PageView.FixView fixView(Fix fix, Text notDone, FormState state, Language language) {
        boolean chosen = fix.id().equals(state.fix());
        return new PageView.FixView(fix.id(), fix.symptom().in(language), "/?" + (chosen ? state : state.withFix(fix)).query(), chosen,
                fix.weakensSecurity(), fix.source().title(), fix.source().url(), fix.source().read(), notDone.in(language),
                fix.input().map(i -> new PageView.InputView(i.key(), i.label().in(language), i.note().in(language))), fix.writesControlSets());
    }

    private PageView.OutputView output(ParseResult.Valid valid, Reading.Links links, Optional<Capture> before) {
        ScriptRequest request = valid.request();
        ShareUrl share = links.script();
        WritePlan plan = WritePlan.of(request);
        String query = links.pageQuery();
        Optional<String> undoFile = VmUndoFile.of(request, plan);
        return new PageView.OutputView(request.target() instanceof Target.Online,
                cache.get(RenderCache.Kind.APPLY, request, ScriptForm.PASTE, share).blocks(),
                ShareQuery.link("/script.cmd", query), links.page(), query, undoFile,
                cache.get(RenderCache.Kind.CAPTURE, request, ScriptForm.PASTE, share).blocks(),
                ShareQuery.link("/capture.cmd", query),
                changes(plan, before),
                securityView(request, before.filter(capture -> SecurityRestore.pastable(request, capture)), plan, share),
                channel(valid, share, query, undoFile));
    }

    private Optional<PageView.SecurityView> securityView(ScriptRequest request, Optional<Capture> before, WritePlan plan, ShareUrl share) {
        return SecurityRestore.narrowed(request).map(narrowed -> new PageView.SecurityView(
                plan.writes().stream().filter(w -> w.setting().warning().isPresent())
                        .map(w -> w.name() + " " + w.value().data().value()).distinct().collect(Collectors.joining(", ")),
                SecurityRestore.recommended(request),
                before.isPresent() ? PasteBlocks.of(SecurityRestore.render(request, before, ScriptForm.PASTE, share))
                        : cache.get(RenderCache.Kind.SECURITY, request, ScriptForm.PASTE, share).blocks(),
                before.isPresent()));
    }

    private Optional<PageView.ChannelView> channel(ParseResult.Valid valid, ShareUrl share, String query, Optional<String> undoFile) {
        ScriptRequest request = valid.request();
        return request.channel().scriptFileName().map(fileName -> {
            String script = cache.wrapper(WrapperKind.FIX, request, share).orElseThrow().text().replace("\r\n", "\n");
            List<PageView.ShellView> shells = valid.vm().map(vm -> Arrays.stream(Shell.values())
                    .map(shell -> new PageView.ShellView(shell.name().toLowerCase(Locale.ROOT), shell.title(),
                            CloudShellCommands.of(request.channel(), vm, shell, undoFile).stream()
                                    .map(c -> new PageView.CommandView(c.purpose().in(request.language()), c.line())).toList()))
                    .toList()).orElse(List.of());
            return new PageView.ChannelView(request.channel() == Channel.REPAIR, fileName, ShareQuery.link("/script.ps1", query),
                    script, shells, WrapperKind.CAPTURE.fileName(request.channel()), ShareQuery.link("/capture.ps1", query),
                    WrapperKind.UNDO.fileName(request.channel()),
                    request.channel() == Channel.REPAIR ? undoFile.map(file -> ShareQuery.link("/recorded-undo.ps1", query)) : Optional.empty());
        });
    }

    private static List<PageView.ChangeRow> changes(WritePlan plan, Optional<Capture> before) {
        List<PageView.ChangeRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.writes().size(); i++) {
            Write write = plan.writes().get(i);
            int index = i;
            rows.add(new PageView.ChangeRow(write.key().key().path(), write.name(), CheckReport.shown(write.value().data()),
                    before.map(capture -> CheckReport.shown(capture.values().get(index)))));
        }
        return rows;
    }

    private static PageView.FormView form(FormState state) {
        return new PageView.FormView(state.port(), state.channel().word(), state.system(), state.software(), state.current(),
                state.loadHives(), state.drive(), state.hex(), state.undoOff(), state.resourceGroup(), state.vmName());
    }

    private static List<PageView.SettingView> settings(List<Setting> settings, FormState state, Language language) {
        List<PageView.SettingView> views = new ArrayList<>();
        for (Setting setting : settings) {
            views.add(new PageView.SettingView(setting.id(), setting.title().in(language), setting.description().in(language),
                    setting.warning().map(w -> w.in(language)), state.steps().contains(setting.id())));
        }
        return views;
    }

    /** ControlSet001 and 002 always, and any other the state names, each ticked as the state says. */
    private static List<PageView.ControlSetView> controlSets(FormState state) {
        Set<String> shown = new LinkedHashSet<>(List.of("001", "002"));
        state.controlSets().stream().filter(d -> d.matches("[0-9]{3}")).forEach(shown::add);
        return shown.stream().map(d -> new PageView.ControlSetView(d, state.controlSets().contains(d))).toList();
    }
}
