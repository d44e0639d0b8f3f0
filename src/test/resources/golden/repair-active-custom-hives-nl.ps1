# rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
# az vm repair run --run-on-repair (draait als SYSTEM op de herstel-VM): zoekt de OS-schijf van de defecte VM,
# laadt de hives als HKLM\SYS_B en HKLM\SOFT-B, voert de batch hieronder uit met cmd.exe, verwijdert ze,
# en eindigt met het oordeel van de batch; de exitcode is niet 0 als er iets misging.
# Het undo-bestand dat de batch schrijft blijft op de herstel-VM, die het terugzetten verwijdert. Wegen terug: de
# oorspronkelijke OS-schijf van de VM (dit werkt op een kopie; wissel die terug), of een undo uit een vastlegging (rdpfix-pagina).
# De batch is, byte voor byte, wat de .cmd-download van deze link geeft.
# Hetzelfde script opnieuw: http://localhost:8080/?channel=repair&system=SYS_B&software=SOFT-B&current=yes&steps=keep-alive&lang=nl
$system = 'SYS_B'
$software = 'SOFT-B'
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
reg query "HKLM\SOFT-B\Policies\Microsoft" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\SOFT-B niet geladen
for /f "tokens=1,3" %%a in ('reg query "HKLM\SYS_B\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=kan Select waarde Current niet lezen
set R_D=%SystemRoot%\rdpfix
if exist "%R_D%\undo-7abbce3c.cmd" echo rdpfix: houdt het eerdere undo-bestand.& set R_D=%R_D%\scratch
md "%R_D%" 2>nul& pushd "%R_D%"
del /q 7abbce3c-* n.cmd 2>nul
>n.cmd echo @echo off
>>n.cmd echo cd /d "%%~dp0"^& set R_E=0^& for %%%%r in ^(reg.exe^) do set R_G=%%%%~$PATH:r
>>n.cmd echo call :%%1k 1 "HKLM\SYS_B\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" ^>nul 2^>^&1
>>n.cmd echo call :%%1k 2 "HKLM\SOFT-B\Policies\Microsoft\Windows NT" ^>nul 2^>^&1
>>n.cmd echo if "%%1"=="record" if %%R_E%%==0 ren n.cmd undo-7abbce3c.cmd^& exit /b 0
>>n.cmd echo if "%%1"=="record" exit /b 1
>>n.cmd echo if not %%R_E%%==0 echo rdpfix: MISLUKT: %%R_E%% van 2 sleutels niet teruggezet, ongewijzigd^& exit /b 1
>>n.cmd echo ren undo-7abbce3c.cmd done-undo-7abbce3c.cmd^& echo rdpfix: OK, 2 van 2 sleutels geheel teruggezet als voor herstel^& exit /b 0
>>n.cmd echo :recordk
>>n.cmd echo %%R_G%% export %%2 7abbce3c-%%1.reg /y^& if not errorlevel 1 exit /b
>>n.cmd echo %%R_G%% query %%2^& if not errorlevel 1 set /a R_E+=1
>>n.cmd echo ^>7abbce3c-%%1.reg echo REGEDIT4^& exit /b
>>n.cmd echo :k
>>n.cmd echo %%R_G%% export %%2 7abbce3c-%%1.now /y
>>n.cmd echo %%R_G%% delete %%2 /f
>>n.cmd echo %%R_G%% import 7abbce3c-%%1.reg^& if errorlevel 1 %%R_G%% import 7abbce3c-%%1.now^& set /a R_E+=1
for %%f in (n.cmd) do @set R_S=%%~zf
if not defined R_X if "%R_S%"=="886" call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-7abbce3c.cmd" set R_X=undo-vastlegging beschadigd, er is niets gewijzigd
set R_W1=HKLM\SYS_B\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_W1%" >nul 2>&1 & if errorlevel 1 set R_W1=
set R_W2=HKLM\SOFT-B\Policies\Microsoft\Windows NT\Terminal Services
if not exist "%SystemRoot%\rdpfix\undo-7abbce3c.cmd" if not defined R_X set R_X=het undo-bestand kon niet worden vastgelegd
if defined R_X set R_W1=& set R_W2=
if not defined R_X if not defined R_W1 echo rdpfix: ControlSet%R_CS% heeft geen RDP-Tcp-sleutel: overgeslagen.
@if defined R_W1 for %%d in (1) do @for %%e in (KeepAliveTimeout.1) do @if "%%~xe"==".%%d" reg add "%R_W1%" /v %%~ne /t REG_DWORD /d %%d /f>nul
for %%d in (1) do @for %%e in (KeepAliveEnable.1 KeepAliveInterval.1) do @if "%%~xe"==".%%d" reg add "%R_W2%" /v %%~ne /t REG_DWORD /d %%d /f>nul
set /a R_N=0,R_T=3 >nul
set R_R1=HKLM\SYS_B\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_R1%" >nul 2>&1 & if errorlevel 1 set R_R1=& set /a R_T-=1 >nul
for %%e in (KeepAliveTimeout.0x1) do @if defined R_R1 set R_#%%e=1
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1) do @set R_#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul ^& reg query "HKLM\SOFT-B\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#%%a.%%b set /a R_N+=1 >nul& set "R_#%%a.%%b=")
if %R_T% lss 3 if not defined R_X set R_X=geen RDP-Tcp-sleutel in de control sets
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: hives los, schijf loskoppelen, terugzetten, VM starten.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
'@
$found = @(Get-PSDrive -PSProvider FileSystem | Where-Object {
    $_.Root -ne ($env:SystemDrive + '\') -and (Test-Path -LiteralPath (Join-Path $_.Root 'Windows\System32\config\SYSTEM'))
})
if ($found.Count -eq 0) {
    Write-Output 'rdpfix: GESTOPT: geen Windows-schijf naast de systeemschijf; niets gewijzigd.'
    exit 2
}
if ($found.Count -gt 1) {
    Write-Output ('rdpfix: Windows\System32\config\SYSTEM gevonden op:' + ' ' + (($found | ForEach-Object { $_.Name + ':' }) -join ' '))
    Write-Output 'rdpfix: GESTOPT: meer dan een schijf bevat Windows; er wordt niets gewijzigd.'
    exit 2
}
$drive = $found[0].Name + ':'
Write-Output ('rdpfix: de schijf van de defecte VM is' + ' ' + $drive)
foreach ($name in @($system, $software)) {
    if (Test-Path -LiteralPath ('Registry::HKEY_LOCAL_MACHINE\' + $name)) {
        Write-Output ('rdpfix: vrijmaken: reg unload HKLM\' + $name + '')
        Write-Output ('rdpfix: GESTOPT: HKLM\' + $name + ' bezet; niets gewijzigd')
        exit 2
    }
}
$file = Join-Path $env:SystemRoot ('Temp\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')
try {
    [IO.File]::WriteAllText($file, ($batch -replace "`r?`n", "`r`n") + "`r`n", [Text.Encoding]::ASCII)
} catch {
    Write-Output 'rdpfix: GESTOPT: kan het batchbestand niet schrijven; er wordt niets gewijzigd.'
    exit 1
}
& reg.exe load ('HKLM\' + $system) ($drive + '\Windows\System32\config\SYSTEM')
if ($LASTEXITCODE -ne 0) {
    Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    Write-Output 'rdpfix: GESTOPT: kan de SYSTEM-hive van de schijf niet laden; niets gewijzigd.'
    exit 2
}
& reg.exe load ('HKLM\' + $software) ($drive + '\Windows\System32\config\SOFTWARE')
if ($LASTEXITCODE -ne 0) {
    & reg.exe unload ('HKLM\' + $system)
    Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    Write-Output 'rdpfix: GESTOPT: kan de SOFTWARE-hive van de schijf niet laden; niets gewijzigd.'
    exit 2
}
$lines = @(& cmd.exe /d /c $file)
$code = $LASTEXITCODE
Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
$lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0)) | Where-Object { $_ -ne 'rdpfix: hierna: hives los, schijf loskoppelen, terugzetten, VM starten.' }
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
    exit 1
}
if ($lines.Count -eq 0) {
    Write-Output 'rdpfix: MISLUKT: de batch gaf geen uitvoer.'
    exit 1
}
if ($code -eq 0) {
    Write-Output 'rdpfix: hierna: az vm repair restore (zet de herstelde schijf terug), dan RDP.'
}
Write-Output $lines[-1]
exit $code
