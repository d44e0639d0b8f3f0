@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Sets 29 REG_DWORD values under:
REM   HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM 1. RDP security layer: native RDP encryption (SecurityLayer=0)
REM    WARNING: Weakens security: drops TLS server authentication. Set it back after the fix.
REM 2. Minimum encryption level: low (MinEncryptionLevel=1)
REM    WARNING: Weakens security: allows low encryption. Set it back after the fix.
REM 3. User configuration from the local machine (fQueryUserConfigFromLocalMachine=1)
REM 4. Keep-alive (KeepAliveTimeout=1 KeepAliveEnable=1 KeepAliveInterval=1)
REM 5. Reconnect (fInheritReconnectSame=0 fReconnectSame=1 fDisableAutoReconnect=0)
REM 6. Session time limit (fInheritMaxSessionTime=1)
REM 7. Disconnection time limit (fInheritMaxDisconnectionTime=1 MaxDisconnectionTime=0)
REM 8. Connection time limit (MaxConnectionTime=0)
REM 9. Idle time limit (fInheritMaxIdleTime=1 MaxIdleTime=0)
REM 10. Maximum connections: unlimited (MaxInstanceCount=4294967295)
REM The same script again: "http://localhost:8080/?channel=manual&undo=off&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_C=1000+%%b >nul 2>&1
if defined R_C set R_C=%R_C:~1%
for /f "tokens=1,2,*" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%R_C%\Control\ComputerName\ComputerName" /v ComputerName 2^>nul') do @if /i "%%a"=="ComputerName" echo rdpfix: disk %%c, active ControlSet%R_C%
for /f "tokens=2,*" %%a in ('reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^>nul') do @if "%%a"=="REG_SZ" echo rdpfix: %%b
if defined R_C if not "%R_C%"=="001" if not "%R_C%"=="002" echo rdpfix: note: Windows boots ControlSet%R_C%, not among the sets chosen
for %%e in (SecurityLayer MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime MaxConnectionTime fInheritMaxIdleTime MaxIdleTime MaxInstanceCount) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_O=%%l"
if not "%R_P%"=="0" echo rdpfix: overridden by policy: %R_O:~0,44%
set R_K=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet001 has no RDP-Tcp key: skipped, nothing written there.
if not defined R_X if defined R_K (
reg add "%R_K%" /v SecurityLayer /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v MinEncryptionLevel /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fQueryUserConfigFromLocalMachine /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v KeepAliveTimeout /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fInheritReconnectSame /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v fReconnectSame /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fInheritMaxSessionTime /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fInheritMaxDisconnectionTime /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v MaxDisconnectionTime /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v MaxConnectionTime /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v fInheritMaxIdleTime /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v MaxIdleTime /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v MaxInstanceCount /t REG_DWORD /d 4294967295 /f >nul
)
set R_K=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet002 has no RDP-Tcp key: skipped, nothing written there.
if not defined R_X if defined R_K (
reg add "%R_K%" /v SecurityLayer /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v MinEncryptionLevel /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fQueryUserConfigFromLocalMachine /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v KeepAliveTimeout /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fInheritReconnectSame /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v fReconnectSame /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fInheritMaxSessionTime /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fInheritMaxDisconnectionTime /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v MaxDisconnectionTime /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v MaxConnectionTime /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v fInheritMaxIdleTime /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v MaxIdleTime /t REG_DWORD /d 0 /f >nul
reg add "%R_K%" /v MaxInstanceCount /t REG_DWORD /d 4294967295 /f >nul
)
set R_K=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not defined R_X (
reg add "%R_K%" /v KeepAliveEnable /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v KeepAliveInterval /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fDisableAutoReconnect /t REG_DWORD /d 0 /f >nul
)
set /a R_N=0,R_T=3 >nul
for %%c in (001 002) do (reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1& if not errorlevel 1 set R_V%%c=1)
for %%c in (001 002) do @if defined R_V%%c set /a R_T+=13 >nul
for %%e in (SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff) do @for %%c in (001 002) do @if defined R_V%%c set R_#%%c#%%e=1
for %%c in (001 002) do @if defined R_V%%c for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Control\Terminal Server\WinStations\RDP-Tcp"') do (if defined R_#%%c#%%a.%%b set /a R_N+=1 >nul& set "R_#%%c#%%a.%%b=")
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1 fDisableAutoReconnect.0x0) do @set R_#3#%%e=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#3#%%a.%%b set /a R_N+=1 >nul& set "R_#3#%%a.%%b=")
if %R_T% lss 4 if not defined R_X set R_X=no RDP-Tcp key in the control sets
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: unload hives, detach disk, swap it back, start VM.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
