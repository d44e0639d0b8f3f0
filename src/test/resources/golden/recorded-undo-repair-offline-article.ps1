# rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
# az vm repair run --run-on-repair (runs as SYSTEM on the repair VM): finds the broken VM's OS disk,
# loads its hives as HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE, runs the undo file kept on the disk with cmd.exe, unloads them,
# and ends with the batch's verdict, each line in az vm repair's log format, [STATUS]::SUCCESS only after OK.
# It runs the undo file the fix kept on the disk, only at the size the fix wrote it.
# The same script again: http://localhost:8080/?channel=repair&lang=en
$system = 'BROKENSYSTEM'
$software = 'BROKENSOFTWARE'
$undo = 'undo-61fa4669'
function Out-RdpfixLog([string] $Level, [string] $Line) {
    $time = [DateTime]::Now.ToString('MM/dd/yyyy HH:mm:ss', [Globalization.CultureInfo]::InvariantCulture)
    '[' + $Level + ' ' + $time + '] ' + ($Line -replace '\[(?=STATUS\]|(?:Log-Start|Log-End|Output|Info|Warning|Error|Debug) )', '(')
}
$held = $null
$code = 1
& {
    try {
        $wait = 0
        foreach ($disk in @(Get-Disk | Where-Object { -not $_.IsBoot -and -not $_.IsSystem })) {
            if ($disk.IsOffline -or $disk.IsReadOnly) {
                $disk | Set-Disk -IsOffline $false -ErrorAction SilentlyContinue
                $disk | Set-Disk -IsReadOnly $false -ErrorAction SilentlyContinue
                $wait = 60
            }
            $state = Get-Disk -Number $disk.Number
            if ($state.IsOffline -or $state.IsReadOnly) {
                Write-Output ('rdpfix: disk ' + $disk.Number + ' stays offline or read-only; not used')
                continue
            }
            foreach ($partition in @(Get-Partition -DiskNumber $disk.Number -ErrorAction SilentlyContinue)) {
                if ($partition.DriveLetter -notmatch '[A-Za-z]' -and $partition.Size -gt 1024 * 1024 * 1024) {
                    $partition | Add-PartitionAccessPath -AssignDriveLetter -ErrorAction SilentlyContinue
                    $wait = 60
                }
            }
        }
        $until = [DateTime]::Now.AddSeconds($wait)
        do {
            $found = @([IO.DriveInfo]::GetDrives() | Where-Object {
                $_.DriveType -eq 'Fixed' -and $_.Name -ne ($env:SystemDrive + '\') -and (Test-Path -LiteralPath ($_.Name + 'Windows\System32\config\SYSTEM'))
            } | ForEach-Object { $_.Name.TrimEnd('\') })
            if ($found.Count -gt 0) {
                break
            }
            Start-Sleep -Seconds 2
        } while ([DateTime]::Now -lt $until)
        if ($found.Count -eq 0) {
            foreach ($volume in @(Get-Volume | Where-Object { $_.DriveLetter -and $_.DriveType -eq 'Fixed' -and -not $_.FileSystem })) {
                Write-Output ('rdpfix: ' + $volume.DriveLetter + ': unreadable (BitLocker?): az vm repair create --unlock-encrypted-vm')
            }
            Write-Output 'rdpfix: STOPPED: no Windows disk found besides the system drive; nothing changed'
            $script:code = 2; return
        }
        if ($found.Count -gt 1) {
            Write-Output ('rdpfix: Windows\System32\config\SYSTEM found on:' + ' ' + ($found -join ' '))
            Write-Output 'rdpfix: STOPPED: more than one disk holds a Windows; nothing is changed.'
            $script:code = 2; return
        }
        $drive = $found[0]
        Write-Output ('rdpfix: the broken VM''s disk is' + ' ' + $drive)
        foreach ($name in @($system, $software)) {
            if (Test-Path -LiteralPath ('Registry::HKEY_LOCAL_MACHINE\' + $name)) {
                Write-Output ('rdpfix: to free it: reg unload HKLM\' + $name + '')
                Write-Output ('rdpfix: STOPPED: HKLM\' + $name + ' in use; nothing changed')
                $script:code = 2; return
            }
        }
        $kept = Join-Path $drive 'Windows\rdpfix'
        $records = @(Get-ChildItem -LiteralPath $kept -File -ErrorAction SilentlyContinue | Where-Object { $_.Name -like ($undo + '-*.rec') })
        $source = Join-Path $kept ($undo + '.cmd')
        if ($records.Count -eq 0 -or -not (Test-Path -LiteralPath $source)) {
            Write-Output 'rdpfix: STOPPED: no undo record in the disk''s Windows\rdpfix; nothing changed'
            $script:code = 1; return
        }
        if ((Get-Item -LiteralPath $source).Length -ne 6419) {
            Write-Output 'rdpfix: STOPPED: the disk''s undo file is not this fix''s; nothing changed'
            $script:code = 1; return
        }
        $folder = Join-Path $env:SystemRoot 'rdpfix'
        New-Item -ItemType Directory -Force -Path $folder | Out-Null
        Copy-Item -LiteralPath $source -Destination $folder -Force
        $records | Copy-Item -Destination $folder -Force
        $file = Join-Path $folder ($undo + '.cmd')
        & reg.exe load ('HKLM\' + $system) ($drive + '\Windows\System32\config\SYSTEM')
        if ($LASTEXITCODE -ne 0) {
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
            Write-Output 'rdpfix: STOPPED: cannot load the disk''s SYSTEM hive; nothing is changed.'
            $script:code = 2; return
        }
        & reg.exe load ('HKLM\' + $software) ($drive + '\Windows\System32\config\SOFTWARE')
        if ($LASTEXITCODE -ne 0) {
            & reg.exe unload ('HKLM\' + $system)
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
            Write-Output 'rdpfix: STOPPED: cannot load the disk''s SOFTWARE hive; nothing is changed.'
            $script:code = 2; return
        }
        $lines = @(& cmd.exe /d /c $file '2>&1')
        $batchCode = $LASTEXITCODE
        $lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0)) | Where-Object { $_ -ne 'rdpfix: next: unload hives, detach disk, swap it back, start VM.' }
        [GC]::Collect()
        [GC]::WaitForPendingFinalizers()
        $loaded = $false
        foreach ($name in @($software, $system)) {
            & reg.exe unload ('HKLM\' + $name)
            if ($LASTEXITCODE -ne 0) {
                Write-Output ('rdpfix: before the restore: reg unload HKLM\' + $name + '')
                $loaded = $true
            }
        }
        if ($loaded) {
            Write-Output 'rdpfix: FAILED: a hive of the disk is still loaded (see above).'
            $script:code = 1; return
        }
        if ($lines.Count -eq 0) {
            Write-Output 'rdpfix: FAILED: the batch printed nothing.'
            $script:code = 1; return
        }
        $last = $lines[-1]
        foreach ($record in $records) {
            if (-not (Test-Path -LiteralPath (Join-Path $folder $record.Name))) {
                Move-Item -LiteralPath $record.FullName -Destination ($record.FullName + '.done') -Force -ErrorAction SilentlyContinue
                if (Test-Path -LiteralPath $record.FullName) {
                    $last = 'rdpfix: FAILED: put back, but the disk''s record could not be retired'
                    $batchCode = 1
                }
            }
        }
        if ($batchCode -eq 0) {
            Write-Output 'rdpfix: next: az vm repair restore (puts the disk back), then try RDP.'
        }
        Write-Output $last
        $script:code = $batchCode
    } catch {
        'rdpfix: FAILED: ' + ($_.Exception.Message -replace '\s+', ' ')
        $script:code = 1; return
    }
} 2>&1 | ForEach-Object {
    if ($null -ne $held) {
        Out-RdpfixLog 'Output' $held
    }
    $held = [string] $_
}
if ($code -eq 0) {
    Out-RdpfixLog 'Output' $held
    '[STATUS]::SUCCESS'
} else {
    Out-RdpfixLog 'Error' $held
    '[STATUS]::ERROR'
}
exit $code
