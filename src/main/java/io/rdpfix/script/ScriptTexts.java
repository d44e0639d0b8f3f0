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
    public static final Text UNDO_NOTE = new Text(
            "First records the current values in {0} (kept if it exists).",
            "Legt eerst de huidige waarden vast in {0} (een bestaand bestand blijft staan).");
    public static final Text WARNING = new Text("WARNING: {0}", "WAARSCHUWING: {0}");
    public static final Text DONE = new Text(
            "rdpfix: done. Restart the VM and try RDP again.",
            "rdpfix: klaar. Start de VM opnieuw en probeer RDP opnieuw.");
    public static final Text ALL_WRITTEN = new Text(
            "rdpfix: all {0} values written. Restart the VM and try RDP again.",
            "rdpfix: alle {0} waarden geschreven. Start de VM opnieuw en probeer RDP opnieuw.");
    public static final Text SOME_FAILED = new Text(
            "rdpfix: FAILED: {0} command(s) did not work, see above.",
            "rdpfix: MISLUKT: {0} opdracht(en) werkten niet, zie hierboven.");
    public static final Text WRITE_FAILED = new Text(
            "rdpfix: FAILED: {0} in {1}",
            "rdpfix: MISLUKT: {0} in {1}");
    public static final Text LOAD_FAILED = new Text(
            "rdpfix: FAILED: cannot load HKLM\\{0} from {1}; nothing was changed.",
            "rdpfix: MISLUKT: kan HKLM\\{0} niet laden uit {1}; er is niets gewijzigd.");
    public static final Text UNLOAD_FAILED = new Text(
            "rdpfix: FAILED: cannot unload HKLM\\{0}; close regedit, then: reg unload HKLM\\{0}",
            "rdpfix: MISLUKT: kan HKLM\\{0} niet verwijderen; sluit regedit en voer uit: reg unload HKLM\\{0}");
    public static final Text ACTIVE_SET_FOUND = new Text(
            "rdpfix: active control set: ControlSet{0}",
            "rdpfix: actieve control set: ControlSet{0}");
    public static final Text ACTIVE_SET_MISSING = new Text(
            "rdpfix: FAILED: cannot read {0} value Current; nothing is changed.",
            "rdpfix: MISLUKT: kan {0} waarde Current niet lezen; er wordt niets gewijzigd.");
    public static final Text UNDO_KEPT = new Text(
            "rdpfix: kept the undo file of an earlier run: {0}",
            "rdpfix: het undo-bestand van een eerdere run blijft staan: {0}");
    public static final Text UNDO_WRITTEN = new Text(
            "rdpfix: undo file (run it to put the old values back): {0}",
            "rdpfix: undo-bestand (voer het uit om de oude waarden terug te zetten): {0}");
    public static final Text UNDO_FILE_TITLE = new Text(
            "rdpfix undo {0}: puts back the values found before the fix.",
            "rdpfix undo {0}: zet de waarden van voor het herstel terug.");
    public static final Text UNDO_DONE = new Text(
            "rdpfix: previous values restored. Restart the VM.",
            "rdpfix: vorige waarden teruggezet. Start de VM opnieuw.");
    public static final Text UNDO_RECORD = new Text(
            "Record the current values for the undo file.",
            "Huidige waarden vastleggen voor het undo-bestand.");
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
}
