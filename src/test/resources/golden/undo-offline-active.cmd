@echo off
setlocal DisableDelayedExpansion
REM rdpfix undo 55348ba5: zet de vastgelegde waarden van voor het herstel terug.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE.
REM Laad ze eerst (regedit, Bestand, Component laden) en verwijder ze daarna.
REM Werkt op de control set die HKLM\BROKENSYSTEM\Select waarde Current aanwijst.
REM Hetzelfde script opnieuw: "http://localhost:8080/?channel=manual&current=yes&steps=keep-alive,idle-time&undo=off&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM niet geladen
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE niet geladen
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=kan Select waarde Current niet lezen
fltmc >nul 2>&1 & if errorlevel 1 set R_X=niet verhoogd: open cmd als administrator
set R_W1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
set R_W2=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if defined R_X set R_W1=& set R_W2=
for /f "tokens=1-3" %%a in ('reg query "%R_W1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_$1%%a=%%c"
for /f "tokens=1-3" %%a in ('reg query "%R_W2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_$2%%a=%%c"
if "%R_$1KeepAliveTimeout%"=="0x1" reg delete "%R_W1%" /v KeepAliveTimeout /f >nul 2>&1
if "%R_$2KeepAliveEnable%"=="0x1" reg delete "%R_W2%" /v KeepAliveEnable /f >nul 2>&1
if "%R_$2KeepAliveInterval%"=="0x1" reg delete "%R_W2%" /v KeepAliveInterval /f >nul 2>&1
if "%R_$1fInheritMaxIdleTime%"=="0x1" reg delete "%R_W1%" /v fInheritMaxIdleTime /f >nul 2>&1
if "%R_$1MaxIdleTime%"=="0x0" reg add "%R_W1%" /v MaxIdleTime /t REG_SZ /d " a & b ^ c | 50%% \\" /f >nul 2>&1
set R_Y=0
for /f "delims=" %%l in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if /i not "%%l"=="HKEY_LOCAL_MACHINE\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" set /a R_Y+=1 >nul
for /f "tokens=1-3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if "%%b%%c"=="REG_SZ" for /f "delims=()" %%x in ("%%a") do @if "(%%x)"=="%%a" set /a R_Y-=1 >nul
if not defined R_X reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if not errorlevel 1 if "%R_Y%"=="0" reg delete "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /f >nul 2>&1
set /a R_N=0,R_T=5 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
set R_#1#MaxIdleTime.REG_SZ=1
set R_G=& for /f "delims=" %%a in ('reg query "%R_R1%" /v MaxIdleTime 2^>nul') do @set "R_G=%%a"
set R_V=    MaxIdleTime    REG_SZ     a ^& b ^^ c ^| 50%% \.
cmd /d /v:on /c if "!R_V!"=="!R_G!." exit 3
if errorlevel 3 set /a R_N+=1 >nul& set "R_#1#MaxIdleTime.REG_SZ="
for %%e in (KeepAliveTimeout fInheritMaxIdleTime) do @set R_?1#%%e=1
set /a R_N+=2 >nul
for /f "tokens=1" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_?1#%%a (set R_#1#%%a.=1& set /a R_N-=1 >nul))
for %%e in (KeepAliveTimeout.0x1 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0) do @set R_!1#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_!1#%%a.%%b (set R_-1-%%a=1& set /a R_E+=1 >nul))
reg query "%R_R1%" >nul 2>&1 & if errorlevel 1 set /a R_E+=3,R_N-=2 >nul& set R_-1-RDPTcp=1
set R_R2=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
for %%e in (KeepAliveEnable KeepAliveInterval) do @set R_?2#%%e=1
set /a R_N+=2 >nul
for /f "tokens=1" %%a in ('reg query "%R_R2%" 2^>nul') do (if defined R_?2#%%a (set R_#2#%%a.=1& set /a R_N-=1 >nul))
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1) do @set R_!2#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R2%" 2^>nul') do (if defined R_!2#%%a.%%b (set R_-2-%%a=1& set /a R_E+=1 >nul))
set /a R_F=R_E,R_K=R_T-R_N-R_E >nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=-=" %%z in ^('set R_-'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
if not "%R_K%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_L=%%l"
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_K%"=="0" echo rdpfix: gewijzigd na het herstel, blijft zo: %R_L:~0,33%
if not "%R_K%"=="0" set R_V=OK, %R_N% van %R_T% als voor het herstel, %R_K% later gewijzigd gelaten
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: hives los, schijf los, terugzetten, VM starten.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
