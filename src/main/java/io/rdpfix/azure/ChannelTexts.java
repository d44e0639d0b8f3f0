package io.rdpfix.azure;

import io.rdpfix.text.Text;

/** What the PowerShell wrappers say, in comments and output; printable ASCII, no diacritics. */
final class ChannelTexts {
    private ChannelTexts() {
    }

    static final Text RUNCOMMAND_HOW = new Text(
            "Run Command (RunPowerShellScript, runs as SYSTEM on the VM): writes the batch below to a file,",
            "Run Command (RunPowerShellScript, draait als SYSTEM op de VM): schrijft de batch hieronder naar een bestand,");
    static final Text RUNS_BATCH = new Text(
            "runs it with cmd.exe (its errors in the output) and exits with its exit code; the last line is the verdict.",
            "voert die uit met cmd.exe (fouten in de uitvoer) en stopt met zijn exitcode; de laatste regel is het oordeel.");
    static final Text REPAIR_HOW = new Text(
            "az vm repair run --run-on-repair (runs as SYSTEM on the repair VM): finds the broken VM's OS disk,",
            "az vm repair run --run-on-repair (draait als SYSTEM op de herstel-VM): zoekt de OS-schijf van de defecte VM,");
    static final Text REPAIR_LOADS = new Text(
            "loads its hives as HKLM\\{0} and HKLM\\{1}, runs the batch below with cmd.exe, unloads them,",
            "laadt de hives als HKLM\\{0} en HKLM\\{1}, voert de batch hieronder uit met cmd.exe, verwijdert ze,");
    static final Text REPAIR_LOADS_RECORDED = new Text(
            "loads its hives as HKLM\\{0} and HKLM\\{1}, runs the undo file kept on the disk with cmd.exe, unloads them,",
            "laadt de hives als HKLM\\{0} en HKLM\\{1}, voert het undo-bestand op de schijf uit met cmd.exe, verwijdert ze,");
    static final Text REPAIR_ENDS = new Text(
            "and ends with the batch's verdict, each line in az vm repair's log format, [STATUS]::SUCCESS only after OK.",
            "en eindigt met het oordeel van de batch, elke regel in het logformaat van az vm repair, [STATUS]::SUCCESS alleen na OK.");
    static final Text REPAIR_UNDO = new Text(
            "The undo file the batch records, with its record, is kept on the disk in Windows\\rdpfix (the restore deletes the",
            "Het undo-bestand dat de batch vastlegt, met zijn record, blijft op de schijf in Windows\\rdpfix (het terugzetten");
    static final Text REPAIR_UNDO_HOW = new Text(
            "repair VM): rdpfix-recorded-undo-repair.ps1 runs it on a second repair VM. The VM's original OS disk stays too.",
            "verwijdert de herstel-VM): rdpfix-recorded-undo-repair.ps1 voert het uit op een tweede herstel-VM. De oorspronkelijke OS-schijf blijft ook.");
    static final Text REPAIR_NO_UNDO = new Text(
            "No undo file is recorded (undo=off). The way back is the VM's original OS disk, which this never touches",
            "Er wordt geen undo-bestand vastgelegd (undo=off). De weg terug is de oorspronkelijke OS-schijf van de VM, die dit nooit raakt");
    static final Text REPAIR_NO_UNDO_HOW = new Text(
            "(it works on a copy): rdpfix's commands save its id and swap it back.",
            "(het werkt op een kopie): de opdrachten van rdpfix bewaren en herstellen die.");
    static final Text CAPTURE_READS = new Text(
            "The capture only reads the values the fix would change; copy all of its output into rdpfix's page.",
            "De vastlegging leest alleen de waarden die de fix zou wijzigen; kopieer de hele uitvoer naar de rdpfix-pagina.");
    /** After an OK verdict: the hives are unloaded already, and az vm repair restore swaps the disk back. */
    static final Text REPAIR_NEXT = new Text(
            "rdpfix: next: az vm repair restore (puts the disk back), then try RDP.",
            "rdpfix: hierna: az vm repair restore (zet de schijf terug), dan RDP.");
    static final Text SHARE = new Text("The same script again: {0}", "Hetzelfde script opnieuw: {0}");

