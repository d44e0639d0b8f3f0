package io.rdpfix.azure;

import io.rdpfix.catalog.Fix;
import io.rdpfix.location.Target;
import io.rdpfix.powershell.PowerShell;
import io.rdpfix.powershell.PowerShellScript;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptTexts;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.VmUndoFile;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * rdpfix-repair.ps1, for {@code az vm repair run --run-on-repair}: finds the copied OS disk itself
 * (the one drive besides the system drive with a Windows\System32\config\SYSTEM; none or several
 * and it stops before changing anything), copies its SYSTEM and SOFTWARE hive files once to
 * {@code <drive>\\rdpfix} (the article's backup, on the disk, so it outlives the repair VM), loads
 * its hives under the chosen names (stopping if either name is in use), runs the offline batch,
 * unloads the hives, keeps the undo record the batch made (on this repair VM, which the restore
 * deletes) on the disk, and ends with the batch's verdict, exiting non-zero on any failure. It speaks
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
     * @param undo  the undo file the fix records, if it records one: the wrapper keeps its record on the disk
     */
    public static PowerShellScript render(WrapperKind kind, Script batch, Target.Offline target, Optional<VmUndoFile> undo,
                                          ShareUrl share, Fix fix, Language language) {
        if (kind == WrapperKind.RECORDED_UNDO) {
            throw new IllegalArgumentException("the recorded undo carries no batch: see recordedUndo");
        }
        boolean keepsRecord = kind == WrapperKind.FIX && undo.isPresent();
        List<Text> does = new ArrayList<>(List.of(ChannelTexts.REPAIR_HOW, ChannelTexts.REPAIR_LOADS.with(names(target)),
                ChannelTexts.REPAIR_ENDS));
        if (kind == WrapperKind.FIX) {
            does.addAll(keepsRecord ? List.of(ChannelTexts.REPAIR_UNDO, ChannelTexts.REPAIR_UNDO_HOW)
                    : List.of(ChannelTexts.REPAIR_NO_UNDO, ChannelTexts.REPAIR_NO_UNDO_HOW));
        }
        List<String> lines = BatchFile.header(kind, fix, language, share, does.toArray(Text[]::new));
        lines.addAll(nameVariables(target));
        if (keepsRecord) {
            lines.add("$undo = " + PowerShell.literal(undo.get().baseName()));
        }
        lines.addAll(BatchFile.hereString(batch));
        List<String> body = new ArrayList<>();
        findDisk(body, language);
        if (kind == WrapperKind.FIX) {
            backUpHives(body, language);
        }
        body.addAll(BatchFile.write(language));
        loadHives(body, language);
        runAndUnload(body, kind, language);
        if (keepsRecord) {
            keepRecord(body, language);
        }
        end(body, kind, language);
        lines.addAll(DriverLog.around(BatchFile.guarded(body, language, DriverLog.PIPELINE)));
        return new PowerShellScript(lines);
    }

    /**
     * rdpfix-recorded-undo-repair.ps1: on a second repair VM, with a new copy of the fixed disk, runs the
     * undo file the fix kept on that disk. The file and its record are copied into this VM's own
     * %SystemRoot%\rdpfix (so that it runs this VM's reg.exe, from a folder only administrators write),
     * the file only at the size the fix wrote it; a record the undo retires here is retired on the disk.
     */
    public static PowerShellScript recordedUndo(VmUndoFile undo, Target.Offline target, ShareUrl share, Fix fix, Language language) {
        List<String> lines = BatchFile.header(WrapperKind.RECORDED_UNDO, fix, language, share, ChannelTexts.REPAIR_HOW,
                ChannelTexts.REPAIR_LOADS_RECORDED.with(names(target)), ChannelTexts.REPAIR_ENDS);
        lines.addAll(nameVariables(target));
        lines.add("$undo = " + PowerShell.literal(undo.baseName()));
        List<String> body = new ArrayList<>();
        findDisk(body, language);
        body.add(KEPT);
        body.add("$records = " + records("$kept"));
        body.add("$source = Join-Path $kept ($undo + '.cmd')");
        body.add("if ($records.Count -eq 0 -or -not (Test-Path -LiteralPath $source)) {");
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.NO_RECORD_ON_DISK, language));
        body.add("    " + BatchFile.stop(1));
        body.add("}");
        // The size the fix checks before it records: another rdpfix's file, or a damaged one, is not run.
        body.add("if ((Get-Item -LiteralPath $source).Length -ne " + undo.size() + ") {");
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.RECORD_OTHER_FILE, language));
        body.add("    " + BatchFile.stop(1));
        body.add("}");
        body.add("$folder = Join-Path $env:SystemRoot 'rdpfix'");
        body.add("New-Item -ItemType Directory -Force -Path $folder | Out-Null");
        body.add("Copy-Item -LiteralPath $source -Destination $folder -Force");
        body.add("$records | Copy-Item -Destination $folder -Force");
        body.add("$file = Join-Path $folder ($undo + '.cmd')");
        loadHives(body, language);
        runAndUnload(body, WrapperKind.RECORDED_UNDO, language);
        // Retired here (renamed .done), the record is retired on the disk too: the undo cannot act twice.
        body.add("foreach ($record in $records) {");
        body.add("    if (-not (Test-Path -LiteralPath (Join-Path $folder $record.Name))) {");
        body.add("        Move-Item -LiteralPath $record.FullName -Destination ($record.FullName + '.done') -Force -ErrorAction SilentlyContinue");
        body.add("        if (Test-Path -LiteralPath $record.FullName) {");
        body.add("            $last = " + BatchFile.say(ChannelTexts.RECORD_NOT_RETIRED, language));
        body.add("            $batchCode = 1");
        body.add("        }");
        body.add("    }");
        body.add("}");
        end(body, WrapperKind.RECORDED_UNDO, language);
        lines.addAll(DriverLog.around(BatchFile.guarded(body, language, DriverLog.PIPELINE)));
        return new PowerShellScript(lines);
    }

    /** The hive names to load, for hives the script loads itself. */
    private static String[] names(Target.Offline target) {
        if (target.loadFrom().isPresent()) {
            throw new IllegalArgumentException("the repair script loads the hives itself");
        }
        return new String[] {target.system().value(), target.software().value()};
    }

    private static List<String> nameVariables(Target.Offline target) {
        String[] names = names(target);
        return List.of("$system = " + PowerShell.literal(names[0]), "$software = " + PowerShell.literal(names[1]));
    }

    /** Where the fix's undo record is kept on the disk: its own %SystemRoot%\rdpfix. */
    private static final String KEPT = "$kept = Join-Path $drive 'Windows\\rdpfix'";

    /** The undo records ($undo-<ComputerName>.rec) in the folder a variable names, as an array. */
    private static String records(String folder) {
        return "@(Get-ChildItem -LiteralPath " + folder + " -File -ErrorAction SilentlyContinue | Where-Object { $_.Name -like ($undo + '-*.rec') })";
    }

    /** Runs $file on the loaded hives: every line but its verdict goes out now, the verdict ($last) is held; then the unload. */
    private static void runAndUnload(List<String> body, WrapperKind kind, Language language) {
        body.add("$lines = @(" + BatchFile.RUN + ")");
        body.add("$batchCode = $LASTEXITCODE");
        if (kind != WrapperKind.RECORDED_UNDO) {
            body.add(BatchFile.REMOVE);
        }
        // The fix's and the undo's own next step is for a repair VM set up by hand (unload the hives, swap the
        // disk); here the hives are unloaded below and az vm repair restore swaps the disk: that step is said last.
        String allButLast = "$lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0))";
        body.add(kind == WrapperKind.CAPTURE || kind == WrapperKind.UNDO ? allButLast : allButLast + " | Where-Object { $_ -ne "
                + PowerShell.literal(ScriptTexts.SAYS + ScriptTexts.NEXT_OFFLINE.in(language)) + " }");
        unloadHives(body, language);
        body.add("if ($lines.Count -eq 0) {");
        body.add("    Write-Output " + BatchFile.say(ChannelTexts.NO_OUTPUT, language));
        body.add("    " + BatchFile.stop(1));
        body.add("}");
        body.add("$last = $lines[-1]");
    }

    /** The restore after an OK fix or recorded undo, then the verdict, and the exit code. */
    private static void end(List<String> body, WrapperKind kind, Language language) {
        if (kind == WrapperKind.FIX || kind == WrapperKind.RECORDED_UNDO) {
            body.add("if ($batchCode -eq 0) {");
            body.add("    Write-Output " + BatchFile.say(ChannelTexts.REPAIR_NEXT, language));
            body.add("}");
        }
        body.add("Write-Output $last");
        body.add("$script:code = $batchCode");
    }

    /**
     * The record the fix just made on this repair VM (deleted with it by the restore), copied onto the disk
     * into its own %SystemRoot%\rdpfix, where only administrators write: with the undo file and the key
     * exports, unless the disk holds a live record of its own already (an earlier fix's, which holds the
     * values from before any fix, as a record on the VM itself is kept).
     */
    private static void keepRecord(List<String> body, Language language) {
        body.add(KEPT);
        body.add("$made = Join-Path $env:SystemRoot 'rdpfix'");
        body.add("try {");
        body.add("    foreach ($record in " + records("$made") + ") {");
        body.add("        if (Test-Path -LiteralPath (Join-Path $kept $record.Name)) {");
        body.add("            Write-Output " + BatchFile.say(ChannelTexts.RECORD_KEPT_ON_DISK, language));
        body.add("            continue");
        body.add("        }");
        body.add("        New-Item -ItemType Directory -Force -Path $kept -ErrorAction Stop | Out-Null");
        body.add("        Copy-Item -LiteralPath (Join-Path $made ($undo + '.cmd')) -Destination $kept -Force -ErrorAction Stop");
        body.add("        Get-ChildItem -LiteralPath $made -File | Where-Object { $_.Name -like ($record.BaseName + '.*') } |"
                + " Copy-Item -Destination $kept -Force -ErrorAction Stop");
        body.add("        Write-Output " + BatchFile.say(ChannelTexts.RECORD_ON_DISK, language));
        body.add("    }");
        body.add("} catch {");
        body.add("    $last = " + BatchFile.say(ChannelTexts.RECORD_NOT_ON_DISK, language));
        body.add("    $batchCode = 1");
        body.add("}");
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
