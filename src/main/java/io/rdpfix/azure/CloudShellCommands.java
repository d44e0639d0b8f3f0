package io.rdpfix.azure;

import io.rdpfix.location.Channel;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands that run a channel's script from Azure Cloud Shell, for one VM, in either shell.
 * Names are always quoted (a resource group may hold parentheses, which bash would take as syntax).
 */
public final class CloudShellCommands {
    /** One command and what it does. */
    public record Command(Text purpose, String line) {
    }

    static final Text RUN = new Text(
            "Run the script on the VM as SYSTEM (the VM agent must answer); prints the last 4 KB of its output.",
            "Voer het script uit op de VM als SYSTEM (de VM-agent moet antwoorden); toont de laatste 4 kB van de uitvoer.");
    static final Text UNDO = new Text(
            "Later, only to put back what the fix changed: run the undo file it recorded on the VM.",
            "Later, alleen om terug te zetten wat de fix wijzigde: voer het undo-bestand uit dat hij op de VM vastlegde.");
    static final Text EXTENSION = new Text(
            "Install or update the vm-repair extension of the Azure CLI.",
            "Installeer of werk de vm-repair-extensie van de Azure CLI bij.");
    static final Text CREATE = new Text(
            "Copy the OS disk and attach it to a new repair VM (asks for a user name and password for that VM).",
            "Kopieer de OS-schijf en koppel die aan een nieuwe herstel-VM (vraagt een gebruikersnaam en wachtwoord voor die VM).");
    static final Text REPAIR_RUN = new Text(
            "Run the script on the repair VM: it finds the disk, fixes it and ends with the verdict.",
            "Voer het script uit op de herstel-VM: het zoekt de schijf, herstelt die en eindigt met het oordeel.");
    static final Text WITHOUT_GITHUB = new Text(
            "Only if az vm repair run fails before the script starts (its driver downloads from GitHub: the repair VM needs"
                    + " outbound HTTPS): run the same file on the repair VM with Run Command instead.",
            "Alleen als az vm repair run faalt voordat het script start (zijn driver downloadt van GitHub: de herstel-VM heeft"
                    + " uitgaand HTTPS nodig): voer hetzelfde bestand dan met Run Command uit op de herstel-VM.");
    static final Text RESTORE = new Text(
            "Only after an OK verdict: swap the disk back into the VM and delete the repair VM.",
            "Alleen na een OK-oordeel: zet de schijf terug in de VM en verwijder de herstel-VM.");
    static final Text RECORDED_CREATE = new Text(
            "Later, only to put back what the fix changed (upload {0} too): a second repair VM, with a copy of the fixed disk.",
            "Later, alleen om terug te zetten wat de fix wijzigde (upload ook {0}): een tweede herstel-VM, met een kopie van de"
                    + " herstelde schijf.");
    static final Text RECORDED_RUN = new Text(
            "Run the undo the fix kept on the disk: it puts back only values that still hold what the fix wrote, and ends with"
                    + " its verdict.",
            "Voer de undo uit die de fix op de schijf bewaarde: die zet alleen waarden terug die nog zijn wat de fix schreef, en"
                    + " eindigt met zijn oordeel.");

    static final Text CAPTURE = new Text(
            "Optional, before the fix (upload {0} too): capture the values the fix will change; run it again after the fix"
                    + " to check it.",
            "Optioneel, voor de fix (upload ook {0}): leg de waarden vast die de fix wijzigt; voer het na de fix opnieuw uit"
                    + " om te controleren.");
    static final Text CAPTURE_REPAIR = new Text(
            "Optional, after create and before the fix (upload {0} too): capture the values the fix will change on the disk;"
                    + " run it again after the fix, before the restore, to check it.",
            "Optioneel, na create en voor de fix (upload ook {0}): leg de waarden vast die de fix op de schijf wijzigt;"
                    + " voer het na de fix, voor het terugzetten, opnieuw uit om te controleren.");
    static final Text KEEP_DISK = new Text(
            "First, the way back: save the id of the OS disk the VM runs from now (an id saved before is kept: delete the file"
                    + " to start over); az vm repair works on a copy and leaves this one in the resource group.",
            "Eerst de weg terug: bewaar de id van de OS-schijf waar de VM nu van draait (een eerder bewaarde id blijft: verwijder"
                    + " het bestand om opnieuw te beginnen); az vm repair werkt op een kopie en laat deze in de resourcegroep staan.");
    static final Text SWAP_BACK = new Text(
            "Only to go back to the VM as it was before the fix: stop it, swap the saved OS disk back in and start it.",
            "Alleen om terug te gaan naar de VM van voor de fix: stop hem, zet de bewaarde OS-schijf terug en start hem.");
    static final Text UPLOAD = new Text(
            "First upload {0} to Cloud Shell (Manage files, Upload): it goes to your home folder.",
            "Upload eerst {0} naar Cloud Shell (Bestanden beheren, Uploaden): het komt in uw thuismap.");
    static final Text FOR_SHELL = new Text("In {0}:", "In {0}:");

    private CloudShellCommands() {
    }

    /** Run Command returns the script's standard output and its error output as two messages: both are shown. */
    private static final String BOTH_STREAMS = " --query 'value[].message' -o tsv";

