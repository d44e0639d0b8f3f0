@echo off
setlocal DisableDelayedExpansion
REM rdpfix undo 6c27e47e: puts back the values captured before the fix.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM The same script again: "http://localhost:8080/?undo=off"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
set R_W1=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
set R_W2=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
reg add "%R_W1%" /v SecurityLayer /t REG_DWORD /d 2 /f >nul 2>&1
reg delete "%R_W1%" /v MinEncryptionLevel /f >nul 2>&1
reg delete "%R_W1%" /v fQueryUserConfigFromLocalMachine /f >nul 2>&1
reg delete "%R_W1%" /v KeepAliveTimeout /f >nul 2>&1
reg delete "%R_W2%" /v KeepAliveEnable /f >nul 2>&1
reg delete "%R_W2%" /v KeepAliveInterval /f >nul 2>&1
reg delete "%R_W1%" /v fInheritReconnectSame /f >nul 2>&1
reg delete "%R_W1%" /v fReconnectSame /f >nul 2>&1
reg delete "%R_W2%" /v fDisableAutoReconnect /f >nul 2>&1
reg delete "%R_W1%" /v fInheritMaxSessionTime /f >nul 2>&1
reg delete "%R_W1%" /v fInheritMaxDisconnectionTime /f >nul 2>&1
reg delete "%R_W1%" /v MaxDisconnectionTime /f >nul 2>&1
reg add "%R_W1%" /v MaxConnectionTime /t REG_EXPAND_SZ /d "%%SystemRoot%%\x y" /f >nul 2>&1
reg delete "%R_W1%" /v fInheritMaxIdleTime /f >nul 2>&1
reg add "%R_W1%" /v MaxIdleTime /t REG_SZ /d " a & b ^ c | 50%% \\" /f >nul 2>&1
reg delete "%R_W1%" /v MaxInstanceCount /f >nul 2>&1
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if not errorlevel 1 reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /s 2>nul | %SystemRoot%\System32\find.exe "    " >nul & if errorlevel 1 reg delete "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /f >nul 2>&1
set /a R_N=0,R_T=16 >nul
set R_R1=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
for %%e in (SecurityLayer.0x2) do @set R_#1#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
for %%e in (MaxConnectionTime.REG_EXPAND_SZ MaxIdleTime.REG_SZ) do @set R_#1#%%e=1
for /f "tokens=1,2" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
for %%e in (MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime fInheritMaxIdleTime MaxInstanceCount) do (reg query "%R_R1%" /v %%e >nul 2>&1& if errorlevel 1 set /a R_N+=1 >nul)
for %%e in (MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime fInheritMaxIdleTime MaxInstanceCount) do (reg query "%R_R1%" /v %%e >nul 2>&1& if not errorlevel 1 set R_#1#%%e.=1)
set R_R2=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
for %%e in (KeepAliveEnable KeepAliveInterval fDisableAutoReconnect) do (reg query "%R_R2%" /v %%e >nul 2>&1& if errorlevel 1 set /a R_N+=1 >nul)
for %%e in (KeepAliveEnable KeepAliveInterval fDisableAutoReconnect) do (reg query "%R_R2%" /v %%e >nul 2>&1& if not errorlevel 1 set R_#2#%%e.=1)
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: shutdown /r /t 0, then try RDP.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
