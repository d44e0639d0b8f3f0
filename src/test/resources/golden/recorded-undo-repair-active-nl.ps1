# rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
# az vm repair run --run-on-repair (draait als SYSTEM op de herstel-VM): zoekt de OS-schijf van de defecte VM,
# laadt de hives als HKLM\SYS_B en HKLM\SOFT-B, voert het undo-bestand op de schijf uit met cmd.exe, verwijdert ze,
# en eindigt met het oordeel van de batch, elke regel in het logformaat van az vm repair, [STATUS]::SUCCESS alleen na OK.
# Het voert het undo-bestand uit dat de fix op de schijf bewaarde, alleen met de grootte waarmee de fix het schreef.
# Hetzelfde script opnieuw: http://localhost:8080/?channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl
$system = 'SYS_B'
$software = 'SOFT-B'
$undo = 'undo-7abbce3c'
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
                Write-Output ('rdpfix: schijf ' + $disk.Number + ' blijft offline of alleen-lezen; niet gebruikt')
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
                Write-Output ('rdpfix: ' + $volume.DriveLetter + ': onleesbaar (BitLocker?): az vm repair create --unlock-encrypted-vm')
            }
            Write-Output 'rdpfix: GESTOPT: geen Windows-schijf naast de systeemschijf; niets gewijzigd.'
            $script:code = 2; return
        }
        if ($found.Count -gt 1) {
            Write-Output ('rdpfix: Windows\System32\config\SYSTEM gevonden op:' + ' ' + ($found -join ' '))
            Write-Output 'rdpfix: GESTOPT: meer dan een schijf bevat Windows; er wordt niets gewijzigd.'
            $script:code = 2; return
        }
        $drive = $found[0]
        Write-Output ('rdpfix: de schijf van de defecte VM is' + ' ' + $drive)
        foreach ($name in @($system, $software)) {
            if (Test-Path -LiteralPath ('Registry::HKEY_LOCAL_MACHINE\' + $name)) {
                Write-Output ('rdpfix: vrijmaken: reg unload HKLM\' + $name + '')
                Write-Output ('rdpfix: GESTOPT: HKLM\' + $name + ' bezet; niets gewijzigd')
                $script:code = 2; return
            }
        }
        $kept = Join-Path $drive 'Windows\rdpfix'
        $records = @(Get-ChildItem -LiteralPath $kept -File -ErrorAction SilentlyContinue | Where-Object { $_.Name -like ($undo + '-*.rec') })
        $source = Join-Path $kept ($undo + '.cmd')
        if ($records.Count -eq 0 -or -not (Test-Path -LiteralPath $source)) {
            Write-Output 'rdpfix: GESTOPT: geen undo-record in Windows\rdpfix op de schijf; niets gedaan'
            $script:code = 1; return
        }
        if ((Get-Item -LiteralPath $source).Length -ne 5608) {
            Write-Output 'rdpfix: GESTOPT: undo-bestand op de schijf niet van deze fix; niets gewijzigd'
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
            Write-Output 'rdpfix: GESTOPT: kan de SYSTEM-hive van de schijf niet laden; niets gewijzigd.'
            $script:code = 2; return
        }
        & reg.exe load ('HKLM\' + $software) ($drive + '\Windows\System32\config\SOFTWARE')
        if ($LASTEXITCODE -ne 0) {
            & reg.exe unload ('HKLM\' + $system)
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
            Write-Output 'rdpfix: GESTOPT: kan de SOFTWARE-hive van de schijf niet laden; niets gewijzigd.'
            $script:code = 2; return
        }
        $lines = @(& cmd.exe /d /c $file '2>&1')
        $batchCode = $LASTEXITCODE
        $lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0)) | Where-Object { $_ -ne 'rdpfix: hierna: hives los, schijf los, terugzetten, VM starten.' }
        [GC]::Collect()
        [GC]::WaitForPendingFinalizers()
        $loaded = $false
        foreach ($name in @($software, $system)) {
            & reg.exe unload ('HKLM\' + $name)
            if ($LASTEXITCODE -ne 0) {
                Write-Output ('rdpfix: voor het terugzetten: reg unload HKLM\' + $name + '')
                $loaded = $true
            }
        }
        if ($loaded) {
            Write-Output 'rdpfix: MISLUKT: een hive van de schijf is nog geladen (zie hierboven).'
            $script:code = 1; return
        }
        if ($lines.Count -eq 0) {
            Write-Output 'rdpfix: MISLUKT: de batch gaf geen uitvoer.'
            $script:code = 1; return
        }
        $last = $lines[-1]
        foreach ($record in $records) {
            if (-not (Test-Path -LiteralPath (Join-Path $folder $record.Name))) {
                Move-Item -LiteralPath $record.FullName -Destination ($record.FullName + '.done') -Force -ErrorAction SilentlyContinue
                if (Test-Path -LiteralPath $record.FullName) {
                    $last = 'rdpfix: MISLUKT: teruggezet, maar het record op de schijf niet afgesloten'
                    $batchCode = 1
                }
            }
        }
        if ($batchCode -eq 0) {
            Write-Output 'rdpfix: hierna: az vm repair restore (zet de schijf terug), dan RDP.'
        }
        Write-Output $last
        $script:code = $batchCode
    } catch {
        'rdpfix: MISLUKT: ' + ($_.Exception.Message -replace '\s+', ' ')
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
