@echo off
setlocal
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Sets 16 REG_DWORD values under:
REM   HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM First records the current values in %SystemDrive%\rdpfix\undo-6c27e47e.cmd (kept if it exists).
REM The same script again: "http://localhost:8080/?dword=hex"
set RDPFIX_FAILED=0
REM Record the current values for the undo file.
set RDPFIX_UNDO=%SystemDrive%\rdpfix\undo-6c27e47e
set RDPFIX_RECORDING=
if not exist "%RDPFIX_UNDO%.cmd" set RDPFIX_RECORDING=1
if not defined RDPFIX_RECORDING echo rdpfix: kept the undo file of an earlier run: %RDPFIX_UNDO%.cmd
if defined RDPFIX_RECORDING mkdir "%SystemDrive%\rdpfix" 2>nul
if defined RDPFIX_RECORDING >"%RDPFIX_UNDO%.tmp" echo @echo off
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo REM rdpfix undo 6c27e47e: puts back the values found before the fix.
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout /f
if defined RDPFIX_RECORDING reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable /f
if defined RDPFIX_RECORDING reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame /f
if defined RDPFIX_RECORDING reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime /f
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount /f
if defined RDPFIX_RECORDING reg export "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" "%RDPFIX_UNDO%-1.reg" /y >nul 2>&1 & if not errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg import "%RDPFIX_UNDO%-1.reg"
if defined RDPFIX_RECORDING reg export "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" "%RDPFIX_UNDO%-2.reg" /y >nul 2>&1 & if not errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg import "%RDPFIX_UNDO%-2.reg"
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\SOFTWARE\Policies\Microsoft\Windows NT" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo echo rdpfix: previous values restored. Restart the VM.
if defined RDPFIX_RECORDING move /y "%RDPFIX_UNDO%.tmp" "%RDPFIX_UNDO%.cmd" >nul
if exist "%RDPFIX_UNDO%.cmd" echo rdpfix: undo file ^(run it to put the old values back^): %RDPFIX_UNDO%.cmd
REM 1. RDP security layer: native RDP encryption
REM WARNING: Weakens security: drops TLS server authentication. Set it back after the fix.
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 0x0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: SecurityLayer in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 2. Minimum encryption level: low
REM WARNING: Weakens security: allows low encryption. Set it back after the fix.
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MinEncryptionLevel /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MinEncryptionLevel in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 3. User configuration from the local machine
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fQueryUserConfigFromLocalMachine /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fQueryUserConfigFromLocalMachine in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 4. Keep-alive
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: KeepAliveTimeout in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: KeepAliveEnable in HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: KeepAliveInterval in HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
REM 5. Reconnect
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritReconnectSame /t REG_DWORD /d 0x0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritReconnectSame in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fReconnectSame /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fReconnectSame in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDisableAutoReconnect /t REG_DWORD /d 0x0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fDisableAutoReconnect in HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
REM 6. Session time limit
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxSessionTime /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxSessionTime in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 7. Disconnection time limit
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxDisconnectionTime /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxDisconnectionTime in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxDisconnectionTime /t REG_DWORD /d 0x0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxDisconnectionTime in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 8. Connection time limit
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxConnectionTime /t REG_DWORD /d 0x0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxConnectionTime in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 9. Idle time limit
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime /t REG_DWORD /d 0x1 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: fInheritMaxIdleTime in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime /t REG_DWORD /d 0x0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxIdleTime in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 10. Maximum connections: unlimited
REG ADD "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount /t REG_DWORD /d 0xffffffff /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxInstanceCount in HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
:rdpfix_finish
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: FAILED: %RDPFIX_FAILED% command^(s^) did not work, see above. & exit /b 1)
echo rdpfix: all 16 values written. Restart the VM and try RDP again.
exit /b 0
