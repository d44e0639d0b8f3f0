# rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
# Run Command (RunPowerShellScript, draait als SYSTEM op de VM): schrijft de batch hieronder naar een bestand,
# voert die uit met cmd.exe (fouten in de uitvoer) en stopt met zijn exitcode; de laatste regel is het oordeel.
# De batch is, byte voor byte, wat de .cmd-download van deze link geeft.
# Hetzelfde script opnieuw: http://localhost:8080/?channel=runcommand&dword=hex&steps=keep-alive,idle-time&undo=off&lang=nl
$batch = @'
@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
REM Online: plak in het cmd-kanaal van de seriele console (cmd, ch -si 1, aanmelden als beheerder).
REM Zet 5 REG_DWORD-waarden onder:
REM   HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM 1. Keep-alive (KeepAliveTimeout=0x1 KeepAliveEnable=0x1 KeepAliveInterval=0x1)
REM 2. Limiet inactieve sessie (fInheritMaxIdleTime=0x1 MaxIdleTime=0x0)
REM Hetzelfde script opnieuw: "http://localhost:8080/?channel=runcommand&dword=hex&steps=keep-alive,idle-time&undo=off&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
fltmc >nul 2>&1 & if errorlevel 1 set R_X=niet verhoogd: open cmd als administrator
set R_K=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
if not defined R_X (
reg add "%R_K%" /v KeepAliveTimeout /t REG_DWORD /d 0x1 /f >nul
reg add "%R_K%" /v fInheritMaxIdleTime /t REG_DWORD /d 0x1 /f >nul
reg add "%R_K%" /v MaxIdleTime /t REG_DWORD /d 0x0 /f >nul
)
set R_K=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not defined R_X (
reg add "%R_K%" /v KeepAliveEnable /t REG_DWORD /d 0x1 /f >nul
reg add "%R_K%" /v KeepAliveInterval /t REG_DWORD /d 0x1 /f >nul
)
set /a R_N=0,R_T=5 >nul
for %%e in (KeepAliveTimeout.0x1 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0) do @for %%f in (R_#1#%%e R_@%%~ne) do @set %%f=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp"') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1) do @set R_#2#%%e=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#2#%%a.%%b set /a R_N+=1 >nul& set "R_#2#%%a.%%b=")
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_O=%%l"
if not "%R_P%"=="0" echo rdpfix: overschreven door beleid: %R_O:~0,44%
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: shutdown /r /t 0, dan RDP.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
'@
$code = 1
& {
    try {
        $file = Join-Path $env:SystemRoot ('Temp\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')
        try {
            [IO.File]::WriteAllText($file, ($batch -replace "`r?`n", "`r`n") + "`r`n", [Text.Encoding]::ASCII)
        } catch {
            Write-Output 'rdpfix: GESTOPT: kan het batchbestand niet schrijven; er wordt niets gewijzigd.'
            $script:code = 1; return
        }
        & cmd.exe /d /c $file '2>&1'
        $script:code = $LASTEXITCODE
        Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    } catch {
        'rdpfix: MISLUKT: ' + ($_.Exception.Message -replace '\s+', ' ')
        $script:code = 1; return
    }
} 2>&1
exit $code
