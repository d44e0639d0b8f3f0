package io.rdpfix.undo;

import io.rdpfix.capture.Capture;
import io.rdpfix.capture.ValueState;
import io.rdpfix.catalog.Setting;
import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.RestoreScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Put security back": the values of the selected settings that weaken RDP security, set back once
 * RDP works again, in the same verified form as the fix. With a capture taken before the fix, to
 * what it saw (a value that was absent is deleted again); without one, to the values the catalog
 * gives as Microsoft's recommendation (SecurityLayer 2, MinEncryptionLevel 3, UserAuthentication 1),
 * but for a policy value set only where it existed: that one only a capture (or the undo) puts back.
 */
public final class SecurityRestore {
    public static final Text CAPTURED_TITLE = new Text(
            "rdpfix security {0}: puts the security values back as captured before the fix.",
            "rdpfix beveiliging {0}: zet de beveiligingswaarden terug zoals vastgelegd voor de fix.");
    private static final Text DELETED = new Text("deleted", "verwijderd");

    /** {0} the selection id, {1} the values and their data, e.g. "SecurityLayer 2, MinEncryptionLevel 3". */
    public static final Text RECOMMENDED_TITLE = new Text(
            "rdpfix security {0}: {1}, as Microsoft recommends.",
            "rdpfix beveiliging {0}: {1}, zoals Microsoft aanraadt.");

    private SecurityRestore() {
    }

    /** The selection narrowed to its settings that weaken security; empty when it has none. */
    public static Optional<ScriptRequest> narrowed(ScriptRequest request) {
        List<Setting> risky = request.settings().stream().filter(setting -> setting.warning().isPresent()).toList();
        return risky.isEmpty() ? Optional.empty()
                : Optional.of(new ScriptRequest(request.fix(), request.target(), risky, request.dwordFormat(), request.language(), request.undo(),
                        request.channel()));
    }

    /**
     * @param request the whole selection; it must weaken security ({@link #narrowed} present)
     * @param before  a capture of the whole selection taken before the fix, if there is one
     */
    public static Script render(ScriptRequest request, Optional<Capture> before, ScriptForm form, ShareUrl shareUrl) {
        ScriptRequest narrowed = narrowed(request).orElseThrow(() -> new IllegalArgumentException("nothing weakens security"));
        WritePlan whole = WritePlan.of(request);
        List<RestoreScript.Entry> entries = new ArrayList<>();
        for (Write write : WritePlan.of(narrowed).writes()) {
            if (before.isEmpty() && write.value().whereItExists()) {
                // What the policy held is only the capture's to say (or the undo's).
                continue;
            }
            Optional<RegValue> value = before.isPresent()
                    ? captured(before.get().values().get(whole.writes().indexOf(write)))
                    : write.value().secure().orElseThrow().<RegValue>map(secure -> secure);
            entries.add(new RestoreScript.Entry(write.key().key(), write.name(), value));
        }
        Text title = before.isPresent() ? CAPTURED_TITLE : RECOMMENDED_TITLE.with("{0}", recommended(request));
        return RestoreScript.render(narrowed, entries, List.of(), form, shareUrl, title);
    }

    /** The values put back without a capture, and their data: "SecurityLayer 2, MinEncryptionLevel 3". */
    public static String recommended(ScriptRequest request) {
        return WritePlan.of(request).writes().stream().filter(w -> w.value().secure().isPresent() && !w.value().whereItExists())
                .map(w -> w.name() + " " + w.value().secure().orElseThrow().map(data -> String.valueOf(data.value()))
                        .orElse(DELETED.in(request.language())))
                .distinct().collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Whether the put-back from {@code before} can be pasted: a value captured as text with a quote or a
     * percent sign cannot ({@link CmdWriter#pasteCannotCarry(RegValue)}); the page then offers Microsoft's recommended values.
     */
    public static boolean pastable(ScriptRequest request, Capture before) {
        WritePlan whole = WritePlan.of(request);
        return narrowed(request).stream().flatMap(narrowed -> WritePlan.of(narrowed).writes().stream())
                .map(write -> captured(before.values().get(whole.writes().indexOf(write))))
                .flatMap(Optional::stream)
                .noneMatch(CmdWriter::pasteCannotCarry);
    }

    private static Optional<RegValue> captured(ValueState state) {
        return state instanceof ValueState.Present present ? Optional.of(present.value()) : Optional.empty();
    }
}
