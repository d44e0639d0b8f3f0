package io.rdpfix.web;

import io.rdpfix.azure.WrapperKind;
import io.rdpfix.location.Channel;
import io.rdpfix.request.Parameter;
import io.rdpfix.request.ShareQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the page template shows, already in the page's language.
 *
 * @param safePresetUrl the chosen mode and hives with only the settings that do not weaken RDP security
 * @param address       what the address bar shows: the share link when valid, the form as parsed otherwise
 * @param sectionsOnDemand whether the output's sections that start closed (step 0, what changes) come empty,
 *                         each loading when it is opened: so for htmx's re-render, which sends the output at
 *                         every change
 */
public record PageView(
        String lang,
        List<FixView> fixes,
        FixView fix,
        FormView form,
        List<SettingView> settings,
        List<ControlSetView> controlSets,
        Map<String, String> errors,
        Optional<OutputView> output,
        Optional<UndoView> undo,
        Optional<CheckView> check,
        String otherLanguageUrl,
        Optional<String> safePresetUrl,
        String address,
        String catalogVersion,
        boolean sectionsOnDemand) {

    /** This view with the closed sections left to load when opened. */
    public PageView withSectionsOnDemand() {
        return new PageView(lang, fixes, fix, form, settings, controlSets, errors, output, undo, check, otherLanguageUrl, safePresetUrl,
                address, catalogVersion, true);
    }

    /** The form's fields as the user gave them, so a refused value is shown for correction. */
    public record FormView(String port, String channel, String system, String software, boolean current, boolean loadHives,
                           String drive, boolean hex, boolean undoOff, String resourceGroup, String vmName) {
        /** Where the SYSTEM hive is loaded: under HKLM, by its name (so is the SOFTWARE one). */
        public String systemKey() {
            return "HKLM\\" + system;
        }

        public String softwareKey() {
            return "HKLM\\" + software;
        }
    }

    /**
     * A fix to choose under "What is wrong?": its symptom, a link to the same form for it, whether it
     * is the one chosen, whether it weakens security; its source and what its script leaves to the admin.
     */
    public record FixView(String id, String symptom, String url, boolean chosen, boolean weakensSecurity, String sourceTitle,
                          String sourceUrl, String read, String notDone, Optional<InputView> input, boolean writesControlSets) {
        /** What the presets add to their links to keep this fix: nothing for the default one. */
        public String presetQuery() {
            return id.equals(io.rdpfix.request.Parameter.FIX.defaultValue()) ? "" : "fix=" + id + "&";
        }
    }

    /** The number the chosen fix asks for: its field's name, label, and what else must change with it. */
    public record InputView(String key, String label, String note) {
    }

    public record SettingView(String id, String title, String description, Optional<String> warning, boolean checked) {
    }

    public record ControlSetView(String digits, boolean checked) {
    }

    /** A valid request's scripts and links. */
    public record OutputView(boolean online, List<String> blocks, String downloadUrl, String shareUrl, String stateQuery,
                             Optional<String> undoFile, List<String> captureBlocks, String captureDownloadUrl,
                             List<ChangeRow> changes, Optional<SecurityView> security, Optional<ChannelView> channel) {
        public int blockCount() {
            return blocks.size();
        }

        /** A path of the app asked with this state: the forms post there, the sections load from there. */
        public String at(String path) {
            return ShareQuery.link(path, stateQuery);
        }
    }

    /**
     * Run Command or az vm repair: the PowerShell script and the Cloud Shell commands that run it.
     *
     * @param repair   whether this is az vm repair (else Run Command)
     * @param script   the .ps1 as it downloads, for reading on the page
     * @param shells   each shell's commands; empty until both the resource group and the VM name are given
     * @param captureFileName the capture's .ps1 for the same channel, which step 0 runs
     * @param undoFileName    the .ps1 the undo built from a capture downloads as
     */
    /** @param recordedUndoUrl repair, when the fix records an undo: the .ps1 that runs it from the disk */
    public record ChannelView(boolean repair, String fileName, String downloadUrl, String script, List<ShellView> shells,
                              String captureFileName, String captureDownloadUrl, String undoFileName, Optional<String> recordedUndoUrl) {
        public String recordedUndoFileName() {
            return WrapperKind.RECORDED_UNDO.fileName(Channel.REPAIR);
        }
    }

    public record ShellView(String id, String title, List<CommandView> commands) {
    }

    public record CommandView(String purpose, String line) {
    }

    /**
     * When the selection weakens RDP security: what it weakens, and the script that puts it back.
     *
     * @param weakened the values and the data the fix gives them, e.g. "SecurityLayer 0, MinEncryptionLevel 1"
     * @param recommended the values and the data the put-back gives them without a capture
     * @param captured whether the put-back restores captured values (else Microsoft's recommended ones)
     */
    public record SecurityView(String weakened, String recommended, List<String> blocks, boolean captured) {
    }

    /**
     * One value the fix writes, readable without scrolling through its command line.
     *
     * @param before what a pasted capture saw there, when one was pasted
     */
    public record ChangeRow(String key, String name, String data, Optional<String> before) {
    }

    /** The result of a pasted capture: an undo script or the reason there is none. */
    public record UndoView(String capture, List<String> blocks, Optional<String> refusal) {
        public int blockCount() {
            return blocks.size();
        }
    }

    /** "Did it work?": the pasted capture and its report, or the reason there is none. */
    public record CheckView(String capture, String verdict, long failures, List<CheckRow> rows, Optional<String> refusal) {
    }

    public record CheckRow(String key, String name, String expected, String found, boolean ok, String advice) {
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** Every place an error can be shown: one per parameter, and one for anything else. */
    public List<String> errorFields() {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(Parameter.values()).map(Parameter::key),
                java.util.stream.Stream.of(PageModel.OTHER_FIELD)).toList();
    }
}
