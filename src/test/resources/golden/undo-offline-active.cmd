@echo off
setlocal DisableDelayedExpansion
REM rdpfix undo 55348ba5: zet de vastgelegde waarden van voor het herstel terug.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE.
REM Laad ze eerst (regedit, Bestand, Component laden) en verwijder ze daarna.
REM Werkt op de control set die HKLM\BROKENSYSTEM\Select waarde Current aanwijst.
REM Hetzelfde script opnieuw: "http://localhost:8080/?mode=offline&current=yes&steps=keep-alive,idle-time&undo=off&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM niet geladen
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE niet geladen
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=kan Select waarde Current niet lezen
set R_W1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
set R_W2=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if defined R_X set R_W1=& set R_W2=
reg delete "%R_W1%" /v KeepAliveTimeout /f >nul 2>&1
reg delete "%R_W2%" /v KeepAliveEnable /f >nul 2>&1
reg delete "%R_W2%" /v KeepAliveInterval /f >nul 2>&1
reg delete "%R_W1%" /v fInheritMaxIdleTime /f >nul 2>&1
reg add "%R_W1%" /v MaxIdleTime /t REG_SZ /d " a & b ^ c | 50%% \\" /f >nul 2>&1
if not defined R_X reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if not errorlevel 1 reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /s 2>nul | %SystemRoot%\System32\find.exe "    " >nul & if errorlevel 1 reg delete "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /f >nul 2>&1
set /a R_N=0,R_T=5 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
for %%e in (MaxIdleTime.REG_SZ) do @set R_#1#%%e=1
for /f "tokens=1,2" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
for %%e in (KeepAliveTimeout fInheritMaxIdleTime) do (reg query "%R_R1%" /v %%e >nul 2>&1& if errorlevel 1 set /a R_N+=1 >nul)
for %%e in (KeepAliveTimeout fInheritMaxIdleTime) do (reg query "%R_R1%" /v %%e >nul 2>&1& if not errorlevel 1 set R_#1#%%e.=1)
set R_R2=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
for %%e in (KeepAliveEnable KeepAliveInterval) do (reg query "%R_R2%" /v %%e >nul 2>&1& if errorlevel 1 set /a R_N+=1 >nul)
for %%e in (KeepAliveEnable KeepAliveInterval) do (reg query "%R_R2%" /v %%e >nul 2>&1& if not errorlevel 1 set R_#2#%%e.=1)
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: hives los, schijf loskoppelen, terugzetten, VM starten.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
