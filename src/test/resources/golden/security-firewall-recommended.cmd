@echo off
setlocal DisableDelayedExpansion
REM rdpfix security 2c4a57be: EnableFirewall 1, as Microsoft recommends.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM The same script again: "http://localhost:8080/?fix=firewall-off&channel=manual&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_W1=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
set R_W2=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
set R_W3=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
set R_W4=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
set R_W5=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
set R_W6=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
if defined R_X set R_W1=& set R_W2=& set R_W3=& set R_W4=& set R_W5=& set R_W6=
reg add "%R_W1%" /v EnableFirewall /t REG_DWORD /d 1 /f >nul 2>&1
reg add "%R_W2%" /v EnableFirewall /t REG_DWORD /d 1 /f >nul 2>&1
reg add "%R_W3%" /v EnableFirewall /t REG_DWORD /d 1 /f >nul 2>&1
reg add "%R_W4%" /v EnableFirewall /t REG_DWORD /d 1 /f >nul 2>&1
reg add "%R_W5%" /v EnableFirewall /t REG_DWORD /d 1 /f >nul 2>&1
reg add "%R_W6%" /v EnableFirewall /t REG_DWORD /d 1 /f >nul 2>&1
set /a R_N=0,R_T=6 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
for %%e in (EnableFirewall.0x1) do @set R_#1#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
set R_R2=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
for %%e in (EnableFirewall.0x1) do @set R_#2#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R2%" 2^>nul') do (if defined R_#2#%%a.%%b set /a R_N+=1 >nul& set "R_#2#%%a.%%b=")
set R_R3=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
for %%e in (EnableFirewall.0x1) do @set R_#3#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R3%" 2^>nul') do (if defined R_#3#%%a.%%b set /a R_N+=1 >nul& set "R_#3#%%a.%%b=")
set R_R4=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
for %%e in (EnableFirewall.0x1) do @set R_#4#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R4%" 2^>nul') do (if defined R_#4#%%a.%%b set /a R_N+=1 >nul& set "R_#4#%%a.%%b=")
set R_R5=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
for %%e in (EnableFirewall.0x1) do @set R_#5#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R5%" 2^>nul') do (if defined R_#5#%%a.%%b set /a R_N+=1 >nul& set "R_#5#%%a.%%b=")
set R_R6=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
for %%e in (EnableFirewall.0x1) do @set R_#6#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R6%" 2^>nul') do (if defined R_#6#%%a.%%b set /a R_N+=1 >nul& set "R_#6#%%a.%%b=")
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: unload hives, detach disk, swap it back, start VM.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
