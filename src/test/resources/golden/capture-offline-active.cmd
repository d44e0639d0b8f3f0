@echo off
setlocal
REM rdpfix capture 4a47781e: prints the current values and changes nothing.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Works on the control set that HKLM\BROKENSYSTEM\Select value Current names.
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?mode=offline&current=yes&steps=idle-time"
set RDPFIX_FAILED=0
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
set R_CS=
for /f "tokens=3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul ^| find "REG_DWORD"') do @set /a R_CS=1000+%%a >nul
set R_CS=%R_CS:~1%
reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%" >nul 2>&1 & if errorlevel 1 set R_CS=
if not defined R_CS (echo rdpfix: FAILED: cannot read HKLM\BROKENSYSTEM\Select value Current; nothing is changed. & set "RDPFIX_ABORTED=1" & goto rdpfix_finish)
echo rdpfix: active control set: ControlSet%R_CS%
echo #rdpfix begi^n 4a47781e 2 0
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 (echo #H01 absen^t) else echo #H01 presen^t
reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V01 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v fInheritMaxIdleTime 2^>nul ^| find "    "') do @echo #V0^1 [%%a]
reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime >nul 2>&1 & if errorlevel 1 echo #V02 absen^t
for /f "delims=" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v MaxIdleTime 2^>nul ^| find "    "') do @echo #V0^2 [%%a]
echo #rdpfix en^d 4a47781e 2 0
:rdpfix_finish
if defined R_X echo rdpfix: FAILED: %R_X%
if defined R_X exit /b 1
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: FAILED: %RDPFIX_FAILED% command^(s^) did not work, see above. & exit /b 1)
echo rdpfix: capture 4a47781e complete. Copy all of it into rdpfix.
exit /b 0
