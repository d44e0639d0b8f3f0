@echo off
setlocal
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Sets 29 REG_DWORD values under:
REM   HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM The same script again: "http://localhost:8080/?mode=offline&undo=off"
set RDPFIX_FAILED=0
REM 1. RDP security layer: native RDP encryption
REM WARNING: Weakens security: drops TLS server authentication. Set it back after the fix.
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: SecurityLayer in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: SecurityLayer in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 2. Minimum encryption level: low
REM WARNING: Weakens security: allows low encryption. Set it back after the fix.
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MinEncryptionLevel in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MinEncryptionLevel in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 3. User configuration from the local machine
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fQueryUserConfigFromLocalMachine in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fQueryUserConfigFromLocalMachine in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 4. Keep-alive
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: KeepAliveTimeout in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: KeepAliveTimeout in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: KeepAliveEnable in HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: KeepAliveInterval in HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
REM 5. Reconnect
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritReconnectSame in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fReconnectSame in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritReconnectSame in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fReconnectSame in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fDisableAutoReconnect in HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
REM 6. Session time limit
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxSessionTime in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxSessionTime in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 7. Disconnection time limit
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxDisconnectionTime in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxDisconnectionTime in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxDisconnectionTime in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxDisconnectionTime in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 8. Connection time limit
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxConnectionTime in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxConnectionTime in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 9. Idle time limit
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxIdleTime in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxIdleTime in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxIdleTime in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxIdleTime in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 10. Maximum connections: unlimited
REG ADD "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount /t REG_DWORD /d 4294967295 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxInstanceCount in HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount /t REG_DWORD /d 4294967295 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxInstanceCount in HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
:rdpfix_finish
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: FAILED: %RDPFIX_FAILED% command^(s^) did not work, see above. & exit /b 1)
echo rdpfix: all 29 values written. Restart the VM and try RDP again.
exit /b 0
