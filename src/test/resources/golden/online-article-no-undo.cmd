@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Sets 16 REG_DWORD values under:
REM   HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
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
REM The same script again: "http://localhost:8080/?undo=off&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_K=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
if not defined R_X (
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
set R_K=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not defined R_X (
reg add "%R_K%" /v KeepAliveEnable /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v KeepAliveInterval /t REG_DWORD /d 1 /f >nul
reg add "%R_K%" /v fDisableAutoReconnect /t REG_DWORD /d 0 /f >nul
)
set /a R_N=0,R_T=16 >nul
for %%e in (SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff) do @for %%f in (R_#1#%%e R_@%%~ne) do @set %%f=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp"') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1 fDisableAutoReconnect.0x0) do @set R_#2#%%e=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#2#%%a.%%b set /a R_N+=1 >nul& set "R_#2#%%a.%%b=")
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_O=%%l"
if not "%R_P%"=="0" echo rdpfix: overridden by policy: %R_O:~0,44%
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: shutdown /r /t 0, then try RDP.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
