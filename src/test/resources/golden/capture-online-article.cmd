@echo off
setlocal
REM rdpfix capture 6c27e47e: prints the current values and changes nothing.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/"
set RDPFIX_FAILED=0
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
echo #rdpfix begi^n 6c27e47e 16 2
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if errorlevel 1 (echo #K01 absen^t) else echo #K01 presen^t
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT" >nul 2>&1 & if errorlevel 1 (echo #K02 absen^t) else echo #K02 presen^t
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer >nul 2>&1 & if errorlevel 1 echo #V01 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer 2^>nul ^| find "    "') do @echo #V0^1 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel >nul 2>&1 & if errorlevel 1 echo #V02 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel 2^>nul ^| find "    "') do @echo #V0^2 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine >nul 2>&1 & if errorlevel 1 echo #V03 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine 2^>nul ^| find "    "') do @echo #V0^3 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout >nul 2>&1 & if errorlevel 1 echo #V04 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout 2^>nul ^| find "    "') do @echo #V0^4 [%%a]
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable >nul 2>&1 & if errorlevel 1 echo #V05 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable 2^>nul ^| find "    "') do @echo #V0^5 [%%a]
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval >nul 2>&1 & if errorlevel 1 echo #V06 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval 2^>nul ^| find "    "') do @echo #V0^6 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame >nul 2>&1 & if errorlevel 1 echo #V07 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame 2^>nul ^| find "    "') do @echo #V0^7 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame >nul 2>&1 & if errorlevel 1 echo #V08 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame 2^>nul ^| find "    "') do @echo #V0^8 [%%a]
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect >nul 2>&1 & if errorlevel 1 echo #V09 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect 2^>nul ^| find "    "') do @echo #V0^9 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime >nul 2>&1 & if errorlevel 1 echo #V10 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime 2^>nul ^| find "    "') do @echo #V1^0 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime >nul 2>&1 & if errorlevel 1 echo #V11 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime 2^>nul ^| find "    "') do @echo #V1^1 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime >nul 2>&1 & if errorlevel 1 echo #V12 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime 2^>nul ^| find "    "') do @echo #V1^2 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime >nul 2>&1 & if errorlevel 1 echo #V13 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime 2^>nul ^| find "    "') do @echo #V1^3 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V14 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime 2^>nul ^| find "    "') do @echo #V1^4 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V15 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime 2^>nul ^| find "    "') do @echo #V1^5 [%%a]
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount >nul 2>&1 & if errorlevel 1 echo #V16 absen^t
for /f "delims=" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount 2^>nul ^| find "    "') do @echo #V1^6 [%%a]
echo #rdpfix en^d 6c27e47e 16 2
:rdpfix_finish
if defined R_X exit /b 1
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: FAILED: %RDPFIX_FAILED% command^(s^) did not work, see above. & exit /b 1)
echo rdpfix: capture 6c27e47e complete. Copy all of it into rdpfix.
exit /b 0
