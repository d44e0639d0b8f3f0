package io.rdpfix.capture;

import io.rdpfix.text.Text;

/** Why a pasted capture is refused, in both languages. */
final class CaptureTexts {
    private CaptureTexts() {
    }

    static final Text TOO_LARGE = new Text(
            "The pasted text is {0} bytes; a capture is at most {1}. Paste only the capture's output.",
            "De geplakte tekst is {0} bytes; een capture is hooguit {1}. Plak alleen de uitvoer van de capture.");
    static final Text EMPTY = new Text(
            "Nothing was pasted. Run the capture script on the VM and paste all of its output.",
            "Er is niets geplakt. Voer het capture-script uit op de VM en plak al zijn uitvoer.");
    static final Text NO_BEGIN = new Text(
            "This is not an rdpfix capture: its first line \"#rdpfix begin ...\" is missing. Paste all of the capture's output.",
            "Dit is geen capture van rdpfix: de eerste regel \"#rdpfix begin ...\" ontbreekt. Plak alle uitvoer van de capture.");
    static final Text NO_END = new Text(
            "The capture is incomplete: its last line \"#rdpfix end ...\" is missing, so the copy was cut short. Copy all of it again.",
            "De capture is onvolledig: de laatste regel \"#rdpfix end ...\" ontbreekt, de kopie is afgebroken. Kopieer alles opnieuw.");
    static final Text END_WITHOUT_BEGIN = new Text(
            "The capture is damaged: an \"#rdpfix end\" line comes without its \"#rdpfix begin\" line. Copy all of it again.",
            "De capture is beschadigd: een regel \"#rdpfix end\" staat er zonder zijn regel \"#rdpfix begin\". Kopieer alles opnieuw.");
    static final Text BEGIN_END_MISMATCH = new Text(
            "The capture is damaged: its begin and end lines do not match ({0} / {1}). Copy all of it again.",
            "De capture is beschadigd: begin- en eindregel passen niet bij elkaar ({0} / {1}). Kopieer alles opnieuw.");
    static final Text OTHER_SELECTION = new Text(
            "This capture was made for another selection (id {0}); these settings have id {1}. Run the capture script shown for these settings, or open the link the capture was made with.",
            "Deze capture hoort bij een andere selectie (id {0}); deze instellingen hebben id {1}. Voer het capture-script voor deze instellingen uit, of open de link waarmee de capture is gemaakt.");
    static final Text TWO_CAPTURES = new Text(
            "The text holds two captures that differ. Paste one capture only.",
            "De tekst bevat twee captures die verschillen. Plak maar een capture.");
    static final Text CONFLICT = new Text(
            "The capture is damaged: line {0} appears twice with different content. Copy all of it again.",
            "De capture is beschadigd: regel {0} staat er twee keer met verschillende inhoud. Kopieer alles opnieuw.");
    static final Text OUT_OF_RANGE = new Text(
            "The capture is damaged: line {0} does not belong to this selection. Copy all of it again.",
            "De capture is beschadigd: regel {0} hoort niet bij deze selectie. Kopieer alles opnieuw.");
    static final Text MISSING = new Text(
            "The capture is incomplete: no line for {0}. A line longer than 80 characters may have wrapped on the console; copy all of it again.",
            "De capture is onvolledig: geen regel voor {0}. Een regel langer dan 80 tekens kan op de console zijn afgebroken; kopieer alles opnieuw.");
    static final Text WRONG_NAME = new Text(
            "The capture is damaged: line {0} names value {1}, expected {2}.",
            "De capture is beschadigd: regel {0} noemt waarde {1}, verwacht {2}.");
    static final Text BAD_VALUE_LINE = new Text(
            "The capture is damaged: line {0} is not a value line of reg query.",
            "De capture is beschadigd: regel {0} is geen waarderegel van reg query.");
    static final Text UNSUPPORTED_TYPE = new Text(
            "{0} had type {1}, which rdpfix cannot write back exactly with reg add. No undo is made: restore it by hand, or export the key with reg export first.",
            "{0} had type {1}, die rdpfix niet exact kan terugschrijven met reg add. Er wordt geen undo gemaakt: zet het met de hand terug, of exporteer de sleutel eerst met reg export.");
    static final Text BAD_DATA = new Text(
            "The capture is damaged: {0} has type {1} but data \"{2}\".",
            "De capture is beschadigd: {0} heeft type {1} maar gegevens \"{2}\".");
    static final Text NOT_ASCII = new Text(
            "{0} holds characters outside printable ASCII, which cannot be written back exactly from a cmd line. Restore it by hand.",
            "{0} bevat tekens buiten afdrukbaar ASCII, die niet exact vanaf een cmd-regel terug te schrijven zijn. Zet het met de hand terug.");
    static final Text HIVE_NOT_LOADED = new Text(
            "This capture does not show HKLM\\{0} loaded, so it cannot tell absent values from an unloaded hive. Load the hive, run the capture again and paste its output.",
            "Deze capture toont HKLM\\{0} niet als geladen, dus ze kan afwezige waarden niet onderscheiden van een niet-geladen hive. Laad de hive, voer de capture opnieuw uit en plak de uitvoer.");
    static final Text LINE_TOO_LONG = new Text(
            "{0} holds {1} characters: the reg add line to put it back would pass cmd.exe's limit of 8,191 characters per line. No undo is made: restore it by hand, or export the key with reg export first.",
            "{0} bevat {1} tekens: de reg add-regel om het terug te zetten zou de grens van cmd.exe van 8.191 tekens per regel overschrijden. Er wordt geen undo gemaakt: zet het met de hand terug, of exporteer de sleutel eerst met reg export.");
    static final Text VALUE_WITHOUT_KEY = new Text(
            "The capture is damaged: {0} is present but its key is marked absent.",
            "De capture is beschadigd: {0} is aanwezig maar zijn sleutel staat als afwezig.");
    static final Text ALTERED_BY_LOG = new Text(
            "{0} came through az vm repair's log, which shows a bracket before one of its entry words as a parenthesis: its data may not be what the disk holds. No undo is made from it: take the capture in the Serial Console or on a repair VM by hand.",
            "{0} kwam via het log van az vm repair, dat een haak voor een van zijn woorden als ronde haak toont: de gegevens zijn misschien niet wat er op de schijf staat. Er wordt geen undo van gemaakt: neem de capture in de seriele console of met de hand op een herstel-VM.");
}
