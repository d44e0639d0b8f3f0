package io.rdpfix.azure;

import io.rdpfix.location.Target;
import io.rdpfix.powershell.PowerShell;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptTexts;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * rdpfix-repair.ps1, for {@code az vm repair run --run-on-repair}: finds the copied OS disk itself
 * (the one drive besides the system drive with a Windows\System32\config\SYSTEM; none or several
 * and it stops before changing anything), copies its SYSTEM and SOFTWARE hive files once to
 * {@code <drive>\\rdpfix} (the article's backup, on the disk, so it outlives the repair VM), loads
 * its hives under the chosen names (stopping if either name is in use), runs the offline batch,
 * unloads the hives, and ends with the batch's verdict, exiting non-zero on any failure. It speaks
 * the log format of az vm repair's driver ({@link DriverLog}), so the CLI shows its lines and its
 * verdict and calls a run successful only after an OK. Everything that can stop it comes before the
 * first load. Carrying the capture, it copies nothing onto the disk and ends with the capture's last line.
 */
public final class RepairScript {
    private RepairScript() {
    }

    /**
     * @param batch the offline fix or capture in its batch form, for hives that are loaded already (the
     *              script loads them)
     */
    public static PowerShellScript render(WrapperKind kind, Script batch, Target.Offline target, ShareUrl share, Language language) {
        if (target.loadFrom().isPresent()) {
            throw new IllegalArgumentException("the repair script loads the hives itself");
        }
        String system = target.system().value();
        String software = target.software().value();
        List<Text> does = new ArrayList<>(List.of(ChannelTexts.REPAIR_HOW, ChannelTexts.REPAIR_LOADS.with(system, software),
                ChannelTexts.REPAIR_ENDS));
        if (kind == WrapperKind.FIX) {
            does.addAll(List.of(ChannelTexts.REPAIR_UNDO, ChannelTexts.REPAIR_UNDO_HOW));
        }
        List<String> lines = BatchFile.header(kind, language, share, does.toArray(Text[]::new));
        lines.add("$system = " + PowerShell.literal(system));
        lines.add("$software = " + PowerShell.literal(software));
        lines.addAll(BatchFile.hereString(batch));
        List<String> body = new ArrayList<>();
        findDisk(body, language);
        if (kind == WrapperKind.FIX) {
            backUpHives(body, language);
        }
        body.addAll(BatchFile.write(language));
        loadHives(body, language);
        // Everything but the batch's last line now; its verdict comes last, after the unload.
        body.add("$lines = @(" + BatchFile.RUN + ")");
        body.add("$batchCode = $LASTEXITCODE");
        body.add(BatchFile.REMOVE);
        // The fix's own next step is for a repair VM set up by hand (unload the hives, swap the disk); here the
        // hives are unloaded below and az vm repair restore swaps the disk: that step is said last.
        String allButLast = "$lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0))";
        body.add(kind != WrapperKind.FIX ? allButLast : allButLast + " | Where-Object { $_ -ne "
                + PowerShell.literal(ScriptTexts.SAYS + ScriptTexts.NEXT_OFFLINE.in(language)) + " }");
        unloadHives(body, language);
        body.add("if ($lines.Count -eq 0) {");
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.NO_OUTPUT, language));
        body.add("    " + BatchFile.stop(1));
        body.add("}");
        if (kind == WrapperKind.FIX) {
            body.add("if ($batchCode -eq 0) {");
            body.add("    Write-Output " + BatchFile.say(ChannelTexts.REPAIR_NEXT, language));
            body.add("}");
        }
        body.add("Write-Output $lines[-1]");
        body.add("$script:code = $batchCode");
        lines.addAll(DriverLog.around(BatchFile.guarded(body, language, DriverLog.PIPELINE)));
        return new PowerShellScript(lines);
    }

    /** Sets $drive: every drive but the system drive with a Windows on it; exactly one will do, and no hive name may be in use. */
    private static void findDisk(List<String> body, Language language) {
        // As Microsoft's repair scripts do (repair-script-library, Get-Disk-Partitions-v3.ps1): every disk the
        // repair VM does not run from is brought online and made writable (a copy whose signature collides
        // with the repair VM's own disk is left offline), and a large partition without a letter gets one.
        body.add("$wait = 0");
        body.add("foreach ($disk in @(Get-Disk | Where-Object { -not $_.IsBoot -and -not $_.IsSystem })) {");
        body.add("    if ($disk.IsOffline -or $disk.IsReadOnly) {");
        body.add("        $disk | Set-Disk -IsOffline $false -ErrorAction SilentlyContinue");
        body.add("        $disk | Set-Disk -IsReadOnly $false -ErrorAction SilentlyContinue");
        body.add("        $wait = 60");
        body.add("    }");
        body.add("    $state = Get-Disk -Number $disk.Number");
        body.add("    if ($state.IsOffline -or $state.IsReadOnly) {");
        body.add("        Write-Output " + BatchFile.say(ChannelTexts.DISK_STAYS_OFFLINE, language, "$disk.Number"));
        body.add("        continue");
        body.add("    }");
        body.add("    foreach ($partition in @(Get-Partition -DiskNumber $disk.Number -ErrorAction SilentlyContinue)) {");
        body.add("        if ($partition.DriveLetter -notmatch '[A-Za-z]' -and $partition.Size -gt 1024 * 1024 * 1024) {");
        body.add("            $partition | Add-PartitionAccessPath -AssignDriveLetter -ErrorAction SilentlyContinue");
        body.add("            $wait = 60");
        body.add("        }");
        body.add("    }");
        body.add("}");
        // Windows gives a disk brought online its letters a few seconds later; the drives are read live each time.
        body.add("$until = [DateTime]::Now.AddSeconds($wait)");
        body.add("do {");
        body.add("    $found = @([IO.DriveInfo]::GetDrives() | Where-Object {");
        body.add("        $_.DriveType -eq 'Fixed' -and $_.Name -ne ($env:SystemDrive + '\\') -and"
                + " (Test-Path -LiteralPath ($_.Name + 'Windows\\System32\\config\\SYSTEM'))");
        body.add("    } | ForEach-Object { $_.Name.TrimEnd('\\') })");
        body.add("    if ($found.Count -gt 0) {");
        body.add("        break");
        body.add("    }");
        body.add("    Start-Sleep -Seconds 2");
        body.add("} while ([DateTime]::Now -lt $until)");
        body.add("if ($found.Count -eq 0) {");
        // A BitLocker-locked volume has a letter but no file system Windows can read.
        body.add("    foreach ($volume in @(Get-Volume | Where-Object { $_.DriveLetter -and $_.DriveType -eq 'Fixed' -and -not $_.FileSystem })) {");
        body.add("        Write-Output " + BatchFile.say(ChannelTexts.DISK_LOCKED, language, "$volume.DriveLetter"));
        body.add("    }");
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.DISK_NONE, language));
        body.add("    " + BatchFile.stop(2));
        body.add("}");
        body.add("if ($found.Count -gt 1) {");
        body.add("    Write-Output (" + BatchFile.say(ChannelTexts.DISKS_FOUND, language) + " + ' ' + ($found -join ' '))");
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.DISK_MANY, language));
        body.add("    " + BatchFile.stop(2));
        body.add("}");
        body.add("$drive = $found[0]");
        body.add("Write-Output (" + BatchFile.say(ChannelTexts.DISK_FOUND, language) + " + ' ' + $drive)");
        body.add("foreach ($name in @($system, $software)) {");
        body.add("    if (Test-Path -LiteralPath ('Registry::HKEY_LOCAL_MACHINE\\' + $name)) {");
        body.add("        Write-Output " + BatchFile.say(ChannelTexts.NAME_LEFT_LOADED, language, "$name"));
        body.add("        Write-Output " + BatchFile.say(ChannelTexts.NAME_IN_USE, language, "$name"));
        body.add("        " + BatchFile.stop(2));
        body.add("    }");
        body.add("}");
    }

    /** The article's advice, kept where it outlives the repair VM: the hive files, copied once onto the disk. */
    private static void backUpHives(List<String> body, Language language) {
        body.add("foreach ($hive in @('SYSTEM', 'SOFTWARE')) {");
        body.add("    $copy = $drive + '\\rdpfix\\' + $hive");
        body.add("    if (-not (Test-Path -LiteralPath $copy)) {");
        body.add("        try {");
        body.add("            New-Item -ItemType Directory -Force -Path ($drive + '\\rdpfix') -ErrorAction Stop | Out-Null");
        body.add("            Copy-Item -LiteralPath ($drive + '\\Windows\\System32\\config\\' + $hive) -Destination $copy -ErrorAction Stop");
        body.add("        } catch {");
        body.add("            Write-Output " + BatchFile.say(ChannelTexts.CANNOT_COPY_HIVE, language, "$hive"));
        body.add("            " + BatchFile.stop(2));
        body.add("        }");
        body.add("    }");
        body.add("}");
    }

    private static void loadHives(List<String> body, Language language) {
        body.add("& reg.exe load ('HKLM\\' + $system) ($drive + '\\Windows\\System32\\config\\SYSTEM')");
        body.add("if ($LASTEXITCODE -ne 0) {");
        body.add("    " + BatchFile.REMOVE);
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.CANNOT_LOAD.with("SYSTEM"), language));
        body.add("    " + BatchFile.stop(2));
        body.add("}");
        body.add("& reg.exe load ('HKLM\\' + $software) ($drive + '\\Windows\\System32\\config\\SOFTWARE')");
        body.add("if ($LASTEXITCODE -ne 0) {");
        body.add("    & reg.exe unload ('HKLM\\' + $system)");
        body.add("    " + BatchFile.REMOVE);
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.CANNOT_LOAD.with("SOFTWARE"), language));
        body.add("    " + BatchFile.stop(2));
        body.add("}");
    }

    /** Both hives unloaded, or the run fails saying which is still loaded: the restore needs the disk free. */
    private static void unloadHives(List<String> body, Language language) {
        // reg unload fails while any handle into the hive is open; PowerShell may still hold one.
        body.add("[GC]::Collect()");
        body.add("[GC]::WaitForPendingFinalizers()");
        body.add("$loaded = $false");
        body.add("foreach ($name in @($software, $system)) {");
        body.add("    & reg.exe unload ('HKLM\\' + $name)");
        body.add("    if ($LASTEXITCODE -ne 0) {");
        body.add("        Write-Output " + BatchFile.say(ChannelTexts.CANNOT_UNLOAD, language, "$name"));
        body.add("        $loaded = $true");
        body.add("    }");
        body.add("}");
        body.add("if ($loaded) {");
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.STILL_LOADED, language));
        body.add("    " + BatchFile.stop(1));
        body.add("}");
    }
}
