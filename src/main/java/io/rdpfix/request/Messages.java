package io.rdpfix.request;

import io.rdpfix.text.Text;

/** The rules of each parameter, in words, in both languages. */
final class Messages {
    private Messages() {
    }

    static final Text EMPTY = new Text("empty", "leeg");
    static final Text UNKNOWN_PARAMETER = new Text(
            "unknown parameter; known are: {0}.",
            "onbekende parameter; bekend zijn: {0}.");
    static final Text REPEATED = new Text(
            "given more than once with different values; give it once.",
            "meer dan eens opgegeven met verschillende waarden; geef hem een keer op.");
    static final Text TOO_LONG = new Text(
            "longer than {0} characters.",
            "langer dan {0} tekens.");
    static final Text ONE_OF = new Text(
            "must be one of: {0}.",
            "moet een van deze zijn: {0}.");
    static final Text HIVE_SHAPE = new Text(
            "must be 1 to 16 characters, each a letter, digit, _ or -.",
            "moet 1 tot 16 tekens zijn, elk een letter, cijfer, _ of -.");
    static final Text HIVE_WITH_ROOT = new Text(
            "is the hive's full path: give only its name under HKLM, {0}.",
            "is het volledige pad van de hive: geef alleen de naam onder HKLM, {0}.");
    static final Text HIVE_RESERVED = new Text(
            "is HKLM itself or one of its own keys (SYSTEM, SOFTWARE, SAM, SECURITY, HARDWARE, BCD00000000, DRIVERS, COMPONENTS, ELAM): writing there would change the repair VM's own registry, not the broken disk's.",
            "is HKLM zelf of een eigen sleutel van HKLM (SYSTEM, SOFTWARE, SAM, SECURITY, HARDWARE, BCD00000000, DRIVERS, COMPONENTS, ELAM): schrijven daar wijzigt het register van de herstel-VM zelf, niet dat van de defecte schijf.");
    static final Text HIVES_SAME = new Text(
            "must differ from the system hive name (they are two different hives).",
            "moet verschillen van de naam van de system-hive (het zijn twee verschillende hives).");
    static final Text CONTROL_SET_SHAPE = new Text(
            "must be control set numbers from 001 to 999, separated by commas, for example 001,002.",
            "moet nummers van control sets zijn van 001 tot 999, gescheiden door komma's, bijvoorbeeld 001,002.");
    static final Text CONTROL_SET_TWICE = new Text(
            "lists control set {0} more than once.",
            "noemt control set {0} meer dan eens.");
    static final Text CONTROL_SET_TOO_MANY = new Text(
            "lists {0} control sets; a SYSTEM hive has a few (usually 001 and 002), so at most {1}.",
            "noemt {0} control sets; een SYSTEM-hive heeft er maar een paar (meestal 001 en 002), dus hooguit {1}.");
    static final Text CONTROL_SET_NONE = new Text(
            "choose at least one control set.",
            "kies ten minste een control set.");
    static final Text DRIVE = new Text(
            "must be one drive letter from D to Z (C is the repair VM's own system drive).",
            "moet een stationsletter van D tot Z zijn (C is de systeemschijf van de herstel-VM zelf).");
    static final Text STEP_UNKNOWN = new Text(
            "\"{0}\" is not a setting; known are: {1}.",
            "\"{0}\" is geen instelling; bekend zijn: {1}.");
    static final Text STEP_TWICE = new Text(
            "lists {0} more than once.",
            "noemt {0} meer dan eens.");
    static final Text STEP_NONE = new Text(
            "choose at least one setting.",
            "kies ten minste een instelling.");
    static final Text NUMBER = new Text(
            "must be a whole number from {0} to {1}, in decimal digits (3389, not 0xD3D).",
            "moet een geheel getal van {0} tot {1} zijn, in decimale cijfers (3389, niet 0xD3D).");
    static final Text RESOURCE_GROUP = new Text(
            "must be a resource group name: 1 to 90 letters, digits, _ - . ( ), not ending with a period, not starting with a hyphen (az would take it for an option).",
            "moet de naam van een resourcegroep zijn: 1 tot 90 letters, cijfers, _ - . ( ), niet eindigend op een punt, niet beginnend met een koppelteken (az zou het voor een optie houden).");
    static final Text VM_NAME = new Text(
            "must be a Windows VM's name: 1 to 64 letters, digits and hyphens, not starting or ending with a hyphen (az would take a leading one for an option).",
            "moet de naam van een Windows-VM zijn: 1 tot 64 letters, cijfers en koppeltekens, niet beginnend of eindigend met een koppelteken (az zou een eerste voor een optie houden).");
}
