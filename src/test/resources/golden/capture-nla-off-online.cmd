@echo off
setlocal DisableDelayedExpansion
REM rdpfix capture 7511071c: prints the current values and changes nothing.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?fix=nla-off&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_O="%SystemRoot%\Temp\rdpfix-7511071c.txt"
>%R_O% echo #rdpfix begi^n 7511071c 1 0
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (set R_L01=absent) else set R_L01=present
>>%R_O% echo #L0^1 %R_L01%
set R_P1=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (UserAuthentication) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V0^1 %R_D1#UserAuthentication%
for %%e in (UserAuthentication) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_Q=%%l"
if not "%R_P%"=="0" >>%R_O% echo rdpfix: overridden by policy: %R_Q:~0,44%
>>%R_O% echo #rdpfix en^d 7511071c 1 0
if defined R_X >>%R_O% echo rdpfix: FAILED: %R_X%
if not defined R_X >>%R_O% echo rdpfix: capture 7511071c complete. Copy all of it into rdpfix.
type %R_O%
if defined R_X exit /b 1
exit /b 0