    static final Text CANNOT_WRITE = new Text(
            "rdpfix: STOPPED: cannot write the batch file; nothing is changed.",
            "rdpfix: GESTOPT: kan het batchbestand niet schrijven; er wordt niets gewijzigd.");
    static final Text DISK_NONE = new Text(
            "rdpfix: STOPPED: no Windows disk found besides the system drive; nothing changed",
            "rdpfix: GESTOPT: geen Windows-schijf naast de systeemschijf; niets gewijzigd.");
    static final Text DISK_STAYS_OFFLINE = new Text(
            "rdpfix: disk {0} stays offline or read-only; not used",
            "rdpfix: schijf {0} blijft offline of alleen-lezen; niet gebruikt");
    static final Text DISK_LOCKED = new Text(
            "rdpfix: {0}: unreadable (BitLocker?): az vm repair create --unlock-encrypted-vm",
            "rdpfix: {0}: onleesbaar (BitLocker?): az vm repair create --unlock-encrypted-vm");
    static final Text DISK_MANY = new Text(
            "rdpfix: STOPPED: more than one disk holds a Windows; nothing is changed.",
            "rdpfix: GESTOPT: meer dan een schijf bevat Windows; er wordt niets gewijzigd.");
    static final Text DISKS_FOUND = new Text(
            "rdpfix: Windows\\System32\\config\\SYSTEM found on:",
            "rdpfix: Windows\\System32\\config\\SYSTEM gevonden op:");
    static final Text DISK_FOUND = new Text(
            "rdpfix: the broken VM's disk is",
            "rdpfix: de schijf van de defecte VM is");
    static final Text NAME_LEFT_LOADED = new Text(
            "rdpfix: to free it: reg unload HKLM\\{0}",
            "rdpfix: vrijmaken: reg unload HKLM\\{0}");
    static final Text NAME_IN_USE = new Text(
            "rdpfix: STOPPED: HKLM\\{0} in use; nothing changed",
            "rdpfix: GESTOPT: HKLM\\{0} bezet; niets gewijzigd");
    static final Text CANNOT_COPY_HIVE = new Text(
            "rdpfix: STOPPED: cannot copy hive {0} to the disk; nothing changed.",
            "rdpfix: GESTOPT: hive {0} niet op de schijf gekopieerd; niets gedaan.");
    static final Text CANNOT_LOAD = new Text(
            "rdpfix: STOPPED: cannot load the disk's {0} hive; nothing is changed.",
            "rdpfix: GESTOPT: kan de {0}-hive van de schijf niet laden; niets gewijzigd.");
    static final Text CANNOT_UNLOAD = new Text(
            "rdpfix: before the restore: reg unload HKLM\\{0}",
            "rdpfix: voor het terugzetten: reg unload HKLM\\{0}");
    static final Text STILL_LOADED = new Text(
            "rdpfix: FAILED: a hive of the disk is still loaded (see above).",
            "rdpfix: MISLUKT: een hive van de schijf is nog geladen (zie hierboven).");
    static final Text RECORD_ON_DISK = new Text(
            "rdpfix: the undo record is kept on the disk, in Windows\\rdpfix",
            "rdpfix: het undo-record staat op de schijf, in Windows\\rdpfix");
    static final Text RECORD_KEPT_ON_DISK = new Text(
            "rdpfix: the disk keeps its earlier undo record (Windows\\rdpfix)",
            "rdpfix: de schijf houdt zijn eerdere undo-record (Windows\\rdpfix)");
    static final Text RECORD_NOT_ON_DISK = new Text(
            "rdpfix: FAILED: fixed, but the undo record is not on the disk; run this again",
            "rdpfix: MISLUKT: hersteld, maar het undo-record staat niet op de schijf; opnieuw");
    static final Text NO_RECORD_ON_DISK = new Text(
            "rdpfix: STOPPED: no undo record in the disk's Windows\\rdpfix; nothing changed",
            "rdpfix: GESTOPT: geen undo-record in Windows\\rdpfix op de schijf; niets gedaan");
    static final Text RECORD_OTHER_FILE = new Text(
            "rdpfix: STOPPED: the disk's undo file is not this fix's; nothing changed",
            "rdpfix: GESTOPT: undo-bestand op de schijf niet van deze fix; niets gewijzigd");
    static final Text RECORD_NOT_RETIRED = new Text(
            "rdpfix: FAILED: put back, but the disk's record could not be retired",
            "rdpfix: MISLUKT: teruggezet, maar het record op de schijf niet afgesloten");
    /** Before what PowerShell raised, on one line. */
    static final Text RAISED = new Text("rdpfix: FAILED: ", "rdpfix: MISLUKT: ");
    static final Text NO_OUTPUT = new Text(
            "rdpfix: FAILED: the batch printed nothing.",
            "rdpfix: MISLUKT: de batch gaf geen uitvoer.");
}
