# rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
# az vm repair run --run-on-repair (draait als SYSTEM op de herstel-VM): zoekt de OS-schijf van de defecte VM,
# laadt de hives als HKLM\SYS_B en HKLM\SOFT-B, voert de batch hieronder uit met cmd.exe, verwijdert ze,
# en eindigt met het oordeel van de batch, elke regel in het logformaat van az vm repair, [STATUS]::SUCCESS alleen na OK.
# Het undo-bestand dat de batch vastlegt, met zijn record, blijft op de schijf in Windows\rdpfix (het terugzetten
# verwijdert de herstel-VM): rdpfix-recorded-undo-repair.ps1 voert het uit op een tweede herstel-VM. De oorspronkelijke OS-schijf blijft ook.
# De batch is, byte voor byte, wat de .cmd-download van deze link geeft.
# Hetzelfde script opnieuw: http://localhost:8080/?channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl
$system = 'SYS_B'
$software = 'SOFT-B'
$undo = 'undo-7abbce3c'
$batch = @'
@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\SYS_B en HKLM\SOFT-B.
REM Laad ze eerst (regedit, Bestand, Component laden) en verwijder ze daarna.
REM Werkt op de control set die HKLM\SYS_B\Select waarde Current aanwijst.
REM Zet 3 REG_DWORD-waarden onder:
REM   HKLM\SYS_B\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\SOFT-B\Policies\Microsoft\Windows NT\Terminal Services
REM 1. Keep-alive (KeepAliveTimeout=1 KeepAliveEnable=1 KeepAliveInterval=1)
REM Legt eerst de huidige waarden vast in %SystemRoot%\rdpfix\undo-7abbce3c.cmd (een bestaand bestand blijft staan).
REM Hetzelfde script opnieuw: "http://localhost:8080/?channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\SYS_B\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\SYS_B niet geladen
reg query "HKLM\SOFT-B\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\SOFT-B niet geladen
for /f "tokens=1,3" %%a in ('reg query "HKLM\SYS_B\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=kan Select waarde Current niet lezen
fltmc >nul 2>&1 & if errorlevel 1 set R_X=niet verhoogd: open cmd als administrator
for /f "tokens=1,2,*" %%a in ('reg query "HKLM\SYS_B\ControlSet%R_CS%\Control\ComputerName\ComputerName" /v ComputerName 2^>nul') do @if /i "%%a"=="ComputerName" echo rdpfix: schijf %%c, actief ControlSet%R_CS%
for /f "tokens=2,*" %%a in ('reg query "HKLM\SOFT-B\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^>nul') do @if "%%a"=="REG_SZ" echo rdpfix: %%b
for %%e in (KeepAliveTimeout) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\SOFT-B\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_O=%%l"
if not "%R_P%"=="0" echo rdpfix: overschreven door beleid: %R_O:~0,44%
md "%SystemRoot%\rdpfix" 2>nul& pushd "%SystemRoot%\rdpfix"
>n echo @echo off
>>n echo setlocal DisableDelayedExpansion
>>n echo cd /d "%%~dp0"^& set R_G=%%~dp0..\System32\reg.exe^& set R_A=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_^& set /a R_E=0,R_N=0,R_T=0,R_K=0^& for %%%%v in ^(B L U H I P^) do set R_%%%%v=
>>n echo if not exist "%%R_G%%" echo rdpfix: MISLUKT: geen System32\reg.exe naast deze map; niets gewijzigd^& exit /b 1
>>n echo for /f "tokens=1,3" %%%%a in ^('%%R_G%% query "HKLM\SYS_B\Select" /v Current 2^^^>nul'^) do if /i "%%%%a"=="Current" set /a R_C=1000+%%%%b
>>n echo for /f "tokens=1,2,*" %%%%a in ^('%%R_G%% query "HKLM\SYS_B\ControlSet%%R_C:~1%%\Control\ComputerName\ComputerName" /v ComputerName 2^^^>nul'^) do if /i "%%%%a"=="ComputerName" set "R_I=%%%%c"
>>n echo for /f "delims=%%R_A%%" %%%%a in ^("%%R_I%%"^) do set R_I=
>>n echo for /f "tokens=2,*" %%%%a in ^('%%R_G%% query "HKLM\SOFT-B\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^^^>nul'^) do if "%%%%a"=="REG_SZ" set "R_P=%%%%b"
>>n echo for /f "delims=%%R_A%%. " %%%%a in ^("%%R_P%%"^) do set R_P=?
>>n echo if not defined R_I echo rdpfix: MISLUKT: kan ComputerName van deze machine niet lezen; niets gewijzigd^& exit /b 1
>>n echo set R_M=%%1^& set R_O=undo-7abbce3c-%%R_I%%.rec^& set R_Q=undo-7abbce3c-%%R_I%%.now
>>n echo if "%%1"=="record" goto r
>>n echo if not exist %%R_O%% for %%%%f in ^(undo-7abbce3c-*.rec^) do echo rdpfix: niet van deze machine, niet gebruikt: %%%%f
>>n echo if not exist %%R_O%% echo rdpfix: MISLUKT: geen vastlegging van %%R_I:~0,15%% hier; niets gewijzigd^& exit /b 1
>>n echo echo rdpfix: undo op %%R_I:~0,15%% ^^^(%%R_P:~0,40%%^^^)
>>n echo :p
>>n echo set "R_J=KeepAliveTimeout.0x1"^& set R_W=HKLM\SYS_B\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp^& call :key^& call :vals 1
>>n echo set "R_J=KeepAliveEnable.0x1 KeepAliveInterval.0x1"^& set R_W=HKLM\SOFT-B\Policies\Microsoft\Windows NT\Terminal Services^& call :key "HKLM\SOFT-B\Policies\Microsoft\Windows NT" "HKLM\SOFT-B\Policies\Microsoft"^& call :vals 2
>>n echo if "%%R_M%%"=="record" set R_W=HKLM\SOFT-B\Policies\Microsoft\Windows NT^& call :key "HKLM\SOFT-B\Policies\Microsoft"
>>n echo if "%%R_M%%"=="record" del %%R_Q%% 2^>nul^& goto c
>>n echo for /f "tokens=1,*" %%%%a in ^(%%R_O%%^) do if "%%%%a"=="C" call :drop "%%%%b"
>>n echo del %%R_Q%% 2^>nul
>>n echo if defined R_L echo rdpfix: gewijzigd na het herstel, blijft zo:%%R_L:~0,34%%
>>n echo if defined R_H echo rdpfix: was geen DWORD; met de hand uit undo-*.reg:%%R_H:~0,28%%
>>n echo if not %%R_E%%==0 echo rdpfix: MISLUKT, deels terug; %%R_E%% van %%R_T%% niet:%%R_U:~0,30%%^& exit /b 1
>>n echo move /y %%R_O%% %%R_O%%.done ^>nul 2^>^&1
>>n echo if exist %%R_O%% echo rdpfix: MISLUKT: teruggezet, maar de vastlegging kon niet weg^& exit /b 1
>>n echo set R_V=OK, %%R_N%% van %%R_T%% waarden als voor het herstel
>>n echo if not %%R_K%%==0 set R_V=OK, %%R_N%% van %%R_T%% als voor het herstel, %%R_K%% later gewijzigd gelaten
>>n echo echo rdpfix: hierna: hives los, schijf los, terugzetten, VM starten.
>>n echo echo rdpfix: %%R_V%%^& exit /b 0
>>n echo :r
>>n echo if exist 7abbce3c-1.reg if not exist old-undo-7abbce3c.cmd move /y undo-7abbce3c.cmd old-undo-7abbce3c.cmd ^>nul
>>n echo if exist %%R_O%% goto k
>>n echo ^>%%R_O%% echo I %%R_I%%^& ^>^>%%R_O%% echo P %%R_P%%^& goto p
>>n echo :c
>>n echo if not %%R_E%%==0 del %%R_O%%^& echo rdpfix: MISLUKT: onleesbaar:%%R_U:~0,30%%; geen undo^& exit /b 1
>>n echo move /y "%%~nx0" undo-7abbce3c.cmd ^>nul^& exit /b 0
>>n echo :k
>>n echo echo rdpfix: houdt het eerdere undo-bestand.
>>n echo move /y "%%~nx0" undo-7abbce3c.cmd ^>nul^& exit /b 0
>>n echo :key
>>n echo set "R_Y=%%R_W%%"^& set R_Z=ok^& %%R_G%% query "%%R_W%%" ^>%%R_Q%% 2^>nul^& if not errorlevel 1 exit /b
>>n echo set R_Z=K^& if "%%~1"=="" exit /b
>>n echo set R_Z=?
>>n echo :up
>>n echo if "%%~1"=="" exit /b
>>n echo %%R_G%% query %%1 ^>nul 2^>^&1^& if errorlevel 1 set "R_Y=%%~1"^& shift^& goto up
>>n echo set R_Z=K^& for /f "delims=" %%%%l in ^('%%R_G%% query %%1 2^^^>nul'^) do if /i "%%%%l"=="%%R_Y:HKLM\=HKEY_LOCAL_MACHINE\%%" set R_Z=?
>>n echo if "%%R_M%%"=="record" if "%%R_Z%%"=="K" ^>^>%%R_O%% echo C %%R_W%%
>>n echo exit /b
>>n echo :vals
>>n echo if "%%R_M%%"=="record" goto rv
>>n echo set R_B=1
>>n echo for %%%%v in ^(%%R_J%%^) do call :u %%1 %%%%v
>>n echo set R_B=^& if not "%%R_Z%%"=="ok" goto cv
>>n echo %%R_G%% query "%%R_W%%" ^>%%R_Q%% 2^>nul^& if errorlevel 1 set R_Z=?
>>n echo :cv
>>n echo for %%%%v in ^(%%R_J%%^) do call :u %%1 %%%%v
>>n echo exit /b
>>n echo :rv
>>n echo if not "%%R_Z%%"=="ok" goto rw
>>n echo %%R_G%% export "%%R_W%%" undo-7abbce3c-%%R_I%%.%%1.reg /y ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%1.reg"^& set /a R_E+=1
>>n echo :rw
>>n echo for %%%%v in ^(%%R_J%%^) do call :v %%1 %%%%v
>>n echo exit /b
>>n echo :read
>>n echo set "R_S=- -"^& if "%%R_Z%%"=="K" exit /b
>>n echo set "R_S=? -"^& if "%%R_Z%%"=="?" exit /b
>>n echo set "R_S=- -"^& for /f "tokens=1,2" %%%%a in ^(%%R_Q%%^) do if /i "%%%%a"=="%%1" set "R_S=%%%%b -"
>>n echo if "%%R_S%%"=="REG_DWORD -" for /f "tokens=1,3" %%%%a in ^(%%R_Q%%^) do if /i "%%%%a"=="%%1" set "R_S=REG_DWORD %%%%b"
>>n echo exit /b
>>n echo :v
>>n echo set /a R_T+=1^& call :read %%~n2
>>n echo ^>^>%%R_O%% echo V %%1 %%~n2 %%R_S%%
>>n echo if "%%R_S%%"=="? -" set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1
>>n echo exit /b
>>n echo :u
>>n echo set R_F=%%~x2^& call :read %%~n2^& call :rec %%1 %%~n2
>>n echo if not defined R_B goto ck
>>n echo if "%%R_S%%"=="%%R_R%%" exit /b
>>n echo if not "%%R_S%%"=="REG_DWORD %%R_F:~1%%" exit /b
>>n echo if "%%R_R%%"=="- -" %%R_G%% delete "%%R_W%%" /v %%~n2 /f ^>nul 2^>^&1^& exit /b
>>n echo if "%%R_R:~0,10%%"=="REG_DWORD " %%R_G%% add "%%R_W%%" /v %%~n2 /t REG_DWORD /d %%R_R:~10%% /f ^>nul 2^>^&1
>>n echo exit /b
>>n echo :ck
>>n echo set /a R_T+=1^& if "%%R_R%%"=="?" goto no
>>n echo if "%%R_S%%"=="%%R_R%%" set /a R_N+=1^& exit /b
>>n echo if "%%R_S%%"=="? -" goto no
>>n echo if not "%%R_S%%"=="REG_DWORD %%R_F:~1%%" set "R_L=%%R_L%% %%~n2"^& set /a R_K+=1^& exit /b
>>n echo if not "%%R_R%%"=="- -" if not "%%R_R:~0,10%%"=="REG_DWORD " set "R_H=%%R_H%% %%~n2"
>>n echo :no
>>n echo set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1^& exit /b
>>n echo :rec
>>n echo set R_R=?^& for /f "tokens=1-5" %%%%a in ^(%%R_O%%^) do if "%%%%a %%%%b %%%%c"=="V %%1 %%2" set "R_R=%%%%d %%%%e"
>>n echo exit /b
>>n echo :drop
>>n echo %%R_G%% query %%1 ^>%%R_Q%% 2^>nul^& if errorlevel 1 exit /b
>>n echo set R_Y=0^& set "R_W=%%~1"
>>n echo for /f "delims=" %%%%l in ^(%%R_Q%%^) do if /i not "%%%%l"=="%%R_W:HKLM\=HKEY_LOCAL_MACHINE\%%" set /a R_Y+=1
>>n echo for /f "tokens=1-3" %%%%a in ^(%%R_Q%%^) do if "%%%%b%%%%c"=="REG_SZ" for /f "delims=()" %%%%x in ^("%%%%a"^) do if "(%%%%x)"=="%%%%a" set /a R_Y-=1
>>n echo if not %%R_Y%%==0 exit /b
>>n echo %%R_G%% delete %%1 /f ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%~nx1"^& set /a R_E+=1
>>n echo exit /b
popd
pushd "%SystemRoot%\rdpfix"
for %%f in (n) do @set R_S=%%~zf
del n.cmd 2>nul
if not defined R_X if "%R_S%"=="5608" ren n n.cmd
if exist n.cmd call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-7abbce3c.cmd" set R_X=undo-vastlegging beschadigd, er is niets gewijzigd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-7abbce3c-*.rec" set R_X=undo-vastlegging beschadigd, er is niets gewijzigd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-7abbce3c.cmd" set R_X=het undo-bestand kon niet worden vastgelegd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-7abbce3c-*.rec" set R_X=het undo-bestand kon niet worden vastgelegd
set R_K=HKLM\SYS_B\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet%R_CS% heeft geen RDP-Tcp-sleutel: overgeslagen.
if not defined R_X if defined R_K (
reg add "%R_K%" /v KeepAliveTimeout /t REG_DWORD /d 1 /f >nul
)
set R_K=HKLM\SOFT-B\Policies\Microsoft\Windows NT\Terminal Services
if not defined R_X (
reg add "%R_K%" /v KeepAliveEnable /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v KeepAliveInterval /t REG_DWORD /d 1 /f >nul
)
set /a R_N=0,R_T=3 >nul
set R_R1=HKLM\SYS_B\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_R1%" >nul 2>&1 & if errorlevel 1 set R_R1=& if not defined R_X set R_X=geen RDP-Tcp-sleutel in de control sets
for %%e in (KeepAliveTimeout.0x1) do @set R_#1#%%e=1
if defined R_R1 for /f "tokens=1,3" %%a in ('reg query "%R_R1%"') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1) do @set R_#2#%%e=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\SOFT-B\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#2#%%a.%%b set /a R_N+=1 >nul& set "R_#2#%%a.%%b=")
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: hives los, schijf los, terugzetten, VM starten.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
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
        foreach ($hive in @('SYSTEM', 'SOFTWARE')) {
            $copy = $drive + '\rdpfix\' + $hive
            if (-not (Test-Path -LiteralPath $copy)) {
                try {
                    New-Item -ItemType Directory -Force -Path ($drive + '\rdpfix') -ErrorAction Stop | Out-Null
                    Copy-Item -LiteralPath ($drive + '\Windows\System32\config\' + $hive) -Destination $copy -ErrorAction Stop
                } catch {
                    Write-Output ('rdpfix: GESTOPT: hive ' + $hive + ' niet op de schijf gekopieerd; niets gedaan.')
                    $script:code = 2; return
                }
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
        $kept = Join-Path $drive 'Windows\rdpfix'
        $made = Join-Path $env:SystemRoot 'rdpfix'
        try {
            foreach ($record in @(Get-ChildItem -LiteralPath $made -File -ErrorAction SilentlyContinue | Where-Object { $_.Name -like ($undo + '-*.rec') })) {
                if (Test-Path -LiteralPath (Join-Path $kept $record.Name)) {
                    Write-Output 'rdpfix: de schijf houdt zijn eerdere undo-record (Windows\rdpfix)'
                    continue
                }
                New-Item -ItemType Directory -Force -Path $kept -ErrorAction Stop | Out-Null
                Copy-Item -LiteralPath (Join-Path $made ($undo + '.cmd')) -Destination $kept -Force -ErrorAction Stop
                Get-ChildItem -LiteralPath $made -File | Where-Object { $_.Name -like ($record.BaseName + '.*') } | Copy-Item -Destination $kept -Force -ErrorAction Stop
                Write-Output 'rdpfix: het undo-record staat op de schijf, in Windows\rdpfix'
            }
        } catch {
            $last = 'rdpfix: MISLUKT: hersteld, maar het undo-record staat niet op de schijf; opnieuw'
            $batchCode = 1
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
