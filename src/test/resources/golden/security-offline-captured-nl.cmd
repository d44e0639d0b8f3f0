@echo off
setlocal DisableDelayedExpansion
REM rdpfix beveiliging 031fba24: zet de beveiligingswaarden terug zoals vastgelegd voor de fix.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE.
REM Laad ze eerst (regedit, Bestand, Component laden) en verwijder ze daarna.
REM Hetzelfde script opnieuw: "http://localhost:8080/?channel=manual&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM niet geladen
fltmc >nul 2>&1 & if errorlevel 1 set R_X=niet verhoogd: open cmd als administrator
set R_W1=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
set R_W2=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
if defined R_X set R_W1=& set R_W2=
reg add "%R_W1%" /v SecurityLayer /t REG_DWORD /d 1 /f >nul 2>&1
reg delete "%R_W2%" /v SecurityLayer /f >nul 2>&1
reg delete "%R_W1%" /v MinEncryptionLevel /f >nul 2>&1
reg delete "%R_W2%" /v MinEncryptionLevel /f >nul 2>&1
set /a R_N=0,R_T=4 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
for %%e in (SecurityLayer.0x1) do @set R_#1#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
for %%e in (MinEncryptionLevel) do @set R_?1#%%e=1
set /a R_N+=1 >nul
for /f "tokens=1" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_?1#%%a (set R_#1#%%a.=1& set /a R_N-=1 >nul))
set R_R2=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
for %%e in (SecurityLayer MinEncryptionLevel) do @set R_?2#%%e=1
set /a R_N+=2 >nul
for /f "tokens=1" %%a in ('reg query "%R_R2%" 2^>nul') do (if defined R_?2#%%a (set R_#2#%%a.=1& set /a R_N-=1 >nul))
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: hives los, schijf los, terugzetten, VM starten.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
