@echo off
setlocal DisableDelayedExpansion
REM rdpfix undo 61fa4669: puts back the values captured before the fix.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM The same script again: "http://localhost:8080/?channel=manual&undo=off&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_W1=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
set R_W2=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
set R_W3=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if defined R_X set R_W1=& set R_W2=& set R_W3=
for /f "tokens=1-3" %%a in ('reg query "%R_W1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_$1%%a=%%c"
for /f "tokens=1-3" %%a in ('reg query "%R_W2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_$2%%a=%%c"
for /f "tokens=1-3" %%a in ('reg query "%R_W3%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_$3%%a=%%c"
if "%R_$1SecurityLayer%"=="0x0" reg add "%R_W1%" /v SecurityLayer /t REG_DWORD /d 2 /f >nul 2>&1
if "%R_$2SecurityLayer%"=="0x0" reg delete "%R_W2%" /v SecurityLayer /f >nul 2>&1
if "%R_$1MinEncryptionLevel%"=="0x1" reg delete "%R_W1%" /v MinEncryptionLevel /f >nul 2>&1
if "%R_$2MinEncryptionLevel%"=="0x1" reg delete "%R_W2%" /v MinEncryptionLevel /f >nul 2>&1
if "%R_$1fQueryUserConfigFromLocalMachine%"=="0x1" reg delete "%R_W1%" /v fQueryUserConfigFromLocalMachine /f >nul 2>&1
if "%R_$2fQueryUserConfigFromLocalMachine%"=="0x1" reg delete "%R_W2%" /v fQueryUserConfigFromLocalMachine /f >nul 2>&1
if "%R_$1KeepAliveTimeout%"=="0x1" reg delete "%R_W1%" /v KeepAliveTimeout /f >nul 2>&1
if "%R_$2KeepAliveTimeout%"=="0x1" reg delete "%R_W2%" /v KeepAliveTimeout /f >nul 2>&1
if "%R_$3KeepAliveEnable%"=="0x1" reg delete "%R_W3%" /v KeepAliveEnable /f >nul 2>&1
if "%R_$3KeepAliveInterval%"=="0x1" reg delete "%R_W3%" /v KeepAliveInterval /f >nul 2>&1
if "%R_$1fInheritReconnectSame%"=="0x0" reg delete "%R_W1%" /v fInheritReconnectSame /f >nul 2>&1
if "%R_$1fReconnectSame%"=="0x1" reg delete "%R_W1%" /v fReconnectSame /f >nul 2>&1
if "%R_$2fInheritReconnectSame%"=="0x0" reg delete "%R_W2%" /v fInheritReconnectSame /f >nul 2>&1
if "%R_$2fReconnectSame%"=="0x1" reg delete "%R_W2%" /v fReconnectSame /f >nul 2>&1
if "%R_$3fDisableAutoReconnect%"=="0x0" reg delete "%R_W3%" /v fDisableAutoReconnect /f >nul 2>&1
if "%R_$1fInheritMaxSessionTime%"=="0x1" reg delete "%R_W1%" /v fInheritMaxSessionTime /f >nul 2>&1
if "%R_$2fInheritMaxSessionTime%"=="0x1" reg delete "%R_W2%" /v fInheritMaxSessionTime /f >nul 2>&1
if "%R_$1fInheritMaxDisconnectionTime%"=="0x1" reg delete "%R_W1%" /v fInheritMaxDisconnectionTime /f >nul 2>&1
if "%R_$1MaxDisconnectionTime%"=="0x0" reg delete "%R_W1%" /v MaxDisconnectionTime /f >nul 2>&1
if "%R_$2fInheritMaxDisconnectionTime%"=="0x1" reg delete "%R_W2%" /v fInheritMaxDisconnectionTime /f >nul 2>&1
if "%R_$2MaxDisconnectionTime%"=="0x0" reg delete "%R_W2%" /v MaxDisconnectionTime /f >nul 2>&1
if "%R_$1MaxConnectionTime%"=="0x0" reg add "%R_W1%" /v MaxConnectionTime /t REG_EXPAND_SZ /d "%%SystemRoot%%\x y" /f >nul 2>&1
if "%R_$2MaxConnectionTime%"=="0x0" reg delete "%R_W2%" /v MaxConnectionTime /f >nul 2>&1
if "%R_$1fInheritMaxIdleTime%"=="0x1" reg delete "%R_W1%" /v fInheritMaxIdleTime /f >nul 2>&1
if "%R_$1MaxIdleTime%"=="0x0" reg add "%R_W1%" /v MaxIdleTime /t REG_SZ /d " a & b ^ c | 50%% \\" /f >nul 2>&1
if "%R_$2fInheritMaxIdleTime%"=="0x1" reg delete "%R_W2%" /v fInheritMaxIdleTime /f >nul 2>&1
if "%R_$2MaxIdleTime%"=="0x0" reg delete "%R_W2%" /v MaxIdleTime /f >nul 2>&1
if "%R_$1MaxInstanceCount%"=="0xffffffff" reg delete "%R_W1%" /v MaxInstanceCount /f >nul 2>&1
if "%R_$2MaxInstanceCount%"=="0xffffffff" reg delete "%R_W2%" /v MaxInstanceCount /f >nul 2>&1
set R_Y=0
for /f "delims=" %%l in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if /i not "%%l"=="HKEY_LOCAL_MACHINE\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" set /a R_Y+=1 >nul
for /f "tokens=1-3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if "%%b%%c"=="REG_SZ" for /f "delims=()" %%x in ("%%a") do @if "(%%x)"=="%%a" set /a R_Y-=1 >nul
if not defined R_X reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if not errorlevel 1 if "%R_Y%"=="0" reg delete "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /f >nul 2>&1
set /a R_N=0,R_T=29 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
for %%e in (SecurityLayer.0x2) do @set R_#1#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
set R_#1#MaxConnectionTime.REG_EXPAND_SZ=1
set R_G=& for /f "delims=" %%a in ('reg query "%R_R1%" /v MaxConnectionTime 2^>nul') do @set "R_G=%%a"
set R_V=    MaxConnectionTime    REG_EXPAND_SZ    %%SystemRoot%%\x y.
cmd /d /v:on /c if "!R_V!"=="!R_G!." exit 3
if errorlevel 3 set /a R_N+=1 >nul& set "R_#1#MaxConnectionTime.REG_EXPAND_SZ="
set R_#1#MaxIdleTime.REG_SZ=1
set R_G=& for /f "delims=" %%a in ('reg query "%R_R1%" /v MaxIdleTime 2^>nul') do @set "R_G=%%a"
set R_V=    MaxIdleTime    REG_SZ     a ^& b ^^ c ^| 50%% \.
cmd /d /v:on /c if "!R_V!"=="!R_G!." exit 3
if errorlevel 3 set /a R_N+=1 >nul& set "R_#1#MaxIdleTime.REG_SZ="
for %%e in (MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime fInheritMaxIdleTime MaxInstanceCount) do @set R_?1#%%e=1
set /a R_N+=10 >nul
for /f "tokens=1" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_?1#%%a (set R_#1#%%a.=1& set /a R_N-=1 >nul))
for %%e in (SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff) do @set R_!1#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_!1#%%a.%%b (set R_-1-%%a=1& set /a R_E+=1 >nul))
reg query "%R_R1%" >nul 2>&1 & if errorlevel 1 set /a R_E+=13,R_N-=10 >nul& set R_-1-RDPTcp=1
set R_R2=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
for %%e in (SecurityLayer MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime MaxConnectionTime fInheritMaxIdleTime MaxIdleTime MaxInstanceCount) do @set R_?2#%%e=1
set /a R_N+=13 >nul
for /f "tokens=1" %%a in ('reg query "%R_R2%" 2^>nul') do (if defined R_?2#%%a (set R_#2#%%a.=1& set /a R_N-=1 >nul))
for %%e in (SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff) do @set R_!2#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R2%" 2^>nul') do (if defined R_!2#%%a.%%b (set R_-2-%%a=1& set /a R_E+=1 >nul))
set R_R3=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
for %%e in (KeepAliveEnable KeepAliveInterval fDisableAutoReconnect) do @set R_?3#%%e=1
set /a R_N+=3 >nul
for /f "tokens=1" %%a in ('reg query "%R_R3%" 2^>nul') do (if defined R_?3#%%a (set R_#3#%%a.=1& set /a R_N-=1 >nul))
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1 fDisableAutoReconnect.0x0) do @set R_!3#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R3%" 2^>nul') do (if defined R_!3#%%a.%%b (set R_-3-%%a=1& set /a R_E+=1 >nul))
set /a R_F=R_E,R_K=R_T-R_N-R_E >nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=-=" %%z in ^('set R_-'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
if not "%R_K%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_L=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_K%"=="0" echo rdpfix: changed since the fix, left as it is: %R_L:~0,33%
if not "%R_K%"=="0" set R_V=OK, %R_N% of %R_T% as before the fix, %R_K% left as changed since
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: unload hives, detach disk, swap it back, start VM.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
