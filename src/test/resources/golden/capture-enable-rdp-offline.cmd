@echo off
setlocal DisableDelayedExpansion
REM rdpfix capture d1f3053a: prints the current values and changes nothing.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?fix=enable-rdp&channel=manual&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_O="%SystemRoot%\Temp\rdpfix-d1f3053a.txt"
>%R_O% echo #rdpfix begi^n d1f3053a 13 2
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 (set R_H01=absent) else set R_H01=present
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 (set R_H02=absent) else set R_H02=present
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if errorlevel 1 (set R_K01=absent) else set R_K01=present
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" >nul 2>&1 & if errorlevel 1 (set R_K02=absent) else set R_K02=present
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server" >nul 2>&1 & if errorlevel 1 (set R_L01=absent) else set R_L01=present
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server" >nul 2>&1 & if errorlevel 1 (set R_L02=absent) else set R_L02=present
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (set R_L03=absent) else set R_L03=present
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (set R_L04=absent) else set R_L04=present
>>%R_O% echo #H0^1 %R_H01% #H0^2 %R_H02% #K0^1 %R_K01% #K0^2 %R_K02% #L0^1 %R_L01% #L0^2 %R_L02%
>>%R_O% echo #L0^3 %R_L03% #L0^4 %R_L04%
set R_P1=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server
for %%n in (fDenyTSConnections TSEnabled TSServerDrainMode TSUserEnabled) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V0^1 %R_D1#fDenyTSConnections% #V0^4 %R_D1#TSEnabled% #V0^6 %R_D1#TSServerDrainMode% #V0^8 %R_D1#TSUserEnabled%
set R_P2=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server
for %%n in (fDenyTSConnections TSEnabled TSServerDrainMode TSUserEnabled) do (set R_W2#%%n=1& set R_D2#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server" /v %%n >nul 2>&1& if errorlevel 1 set R_D2#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D2#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W2#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P2%" 2^>nul') do @if defined R_W2#%%a >>%R_O% echo #P^2 %%a [%%b]
>>%R_O% echo #V0^2 %R_D2#fDenyTSConnections% #V0^5 %R_D2#TSEnabled% #V0^7 %R_D2#TSServerDrainMode% #V0^9 %R_D2#TSUserEnabled%
set R_P3=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
for %%n in (fDenyTSConnections) do (set R_W3#%%n=1& set R_D3#%%n=line& reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v %%n >nul 2>&1& if errorlevel 1 set R_D3#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P3%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D3#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P3%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W3#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P3%" 2^>nul') do @if defined R_W3#%%a >>%R_O% echo #P^3 %%a [%%b]
>>%R_O% echo #V0^3 %R_D3#fDenyTSConnections%
set R_P4=HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (fEnableWinStation fLogonDisabled) do (set R_W4#%%n=1& set R_D4#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D4#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P4%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D4#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P4%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W4#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P4%" 2^>nul') do @if defined R_W4#%%a >>%R_O% echo #P^4 %%a [%%b]
>>%R_O% echo #V1^0 %R_D4#fEnableWinStation% #V1^2 %R_D4#fLogonDisabled%
set R_P5=HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (fEnableWinStation fLogonDisabled) do (set R_W5#%%n=1& set R_D5#%%n=line& reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D5#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P5%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D5#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P5%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W5#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P5%" 2^>nul') do @if defined R_W5#%%a >>%R_O% echo #P^5 %%a [%%b]
>>%R_O% echo #V1^1 %R_D5#fEnableWinStation% #V1^3 %R_D5#fLogonDisabled%
for %%e in (TSEnabled TSServerDrainMode TSUserEnabled fEnableWinStation fLogonDisabled) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_Q=%%l"
if not "%R_P%"=="0" >>%R_O% echo rdpfix: overridden by policy: %R_Q:~0,44%
>>%R_O% echo #rdpfix en^d d1f3053a 13 2
if defined R_X >>%R_O% echo rdpfix: FAILED: %R_X%
if not defined R_X >>%R_O% echo rdpfix: capture d1f3053a complete. Copy all of it into rdpfix.
type %R_O%
if defined R_X exit /b 1
exit /b 0
