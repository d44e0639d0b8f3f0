package io.rdpfix.script;

import io.rdpfix.text.Text;

/** What scripts say in REM and echo lines, in both languages; printable ASCII, no diacritics. */
public final class ScriptTexts {
    private ScriptTexts() {
    }

    /** {0} the fix's version, {1} its title. */
    public static final Text TITLE = new Text("rdpfix (catalog {0}): {1}", "rdpfix (catalogus {0}): {1}");
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
    /** Offline: the disk the hives were loaded from, before anything changes. */
    public static final Text DISK = new Text(
            "rdpfix: disk {0}, active ControlSet{1}",
            "rdpfix: schijf {0}, actief ControlSet{1}");
    public static final Text ACTIVE_NOT_CHOSEN = new Text(
            "rdpfix: note: Windows boots ControlSet{0}, not among the sets chosen",
            "rdpfix: let op: Windows start ControlSet{0}, niet bij de gekozen sets");
    public static final Text NOT_ELEVATED = new Text(
            "not elevated: open cmd as administrator",
            "niet verhoogd: open cmd als administrator");
    public static final Text NOT_LOADED = new Text("HKLM\\{0} not loaded", "HKLM\\{0} niet geladen");
    /** In a block after the first, which loads the hives: the reason, and the way on. */
    public static final Text NOT_LOADED_BY_BLOCK_1 = new Text("{0} not loaded: paste block 1", "{0} niet geladen: zie blok 1");
    /** The block that unloads the hives has no read-back to report: the block before it did not run. */
    public static final Text NO_READ_BACK = new Text("a read-back is missing: paste blocks 1-{0} first",
            "een controle ontbreekt: plak eerst blok 1-{0}");
    public static final Text NO_SAVED_VERDICT = new Text("no read-back: paste block {0} first", "geen controle: plak eerst blok {0}");
    public static final Text NO_HIVE_COPY = new Text("no copy of {0} in {1}", "geen kopie van {0} in {1}");
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
    /** {1}: the key's own name ({@code RDP-Tcp}, {@code Terminal Server}). */
    public static final Text SKIPPED_SET = new Text(
            "rdpfix: {0} has no {1} key: skipped, nothing written there.",
            "rdpfix: {0} heeft geen {1}-sleutel: overgeslagen.");
    public static final Text NO_LISTENER = new Text(
            "no {0} key in the control sets",
            "geen {0}-sleutel in de control sets");
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
            "hierna: hives los, schijf los, terugzetten, VM starten.");
    public static final Text NEXT_OFFLINE_UNLOADED = new Text(
            "next: detach the disk, swap it back, start the VM.",
            "hierna: schijf loskoppelen, terugzetten, VM starten.");
    /** Next steps after the undo has put the values back: what re-reads them (and a domain's policy) on Windows. */
    public static final Text UNDO_NEXT_ONLINE = new Text(
            "rdpfix: next: shutdown /r /t 0 (domain-joined: gpupdate /force first)",
            "rdpfix: hierna: shutdown /r /t 0 (in een domein: eerst gpupdate /force)");

    // The undo file's lines: each at most 80 columns with its variables cut as the file cuts them.
    public static final Text UNDO_NO_REG = new Text(
            "rdpfix: FAILED: no System32\\reg.exe beside this folder; nothing changed",
            "rdpfix: MISLUKT: geen System32\\reg.exe naast deze map; niets gewijzigd");
    public static final Text UNDO_NO_MACHINE = new Text(
            "rdpfix: FAILED: cannot read this machine's ComputerName; nothing changed",
            "rdpfix: MISLUKT: kan ComputerName van deze machine niet lezen; niets gewijzigd");
    public static final Text UNDO_NO_RECORD = new Text(
            "rdpfix: FAILED: no record of {0} here; nothing changed",
            "rdpfix: MISLUKT: geen vastlegging van {0} hier; niets gewijzigd");
    public static final Text UNDO_OTHER_RECORD = new Text(
            "rdpfix: another machine's record, not used: {0}",
            "rdpfix: niet van deze machine, niet gebruikt: {0}");
    public static final Text UNDO_MACHINE = new Text(
            "rdpfix: undo on {0} ({1})",
            "rdpfix: undo op {0} ({1})");
    /** Group Policy's value of the same name wins over the listener's on Windows. */
    public static final Text OVERRIDDEN = new Text(
            "rdpfix: overridden by policy:{0}",
            "rdpfix: overschreven door beleid:{0}");
    public static final Text UNDO_LEFT = new Text(
            "rdpfix: changed since the fix, left as it is:{0}",
            "rdpfix: gewijzigd na het herstel, blijft zo:{0}");
    public static final Text UNDO_BY_HAND = new Text(
            "rdpfix: no DWORD before; by hand from undo-*.reg:{0}",
            "rdpfix: was geen DWORD; met de hand uit undo-*.reg:{0}");
    public static final Text UNDO_PARTLY = new Text(
            "rdpfix: FAILED, partly put back; {0} of {1} not:{2}",
            "rdpfix: MISLUKT, deels terug; {0} van {1} niet:{2}");
    public static final Text UNDO_NOT_RETIRED = new Text(
            "rdpfix: FAILED: put back, but the record could not be retired",
            "rdpfix: MISLUKT: teruggezet, maar de vastlegging kon niet weg");
    public static final Text UNDO_UNREADABLE = new Text(
            "rdpfix: FAILED: cannot read:{0}; no undo recorded",
            "rdpfix: MISLUKT: onleesbaar:{0}; geen undo");
    /** After "rdpfix: "; "OK" starts it in every language. */
    public static final Text UNDO_OK = new Text(
            "OK, {0} of {1} values as before the fix",
            "OK, {0} van {1} waarden als voor het herstel");
    public static final Text UNDO_OK_LEFT = new Text(
            "OK, {0} of {1} as before the fix, {2} left as changed since",
            "OK, {0} van {1} als voor het herstel, {2} later gewijzigd gelaten");
}
