package io.rdpfix.script;

import io.rdpfix.text.Text;

/** What scripts say in REM and echo lines, in both languages; printable ASCII, no diacritics. */
public final class ScriptTexts {
    private ScriptTexts() {
    }

    public static final Text TITLE = new Text(
            "rdpfix (catalog {0}): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.",
            "rdpfix (catalogus {0}): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.");
    public static final Text ONLINE_HOW = new Text(
            "Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).",
            "Online: plak in het cmd-kanaal van de seriele console (cmd, ch -si 1, aanmelden als beheerder).");
    public static final Text OFFLINE_HOW = new Text(
            "Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\\{0} and HKLM\\{1}.",
            "Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\\{0} en HKLM\\{1}.");
    public static final Text OFFLINE_LOADS = new Text(
            "This script loads them from drive {0}: and unloads them at the end.",
            "Dit script laadt ze van station {0}: en verwijdert ze aan het eind.");
    public static final Text OFFLINE_LOAD_YOURSELF = new Text(
            "Load them first (regedit, File, Load Hive) and unload them afterwards.",
            "Laad ze eerst (regedit, Bestand, Component laden) en verwijder ze daarna.");
    public static final Text ACTIVE_SET = new Text(
            "Works on the control set that {0} value Current names.",
            "Werkt op de control set die {0} waarde Current aanwijst.");
    public static final Text CHANGES = new Text(
            "Sets {0} REG_DWORD values under:",
            "Zet {0} REG_DWORD-waarden onder:");
    public static final Text SHARE = new Text(
            "The same script again: \"{0}\"",
            "Hetzelfde script opnieuw: \"{0}\"");
    public static final Text WARNING = new Text("   WARNING: {0}", "   WAARSCHUWING: {0}");
    public static final Text UNDO_NOTE = new Text(
            "First records the current values in {0} (kept if it exists).",
            "Legt eerst de huidige waarden vast in {0} (een bestaand bestand blijft staan).");
    public static final Text ACTIVE_SET_MISSING = new Text(
            "rdpfix: FAILED: cannot read {0} value Current; nothing is changed.",
            "rdpfix: MISLUKT: kan {0} waarde Current niet lezen; er wordt niets gewijzigd.");
    public static final Text CAPTURE_TITLE = new Text(
            "rdpfix capture {0}: prints the current values and changes nothing.",
            "rdpfix capture {0}: toont de huidige waarden en wijzigt niets.");
    public static final Text CAPTURE_COPY = new Text(
            "Copy all of its output into rdpfix's undo box.",
            "Kopieer al zijn uitvoer naar het undo-vak van rdpfix.");
    public static final Text CAPTURE_DONE = new Text(
            "rdpfix: capture {0} complete. Copy all of it into rdpfix.",
            "rdpfix: capture {0} compleet. Kopieer alles naar rdpfix.");
    public static final Text UNDO_TITLE = new Text(
            "rdpfix undo {0}: puts back the values captured before the fix.",
            "rdpfix undo {0}: zet de vastgelegde waarden van voor het herstel terug.");

    // Printed by the fix on an 80x24 console with no scrollback: each at most 80 columns when filled.
    public static final Text BLOCK_DONE = new Text(
            "rdpfix: {0}/{1} done, paste block {2}.",
            "rdpfix: {0}/{1} klaar, plak blok {2}.");
    public static final Text BLOCK_RAN = new Text("rdpfix: block {0} of {1} ran.", "rdpfix: blok {0} van {1} uitgevoerd.");
    /** The last block's line before an OK verdict: which block ran, and what comes next. */
    public static final Text BLOCK_RAN_NEXT = new Text("rdpfix: {0}/{1} ran; {2}", "rdpfix: {0}/{1} klaar; {2}");
    public static final Text BLOCK_FAILED = new Text(
            "rdpfix: {0}/{1} FAILED: {2}",
            "rdpfix: {0}/{1} MISLUKT: {2}");
    public static final Text NOT_LOADED = new Text("HKLM\\{0} not loaded", "HKLM\\{0} niet geladen");
    public static final Text NO_ACTIVE_SET = new Text(
            "cannot read Select value Current",
            "kan Select waarde Current niet lezen");
    public static final Text NO_UNDO_FILE = new Text(
            "no undo file, paste block 1",
            "geen undo-bestand, plak blok 1");
    public static final Text NO_UNDO_FILE_BATCH = new Text(
            "the undo file could not be recorded",
            "het undo-bestand kon niet worden vastgelegd");
    public static final Text UNDO_DAMAGED = new Text(
            "undo record damaged, paste block 1",
            "undo-vastlegging beschadigd, plak blok 1");
    public static final Text UNDO_DAMAGED_BATCH = new Text(
            "undo record damaged, nothing was changed",
            "undo-vastlegging beschadigd, er is niets gewijzigd");
    public static final Text UNDO_KEPT_SHORT = new Text(
            "rdpfix: keeps the earlier undo file.",
            "rdpfix: houdt het eerdere undo-bestand.");
    public static final Text SKIPPED_SET = new Text(
            "rdpfix: {0} has no RDP-Tcp key: skipped, nothing written there.",
            "rdpfix: {0} heeft geen RDP-Tcp-sleutel: overgeslagen.");
    public static final Text NO_LISTENER = new Text(
            "no RDP-Tcp key in the control sets",
            "geen RDP-Tcp-sleutel in de control sets");
    public static final Text UNLOAD_STUCK = new Text(
            "HKLM\\{0} is still loaded",
            "HKLM\\{0} is nog geladen");
    /** How a script starts a line it says to the user (a wrapper that filters the batch's lines matches on it). */
    public static final String SAYS = "rdpfix: ";
    /** The verdict after "rdpfix: "; "OK" starts it in every language, the scripts test for that. */
    public static final Text VERDICT_OK = new Text(
            "OK, {0} of {1} values verified",
            "OK, {0} van {1} waarden gecontroleerd");
    public static final Text VERDICT_FAILED = new Text("FAILED {0} of {1}: {2}", "MISLUKT {0} van {1}: {2}");
    public static final Text VERDICT_STOPPED = new Text("FAILED: {0}", "MISLUKT: {0}");
    public static final Text STOPPED = new Text("rdpfix: FAILED: {0}", "rdpfix: MISLUKT: {0}");
    public static final Text NEXT_ONLINE = new Text(
            "next: shutdown /r /t 0, then try RDP.",
            "hierna: shutdown /r /t 0, dan RDP.");
    public static final Text NEXT_OFFLINE = new Text(
            "next: unload hives, detach disk, swap it back, start VM.",
            "hierna: hives los, schijf loskoppelen, terugzetten, VM starten.");
    public static final Text NEXT_OFFLINE_UNLOADED = new Text(
            "next: detach the disk, swap it back, start the VM.",
            "hierna: schijf loskoppelen, terugzetten, VM starten.");
    public static final Text VM_UNDO_OK = new Text(
            "rdpfix: OK, {0} of {0} keys put back whole, as before the fix",
            "rdpfix: OK, {0} van {0} sleutels geheel teruggezet als voor herstel");
    public static final Text VM_UNDO_FAILED = new Text(
            "rdpfix: FAILED: {0} of {1} keys not put back, left as they were",
            "rdpfix: MISLUKT: {0} van {1} sleutels niet teruggezet, ongewijzigd");
}
