# rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
# az vm repair run --run-on-repair (draait als SYSTEM op de herstel-VM): zoekt de OS-schijf van de defecte VM,
# laadt de hives als HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE, voert de batch hieronder uit met cmd.exe, verwijdert ze,
# en eindigt met het oordeel van de batch, elke regel in het logformaat van az vm repair, [STATUS]::SUCCESS alleen na OK.
# De vastlegging leest alleen de waarden die de fix zou wijzigen; kopieer de hele uitvoer naar de rdpfix-pagina.
# De batch is, byte voor byte, wat de vastleg-.cmd-download van deze link geeft.
# Hetzelfde script opnieuw: http://localhost:8080/?channel=repair&current=yes&lang=nl
$system = 'BROKENSYSTEM'
$software = 'BROKENSOFTWARE'
$batch = @'
@echo off
setlocal DisableDelayedExpansion
REM rdpfix capture 97964a52: toont de huidige waarden en wijzigt niets.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE.
REM Laad ze eerst (regedit, Bestand, Component laden) en verwijder ze daarna.
REM Werkt op de control set die HKLM\BROKENSYSTEM\Select waarde Current aanwijst.
REM Kopieer al zijn uitvoer naar het undo-vak van rdpfix.
REM Hetzelfde script opnieuw: "http://localhost:8080/?channel=repair&current=yes&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM niet geladen
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE niet geladen
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=kan Select waarde Current niet lezen
fltmc >nul 2>&1 & if errorlevel 1 set R_X=niet verhoogd: open cmd als administrator
set R_O="%SystemRoot%\Temp\rdpfix-97964a52.txt"
>%R_O% echo #rdpfix begi^n 97964a52 16 2
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 (set R_H01=absent) else set R_H01=present
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 (set R_H02=absent) else set R_H02=present
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if errorlevel 1 (set R_K01=absent) else set R_K01=present
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" >nul 2>&1 & if errorlevel 1 (set R_K02=absent) else set R_K02=present
reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (set R_L01=absent) else set R_L01=present
>>%R_O% echo #H0^1 %R_H01% #H0^2 %R_H02% #K0^1 %R_K01% #K0^2 %R_K02% #L0^1 %R_L01%
set R_P1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (SecurityLayer MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V0^1 %R_D1#SecurityLayer% #V0^2 %R_D1#MinEncryptionLevel% #V0^3 %R_D1#fQueryUserConfigFromLocalMachine% #V0^4 %R_D1#KeepAliveTimeout% #V0^7 %R_D1#fInheritReconnectSame%
>>%R_O% echo #V0^8 %R_D1#fReconnectSame%
set R_P1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime MaxConnectionTime fInheritMaxIdleTime MaxIdleTime MaxInstanceCount) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V1^0 %R_D1#fInheritMaxSessionTime% #V1^1 %R_D1#fInheritMaxDisconnectionTime% #V1^2 %R_D1#MaxDisconnectionTime% #V1^3 %R_D1#MaxConnectionTime% #V1^4 %R_D1#fInheritMaxIdleTime%
>>%R_O% echo #V1^5 %R_D1#MaxIdleTime% #V1^6 %R_D1#MaxInstanceCount%
set R_P2=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
for %%n in (KeepAliveEnable KeepAliveInterval fDisableAutoReconnect) do (set R_W2#%%n=1& set R_D2#%%n=line& reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v %%n >nul 2>&1& if errorlevel 1 set R_D2#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D2#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W2#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P2%" 2^>nul') do @if defined R_W2#%%a >>%R_O% echo #P^2 %%a [%%b]
>>%R_O% echo #V0^5 %R_D2#KeepAliveEnable% #V0^6 %R_D2#KeepAliveInterval% #V0^9 %R_D2#fDisableAutoReconnect%
for %%e in (SecurityLayer MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime MaxConnectionTime fInheritMaxIdleTime MaxIdleTime MaxInstanceCount) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_Q=%%l"
if not "%R_P%"=="0" >>%R_O% echo rdpfix: overschreven door beleid: %R_Q:~0,44%
if defined R_CS >>%R_O% echo #rdpfix en^d 97964a52 16 2
if defined R_X >>%R_O% echo rdpfix: MISLUKT: %R_X%
if not defined R_X >>%R_O% echo rdpfix: capture 97964a52 compleet. Kopieer alles naar rdpfix.
type %R_O%
if defined R_X exit /b 1
exit /b 0
'@
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
        $file = Join-Path $env:SystemRoot ('Temp\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')
        try {
            [IO.File]::WriteAllText($file, ($batch -replace "`r?`n", "`r`n") + "`r`n", [Text.Encoding]::ASCII)
        } catch {
            Write-Output 'rdpfix: GESTOPT: kan het batchbestand niet schrijven; er wordt niets gewijzigd.'
            $script:code = 1; return
        }
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
        Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
        $lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0))
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
