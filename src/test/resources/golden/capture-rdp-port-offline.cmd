@echo off
setlocal DisableDelayedExpansion
REM rdpfix capture c30039d0: prints the current values and changes nothing.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?fix=rdp-port&channel=manual&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_O="%SystemRoot%\Temp\rdpfix-c30039d0.txt"
>%R_O% echo #rdpfix begi^n c30039d0 2 0
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 (set R_H01=absent) else set R_H01=present
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (set R_L01=absent) else set R_L01=present
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (set R_L02=absent) else set R_L02=present
>>%R_O% echo #H0^1 %R_H01% #L0^1 %R_L01% #L0^2 %R_L02%
set R_P1=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (PortNumber) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V0^1 %R_D1#PortNumber%
set R_P2=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (PortNumber) do (set R_W2#%%n=1& set R_D2#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D2#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D2#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W2#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P2%" 2^>nul') do @if defined R_W2#%%a >>%R_O% echo #P^2 %%a [%%b]
>>%R_O% echo #V0^2 %R_D2#PortNumber%
for %%e in (PortNumber) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_Q=%%l"
if not "%R_P%"=="0" >>%R_O% echo rdpfix: overridden by policy: %R_Q:~0,44%
>>%R_O% echo #rdpfix en^d c30039d0 2 0
if defined R_X >>%R_O% echo rdpfix: FAILED: %R_X%
if not defined R_X >>%R_O% echo rdpfix: capture c30039d0 complete. Copy all of it into rdpfix.
type %R_O%
if defined R_X exit /b 1
exit /b 0
