@echo off
setlocal
REM rdpfix capture a5dda3c7: prints the current values and changes nothing.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Works on the control set that HKLM\BROKENSYSTEM\Select value Current names.
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?mode=offline&current=yes&steps=idle-time"
set RDPFIX_FAILED=0
set RDPFIX_CS=
for /f "tokens=3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul ^| find "REG_DWORD"') do @set /a RDPFIX_CS=1000+%%a >nul
set RDPFIX_CS=%RDPFIX_CS:~1%
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%" >nul 2>&1 & if errorlevel 1 set RDPFIX_CS=
if not defined RDPFIX_CS (echo rdpfix: FAILED: cannot read HKLM\BROKENSYSTEM\Select value Current; nothing is changed. & set "RDPFIX_ABORTED=1" & goto rdpfix_finish)
echo rdpfix: active control set: ControlSet%RDPFIX_CS%
echo #rdpfix begi^n a5dda3c7 2 4
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (echo #K01 absen^t) else echo #K01 presen^t
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations" >nul 2>&1 & if errorlevel 1 (echo #K02 absen^t) else echo #K02 presen^t
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server" >nul 2>&1 & if errorlevel 1 (echo #K03 absen^t) else echo #K03 presen^t
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control" >nul 2>&1 & if errorlevel 1 (echo #K04 absen^t) else echo #K04 presen^t
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V01 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime 2^>nul ^| find "    "') do @echo #V0^1 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V02 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime 2^>nul ^| find "    "') do @echo #V0^2 [%%a]
echo #rdpfix en^d a5dda3c7 2 4
:rdpfix_finish
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: FAILED: %RDPFIX_FAILED% command^(s^) did not work, see above. & exit /b 1)
echo rdpfix: capture a5dda3c7 complete. Copy all of it into rdpfix.
exit /b 0
