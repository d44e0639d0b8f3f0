@echo off
setlocal DisableDelayedExpansion
REM rdpfix capture 13a85526: prints the current values and changes nothing.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?fix=credssp-oracle&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_O="%SystemRoot%\Temp\rdpfix-13a85526.txt"
>%R_O% echo #rdpfix begi^n 13a85526 1 2
reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters" >nul 2>&1 & if errorlevel 1 (set R_K01=absent) else set R_K01=present
reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP" >nul 2>&1 & if errorlevel 1 (set R_K02=absent) else set R_K02=present
>>%R_O% echo #K0^1 %R_K01% #K0^2 %R_K02%
set R_P1=HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters
for %%n in (AllowEncryptionOracle) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V0^1 %R_D1#AllowEncryptionOracle%
>>%R_O% echo #rdpfix en^d 13a85526 1 2
if defined R_X >>%R_O% echo rdpfix: FAILED: %R_X%
if not defined R_X >>%R_O% echo rdpfix: capture 13a85526 complete. Copy all of it into rdpfix.
type %R_O%
if defined R_X exit /b 1
exit /b 0
