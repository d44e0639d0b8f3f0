@echo off
setlocal
REM rdpfix capture 61fa4669: prints the current values and changes nothing.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?mode=offline"
set RDPFIX_FAILED=0
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
echo #rdpfix begi^n 61fa4669 29 2
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 (echo #H01 absen^t) else echo #H01 presen^t
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft" >nul 2>&1 & if errorlevel 1 (echo #H02 absen^t) else echo #H02 presen^t
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if errorlevel 1 (echo #K01 absen^t) else echo #K01 presen^t
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" >nul 2>&1 & if errorlevel 1 (echo #K02 absen^t) else echo #K02 presen^t
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer >nul 2>&1 & if errorlevel 1 echo #V01 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer 2^>nul ^| find "    "') do @echo #V0^1 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer >nul 2>&1 & if errorlevel 1 echo #V02 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer 2^>nul ^| find "    "') do @echo #V0^2 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel >nul 2>&1 & if errorlevel 1 echo #V03 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel 2^>nul ^| find "    "') do @echo #V0^3 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel >nul 2>&1 & if errorlevel 1 echo #V04 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel 2^>nul ^| find "    "') do @echo #V0^4 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine >nul 2>&1 & if errorlevel 1 echo #V05 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine 2^>nul ^| find "    "') do @echo #V0^5 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine >nul 2>&1 & if errorlevel 1 echo #V06 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine 2^>nul ^| find "    "') do @echo #V0^6 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout >nul 2>&1 & if errorlevel 1 echo #V07 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout 2^>nul ^| find "    "') do @echo #V0^7 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout >nul 2>&1 & if errorlevel 1 echo #V08 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout 2^>nul ^| find "    "') do @echo #V0^8 [%%a]
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable >nul 2>&1 & if errorlevel 1 echo #V09 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable 2^>nul ^| find "    "') do @echo #V0^9 [%%a]
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval >nul 2>&1 & if errorlevel 1 echo #V10 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval 2^>nul ^| find "    "') do @echo #V1^0 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame >nul 2>&1 & if errorlevel 1 echo #V11 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame 2^>nul ^| find "    "') do @echo #V1^1 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame >nul 2>&1 & if errorlevel 1 echo #V12 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame 2^>nul ^| find "    "') do @echo #V1^2 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame >nul 2>&1 & if errorlevel 1 echo #V13 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame 2^>nul ^| find "    "') do @echo #V1^3 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame >nul 2>&1 & if errorlevel 1 echo #V14 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame 2^>nul ^| find "    "') do @echo #V1^4 [%%a]
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect >nul 2>&1 & if errorlevel 1 echo #V15 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect 2^>nul ^| find "    "') do @echo #V1^5 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime >nul 2>&1 & if errorlevel 1 echo #V16 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime 2^>nul ^| find "    "') do @echo #V1^6 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime >nul 2>&1 & if errorlevel 1 echo #V17 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime 2^>nul ^| find "    "') do @echo #V1^7 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime >nul 2>&1 & if errorlevel 1 echo #V18 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime 2^>nul ^| find "    "') do @echo #V1^8 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime >nul 2>&1 & if errorlevel 1 echo #V19 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime 2^>nul ^| find "    "') do @echo #V1^9 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime >nul 2>&1 & if errorlevel 1 echo #V20 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime 2^>nul ^| find "    "') do @echo #V2^0 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime >nul 2>&1 & if errorlevel 1 echo #V21 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime 2^>nul ^| find "    "') do @echo #V2^1 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime >nul 2>&1 & if errorlevel 1 echo #V22 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime 2^>nul ^| find "    "') do @echo #V2^2 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime >nul 2>&1 & if errorlevel 1 echo #V23 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime 2^>nul ^| find "    "') do @echo #V2^3 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V24 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime 2^>nul ^| find "    "') do @echo #V2^4 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V25 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime 2^>nul ^| find "    "') do @echo #V2^5 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V26 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime 2^>nul ^| find "    "') do @echo #V2^6 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V27 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime 2^>nul ^| find "    "') do @echo #V2^7 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount >nul 2>&1 & if errorlevel 1 echo #V28 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount 2^>nul ^| find "    "') do @echo #V2^8 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount >nul 2>&1 & if errorlevel 1 echo #V29 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount 2^>nul ^| find "    "') do @echo #V2^9 [%%a]
echo #rdpfix en^d 61fa4669 29 2
:rdpfix_finish
if defined R_X echo rdpfix: FAILED: %R_X%
if defined R_X exit /b 1
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: FAILED: %RDPFIX_FAILED% command^(s^) did not work, see above. & exit /b 1)
echo rdpfix: capture 61fa4669 complete. Copy all of it into rdpfix.
exit /b 0
