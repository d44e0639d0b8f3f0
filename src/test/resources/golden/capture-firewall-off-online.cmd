@echo off
setlocal DisableDelayedExpansion
REM rdpfix capture 9c0ae4b7: prints the current values and changes nothing.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?fix=firewall-off&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_O="%SystemRoot%\Temp\rdpfix-9c0ae4b7.txt"
>%R_O% echo #rdpfix begi^n 9c0ae4b7 6 4
reg query "HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile" >nul 2>&1 & if errorlevel 1 (set R_K01=absent) else set R_K01=present
reg query "HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall" >nul 2>&1 & if errorlevel 1 (set R_K02=absent) else set R_K02=present
reg query "HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile" >nul 2>&1 & if errorlevel 1 (set R_K03=absent) else set R_K03=present
reg query "HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile" >nul 2>&1 & if errorlevel 1 (set R_K04=absent) else set R_K04=present
reg query "HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile" >nul 2>&1 & if errorlevel 1 (set R_L01=absent) else set R_L01=present
reg query "HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile" >nul 2>&1 & if errorlevel 1 (set R_L02=absent) else set R_L02=present
reg query "HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile" >nul 2>&1 & if errorlevel 1 (set R_L03=absent) else set R_L03=present
>>%R_O% echo #K0^1 %R_K01% #K0^2 %R_K02% #K0^3 %R_K03% #K0^4 %R_K04% #L0^1 %R_L01% #L0^2 %R_L02%
>>%R_O% echo #L0^3 %R_L03%
set R_P1=HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
for %%n in (EnableFirewall) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V0^1 %R_D1#EnableFirewall%
set R_P2=HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile
for %%n in (EnableFirewall) do (set R_W2#%%n=1& set R_D2#%%n=line& reg query "HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile" /v %%n >nul 2>&1& if errorlevel 1 set R_D2#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D2#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W2#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P2%" 2^>nul') do @if defined R_W2#%%a >>%R_O% echo #P^2 %%a [%%b]
>>%R_O% echo #V0^2 %R_D2#EnableFirewall%
set R_P3=HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
for %%n in (EnableFirewall) do (set R_W3#%%n=1& set R_D3#%%n=line& reg query "HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile" /v %%n >nul 2>&1& if errorlevel 1 set R_D3#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P3%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D3#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P3%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W3#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P3%" 2^>nul') do @if defined R_W3#%%a >>%R_O% echo #P^3 %%a [%%b]
>>%R_O% echo #V0^3 %R_D3#EnableFirewall%
set R_P4=HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile
for %%n in (EnableFirewall) do (set R_W4#%%n=1& set R_D4#%%n=line& reg query "HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile" /v %%n >nul 2>&1& if errorlevel 1 set R_D4#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P4%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D4#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P4%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W4#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P4%" 2^>nul') do @if defined R_W4#%%a >>%R_O% echo #P^4 %%a [%%b]
>>%R_O% echo #V0^4 %R_D4#EnableFirewall%
set R_P5=HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
for %%n in (EnableFirewall) do (set R_W5#%%n=1& set R_D5#%%n=line& reg query "HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile" /v %%n >nul 2>&1& if errorlevel 1 set R_D5#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P5%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D5#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P5%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W5#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P5%" 2^>nul') do @if defined R_W5#%%a >>%R_O% echo #P^5 %%a [%%b]
>>%R_O% echo #V0^5 %R_D5#EnableFirewall%
set R_P6=HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile
for %%n in (EnableFirewall) do (set R_W6#%%n=1& set R_D6#%%n=line& reg query "HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile" /v %%n >nul 2>&1& if errorlevel 1 set R_D6#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P6%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D6#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P6%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W6#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P6%" 2^>nul') do @if defined R_W6#%%a >>%R_O% echo #P^6 %%a [%%b]
>>%R_O% echo #V0^6 %R_D6#EnableFirewall%
>>%R_O% echo #rdpfix en^d 9c0ae4b7 6 4
if defined R_X >>%R_O% echo rdpfix: FAILED: %R_X%
if not defined R_X >>%R_O% echo rdpfix: capture 9c0ae4b7 complete. Copy all of it into rdpfix.
type %R_O%
if defined R_X exit /b 1
exit /b 0
