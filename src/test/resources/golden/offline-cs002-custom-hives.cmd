@echo off
setlocal
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\SYS_B and HKLM\SOFT-B.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Sets 2 REG_DWORD values under:
REM   HKLM\SYS_B\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
REM The same script again: "http://localhost:8080/?mode=offline&system=SYS_B&software=SOFT-B&controlsets=002&steps=security-layer,max-instances&undo=off"
set RDPFIX_FAILED=0
REM 1. RDP security layer: native RDP encryption
REM WARNING: Weakens security: drops TLS server authentication. Set it back after the fix.
REG ADD "HKLM\SYS_B\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v SecurityLayer /t REG_DWORD /d 0 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: SecurityLayer in HKLM\SYS_B\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REM 2. Maximum connections: unlimited
REG ADD "HKLM\SYS_B\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxInstanceCount /t REG_DWORD /d 4294967295 /f >nul & if errorlevel 1 (echo rdpfix: FAILED: MaxInstanceCount in HKLM\SYS_B\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
:rdpfix_finish
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: FAILED: %RDPFIX_FAILED% command^(s^) did not work, see above. & exit /b 1)
echo rdpfix: all 2 values written. Restart the VM and try RDP again.
exit /b 0
