package io.rdpfix.azure;

import io.rdpfix.location.Target;
import io.rdpfix.powershell.PowerShell;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptTexts;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.text.Language;
import java.util.List;

/**
 * rdpfix-repair.ps1, for {@code az vm repair run --run-on-repair}: finds the copied OS disk itself
 * (the one drive besides the system drive with a Windows\System32\config\SYSTEM; none or several
 * and it stops before changing anything), copies its SYSTEM and SOFTWARE hive files once to
 * {@code <drive>\\rdpfix} (the article's backup, on the disk, so it outlives the repair VM), loads
 * its hives under the chosen names (stopping if either name is in use), runs the offline batch,
 * unloads the hives, and ends with the batch's verdict, exiting non-zero on any failure.
 * Everything that can stop it comes before the first load.
 */
public final class RepairScript {
    private RepairScript() {
    }

    /** @param batch the offline fix in its batch form, for hives that are loaded already (the script loads them) */
    public static PowerShellScript render(Script batch, Target.Offline target, ShareUrl share, Language language) {
        if (target.loadFrom().isPresent()) {
            throw new IllegalArgumentException("the repair script loads the hives itself");
        }
        String system = target.system().value();
        String software = target.software().value();
        List<String> lines = BatchFile.header(language, share, ChannelTexts.REPAIR_HOW, ChannelTexts.REPAIR_LOADS.with(system, software),
                ChannelTexts.REPAIR_ENDS, ChannelTexts.REPAIR_UNDO, ChannelTexts.REPAIR_UNDO_HOW);
        lines.add("$system = " + PowerShell.literal(system));
        lines.add("$software = " + PowerShell.literal(software));
        lines.addAll(BatchFile.hereString(batch));
        // Find the disk: every drive but the system drive with a Windows on it; exactly one will do.
        lines.add("$found = @(Get-PSDrive -PSProvider FileSystem | Where-Object {");
        lines.add("    $_.Root -ne ($env:SystemDrive + '\\') -and (Test-Path -LiteralPath (Join-Path $_.Root 'Windows\\System32\\config\\SYSTEM'))");
        lines.add("})");
        lines.add("if ($found.Count -eq 0) {");
        lines.add("    Write-Output " + BatchFile.say(ChannelTexts.DISK_NONE, language));
        lines.add("    exit 2");
        lines.add("}");
        lines.add("if ($found.Count -gt 1) {");
        lines.add("    Write-Output (" + BatchFile.say(ChannelTexts.DISKS_FOUND, language) + " + ' ' + (($found | ForEach-Object { $_.Name + ':' }) -join ' '))");
        lines.add("    Write-Output " + BatchFile.say(ChannelTexts.DISK_MANY, language));
        lines.add("    exit 2");
        lines.add("}");
        lines.add("$drive = $found[0].Name + ':'");
        lines.add("Write-Output (" + BatchFile.say(ChannelTexts.DISK_FOUND, language) + " + ' ' + $drive)");
        lines.add("foreach ($name in @($system, $software)) {");
        lines.add("    if (Test-Path -LiteralPath ('Registry::HKEY_LOCAL_MACHINE\\' + $name)) {");
        lines.add("        Write-Output " + BatchFile.say(ChannelTexts.NAME_LEFT_LOADED, language, "$name"));
        lines.add("        Write-Output " + BatchFile.say(ChannelTexts.NAME_IN_USE, language, "$name"));
        lines.add("        exit 2");
        lines.add("    }");
        lines.add("}");
        // The article's advice, kept where it outlives the repair VM: the hive files, copied once onto the disk.
        lines.add("foreach ($hive in @('SYSTEM', 'SOFTWARE')) {");
        lines.add("    $copy = $drive + '\\rdpfix\\' + $hive");
        lines.add("    if (-not (Test-Path -LiteralPath $copy)) {");
        lines.add("        try {");
        lines.add("            New-Item -ItemType Directory -Force -Path ($drive + '\\rdpfix') -ErrorAction Stop | Out-Null");
        lines.add("            Copy-Item -LiteralPath ($drive + '\\Windows\\System32\\config\\' + $hive) -Destination $copy -ErrorAction Stop");
        lines.add("        } catch {");
        lines.add("            Write-Output " + BatchFile.say(ChannelTexts.CANNOT_COPY_HIVE, language, "$hive"));
        lines.add("            exit 2");
        lines.add("        }");
        lines.add("    }");
        lines.add("}");
        lines.addAll(BatchFile.write(language));
        lines.add("& reg.exe load ('HKLM\\' + $system) ($drive + '\\Windows\\System32\\config\\SYSTEM')");
        lines.add("if ($LASTEXITCODE -ne 0) {");
        lines.add("    " + BatchFile.REMOVE);
        lines.add("    Write-Output " + BatchFile.say(ChannelTexts.CANNOT_LOAD.with("SYSTEM"), language));
        lines.add("    exit 2");
        lines.add("}");
        lines.add("& reg.exe load ('HKLM\\' + $software) ($drive + '\\Windows\\System32\\config\\SOFTWARE')");
        lines.add("if ($LASTEXITCODE -ne 0) {");
        lines.add("    & reg.exe unload ('HKLM\\' + $system)");
        lines.add("    " + BatchFile.REMOVE);
        lines.add("    Write-Output " + BatchFile.say(ChannelTexts.CANNOT_LOAD.with("SOFTWARE"), language));
        lines.add("    exit 2");
        lines.add("}");
        // Everything but the batch's last line now; its verdict comes last, after the unload.
        lines.add("$lines = @(& cmd.exe /d /c $file)");
        lines.add("$code = $LASTEXITCODE");
        lines.add(BatchFile.REMOVE);
        // The batch's own next step is for a repair VM set up by hand (unload the hives, swap the disk);
        // here the hives are unloaded below and az vm repair restore swaps the disk: that step is said last.
        lines.add("$lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0)) | Where-Object { $_ -ne "
                + PowerShell.literal(ScriptTexts.SAYS + ScriptTexts.NEXT_OFFLINE.in(language)) + " }");
        // reg unload fails while any handle into the hive is open; PowerShell may still hold one.
        lines.add("[GC]::Collect()");
        lines.add("[GC]::WaitForPendingFinalizers()");
        lines.add("$loaded = $false");
        lines.add("foreach ($name in @($software, $system)) {");
        lines.add("    & reg.exe unload ('HKLM\\' + $name)");
        lines.add("    if ($LASTEXITCODE -ne 0) {");
        lines.add("        Write-Output " + BatchFile.say(ChannelTexts.CANNOT_UNLOAD, language, "$name"));
        lines.add("        $loaded = $true");
        lines.add("    }");
        lines.add("}");
        lines.add("if ($loaded) {");
        lines.add("    Write-Output " + BatchFile.say(ChannelTexts.STILL_LOADED, language));
        lines.add("    exit 1");
        lines.add("}");
        lines.add("if ($lines.Count -eq 0) {");
        lines.add("    Write-Output " + BatchFile.say(ChannelTexts.NO_OUTPUT, language));
        lines.add("    exit 1");
        lines.add("}");
        lines.add("if ($code -eq 0) {");
        lines.add("    Write-Output " + BatchFile.say(ChannelTexts.REPAIR_NEXT, language));
        lines.add("}");
        lines.add("Write-Output $lines[-1]");
        lines.add("exit $code");
        return new PowerShellScript(lines);
    }
}