    /** Runs an uploaded .ps1 with Run Command: {@code az} in bash, Azure PowerShell in PowerShell, with both streams shown. */
    private static String runCommand(Shell shell, String azTarget, String powerShellTarget, String file) {
        return shell == Shell.BASH
                ? "az vm run-command invoke " + azTarget + " --command-id RunPowerShellScript --scripts \"@$HOME/" + file + "\"" + BOTH_STREAMS
                : "(Invoke-AzVMRunCommand " + powerShellTarget + " -CommandId 'RunPowerShellScript' -ScriptPath " + shell.uploaded(file)
                        + ").Value.Message";
    }

    private static String repairRun(Shell shell, String target, String file) {
        return "az vm repair run " + target + " --custom-script-file " + shell.uploaded(file) + " --run-on-repair --verbose";
    }

    /** Both shells' commands as text for curl: every line a comment or a command, in either shell. */
    public static String text(Channel channel, AzureVm vm, Optional<String> undoFile, Language language) {
        StringBuilder text = new StringBuilder();
        channel.scriptFileName().ifPresent(file -> text.append("# ").append(UPLOAD.with(file).in(language)).append('\n'));
        for (Shell shell : Shell.values()) {
            text.append('\n').append("# ").append(FOR_SHELL.with(shell.title()).in(language)).append('\n');
            for (Command command : of(channel, vm, shell, undoFile)) {
                text.append("# ").append(command.purpose().in(language)).append('\n').append(command.line()).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Empty for the console, which needs no Cloud Shell.
     *
     * @param undoFile the undo file the fix records on the machine it runs on, if it records one: Run
     *                 Command can run it later on the same VM; repair's is kept on the disk, for a second repair VM
     */
    public static List<Command> of(Channel channel, AzureVm vm, Shell shell, Optional<String> undoFile) {
        String target = "-g " + shell.quote(vm.group().value()) + " -n " + shell.quote(vm.name().value());
        List<Command> commands = new ArrayList<>();
        switch (channel) {
            case CONSOLE, MANUAL -> {
            }
            case RUNCOMMAND -> {
                String file = channel.scriptFileName().orElseThrow();
                String capture = WrapperKind.CAPTURE.fileName(channel);
                String powerShellTarget = "-ResourceGroupName " + shell.quote(vm.group().value()) + " -VMName " + shell.quote(vm.name().value());
                commands.add(new Command(CAPTURE.with(capture), runCommand(shell, target, powerShellTarget, capture)));
                commands.add(new Command(RUN, runCommand(shell, target, powerShellTarget, file)));
                // RunPowerShellScript takes the line as PowerShell, which passes %SystemRoot% on for cmd to expand.
                undoFile.ifPresent(undo -> commands.add(new Command(UNDO, "az vm run-command invoke " + target
                        + " --command-id RunPowerShellScript --scripts " + shell.quote("cmd.exe /d /c " + undo) + BOTH_STREAMS)));
            }
            case REPAIR -> {
                String file = channel.scriptFileName().orElseThrow();
                // The extension's restore swaps the copy in with az vm update --os-disk and keeps the original
                // (custom.py restore()); the same command swaps it back. The id outlives the Cloud Shell session.
                String saved = "\"$HOME/rdpfix-os-disk-" + vm.group().value() + "-" + vm.name().value() + ".txt\"";
                // Kept if saved before: a second repair must not replace the original's id with the first copy's.
                String save = "az vm show " + target + " --query storageProfile.osDisk.id -o tsv > " + saved;
                commands.add(new Command(KEEP_DISK, shell == Shell.BASH ? "test -e " + saved + " || " + save
                        : "if (-not (Test-Path " + saved + ")) { " + save + " }"));
                commands.add(new Command(EXTENSION, "az extension add --upgrade --name vm-repair"));
                commands.add(new Command(CREATE, "az vm repair create " + target + " --verbose"));
                String capture = WrapperKind.CAPTURE.fileName(channel);
                commands.add(new Command(CAPTURE_REPAIR.with(capture), repairRun(shell, target, capture)));
                commands.add(new Command(REPAIR_RUN, repairRun(shell, target, file)));
                // The repair VM is the one az vm repair create tagged with the source VM (the extension's _validators.py
                // fetch_repair_vm finds it the same way); its name and group are not known before.
                String tag = "repair_source=" + vm.group().value() + "/" + vm.name().value();
                commands.add(new Command(WITHOUT_GITHUB, shell == Shell.BASH
                        ? runCommand(shell, "--ids \"$(az resource list --tag " + shell.quote(tag)
                                + " --query \"[?type=='Microsoft.Compute/virtualMachines'].id | [0]\" -o tsv)\"", "", file)
                        : "$r = Get-AzResource -TagName 'repair_source' -TagValue " + shell.quote(tag.substring(tag.indexOf('=') + 1))
                                + " -ResourceType 'Microsoft.Compute/virtualMachines'; "
                                + runCommand(shell, "", "-ResourceGroupName $r.ResourceGroupName -VMName $r.Name", file)));
                String restore = "az vm repair restore " + target + " --verbose";
                commands.add(new Command(RESTORE, restore));
                if (undoFile.isPresent()) {
                    String recorded = WrapperKind.RECORDED_UNDO.fileName(channel);
                    commands.add(new Command(RECORDED_CREATE.with(recorded), "az vm repair create " + target + " --verbose"));
                    commands.add(new Command(RECORDED_RUN, repairRun(shell, target, recorded)));
                    commands.add(new Command(RESTORE, restore));
                }
                commands.add(new Command(SWAP_BACK, "az vm deallocate " + target + " && az vm update " + target
                        + " --os-disk \"$(cat " + saved + ")\" && az vm start " + target));
            }
        }
        return commands;
    }
}
