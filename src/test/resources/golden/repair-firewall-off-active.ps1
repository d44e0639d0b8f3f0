# rdpfix (catalog 2026-12-07.1): turn the guest firewall off. Azure: guest OS firewall blocks RDP.
# az vm repair run --run-on-repair (runs as SYSTEM on the repair VM): finds the broken VM's OS disk,
# loads its hives as HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE, runs the batch below with cmd.exe, unloads them,
# and ends with the batch's verdict, each line in az vm repair's log format, [STATUS]::SUCCESS only after OK.
# The undo file the batch records, with its record, is kept on the disk in Windows\rdpfix (the restore deletes the
# repair VM): rdpfix-recorded-undo-repair.ps1 runs it on a second repair VM. The VM's original OS disk stays too.
# The batch is, byte for byte, what this link's .cmd download gives.
# The same script again: http://localhost:8080/?fix=firewall-off&channel=repair&current=yes&lang=en
$system = 'BROKENSYSTEM'
$software = 'BROKENSOFTWARE'
$undo = 'undo-a146bf4c'
$batch = @'
@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalog 2026-12-07.1): turn the guest firewall off. Azure: guest OS firewall blocks RDP.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Works on the control set that HKLM\BROKENSYSTEM\Select value Current names.
REM Sets 6 REG_DWORD values under:
REM   HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile
REM   HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile
REM   HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile
REM 1. Domain profile off (EnableFirewall=0)
REM    WARNING: Weakens security: the guest firewall stops filtering this profile (only the NSG is left). Put it back (EnableFirewall 1) as soon as RDP works.
REM 2. Private profile off (StandardProfile) (EnableFirewall=0)
REM    WARNING: Weakens security: the guest firewall stops filtering this profile (only the NSG is left). Put it back (EnableFirewall 1) as soon as RDP works.
REM 3. Public profile off (EnableFirewall=0)
REM    WARNING: Weakens security: the guest firewall stops filtering this profile (only the NSG is left). Put it back (EnableFirewall 1) as soon as RDP works.
REM First records the current values in %SystemRoot%\rdpfix\undo-a146bf4c.cmd (kept if it exists).
REM The same script again: "http://localhost:8080/?fix=firewall-off&channel=repair&current=yes&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=cannot read Select value Current
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
for /f "tokens=1,2,*" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\ComputerName\ComputerName" /v ComputerName 2^>nul') do @if /i "%%a"=="ComputerName" echo rdpfix: disk %%c, active ControlSet%R_CS%
for /f "tokens=2,*" %%a in ('reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^>nul') do @if "%%a"=="REG_SZ" echo rdpfix: %%b
md "%SystemRoot%\rdpfix" 2>nul& pushd "%SystemRoot%\rdpfix"
>n echo @echo off
>>n echo setlocal DisableDelayedExpansion
>>n echo cd /d "%%~dp0"^& set R_G=%%~dp0..\System32\reg.exe^& set R_A=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_^& set /a R_E=0,R_N=0,R_T=0,R_K=0^& for %%%%v in ^(B L U H I P^) do set R_%%%%v=
>>n echo if not exist "%%R_G%%" echo rdpfix: FAILED: no System32\reg.exe beside this folder; nothing changed^& exit /b 1
>>n echo for /f "tokens=1,3" %%%%a in ^('%%R_G%% query "HKLM\BROKENSYSTEM\Select" /v Current 2^^^>nul'^) do if /i "%%%%a"=="Current" set /a R_C=1000+%%%%b
>>n echo for /f "tokens=1,2,*" %%%%a in ^('%%R_G%% query "HKLM\BROKENSYSTEM\ControlSet%%R_C:~1%%\Control\ComputerName\ComputerName" /v ComputerName 2^^^>nul'^) do if /i "%%%%a"=="ComputerName" set "R_I=%%%%c"
>>n echo for /f "delims=%%R_A%%" %%%%a in ^("%%R_I%%"^) do set R_I=
>>n echo for /f "tokens=2,*" %%%%a in ^('%%R_G%% query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^^^>nul'^) do if "%%%%a"=="REG_SZ" set "R_P=%%%%b"
>>n echo for /f "delims=%%R_A%%. " %%%%a in ^("%%R_P%%"^) do set R_P=?
>>n echo if not defined R_I echo rdpfix: FAILED: cannot read this machine's ComputerName; nothing changed^& exit /b 1
>>n echo set R_M=%%1^& set R_O=undo-a146bf4c-%%R_I%%.rec^& set R_Q=undo-a146bf4c-%%R_I%%.now
>>n echo if "%%1"=="record" goto r
>>n echo if not exist %%R_O%% for %%%%f in ^(undo-a146bf4c-*.rec^) do echo rdpfix: another machine's record, not used: %%%%f
>>n echo if not exist %%R_O%% echo rdpfix: FAILED: no record of %%R_I:~0,15%% here; nothing changed^& exit /b 1
>>n echo echo rdpfix: undo on %%R_I:~0,15%% ^^^(%%R_P:~0,40%%^^^)
>>n echo :p
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile^& call :key^& call :vals 1
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall" "HKLM\BROKENSOFTWARE\Policies\Microsoft"^& call :vals 2
>>n echo if "%%R_M%%"=="record" set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft"
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile^& call :key^& call :vals 3
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall" "HKLM\BROKENSOFTWARE\Policies\Microsoft"^& call :vals 4
>>n echo if "%%R_M%%"=="record" set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft"
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile^& call :key^& call :vals 5
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall" "HKLM\BROKENSOFTWARE\Policies\Microsoft"^& call :vals 6
>>n echo if "%%R_M%%"=="record" set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft"
>>n echo if "%%R_M%%"=="record" del %%R_Q%% 2^>nul^& goto c
>>n echo for /f "tokens=1,*" %%%%a in ^(%%R_O%%^) do if "%%%%a"=="C" call :drop "%%%%b"
>>n echo del %%R_Q%% 2^>nul
>>n echo if defined R_L echo rdpfix: changed since the fix, left as it is:%%R_L:~0,34%%
>>n echo if defined R_H echo rdpfix: no DWORD before; by hand from undo-*.reg:%%R_H:~0,28%%
>>n echo if not %%R_E%%==0 echo rdpfix: FAILED, partly put back; %%R_E%% of %%R_T%% not:%%R_U:~0,30%%^& exit /b 1
>>n echo move /y %%R_O%% %%R_O%%.done ^>nul 2^>^&1
>>n echo if exist %%R_O%% echo rdpfix: FAILED: put back, but the record could not be retired^& exit /b 1
>>n echo set R_V=OK, %%R_N%% of %%R_T%% values as before the fix
>>n echo if not %%R_K%%==0 set R_V=OK, %%R_N%% of %%R_T%% as before the fix, %%R_K%% left as changed since
>>n echo echo rdpfix: next: unload hives, detach disk, swap it back, start VM.
>>n echo echo rdpfix: %%R_V%%^& exit /b 0
>>n echo :r
>>n echo if exist a146bf4c-1.reg if not exist old-undo-a146bf4c.cmd move /y undo-a146bf4c.cmd old-undo-a146bf4c.cmd ^>nul
>>n echo if exist %%R_O%% goto k
>>n echo ^>%%R_O%% echo I %%R_I%%^& ^>^>%%R_O%% echo P %%R_P%%^& goto p
>>n echo :c
>>n echo if not %%R_E%%==0 del %%R_O%%^& echo rdpfix: FAILED: cannot read:%%R_U:~0,30%%; no undo recorded^& exit /b 1
>>n echo move /y "%%~nx0" undo-a146bf4c.cmd ^>nul^& exit /b 0
>>n echo :k
>>n echo echo rdpfix: keeps the earlier undo file.
>>n echo move /y "%%~nx0" undo-a146bf4c.cmd ^>nul^& exit /b 0
>>n echo :key
>>n echo set "R_Y=%%R_W%%"^& set R_Z=ok^& %%R_G%% query "%%R_W%%" ^>%%R_Q%% 2^>nul^& if not errorlevel 1 exit /b
>>n echo set R_Z=K^& if "%%~1"=="" exit /b
>>n echo set R_Z=?
>>n echo :up
>>n echo if "%%~1"=="" exit /b
>>n echo %%R_G%% query %%1 ^>nul 2^>^&1^& if errorlevel 1 set "R_Y=%%~1"^& shift^& goto up
>>n echo set R_Z=K^& for /f "delims=" %%%%l in ^('%%R_G%% query %%1 2^^^>nul'^) do if /i "%%%%l"=="%%R_Y:HKLM\=HKEY_LOCAL_MACHINE\%%" set R_Z=?
>>n echo if "%%R_M%%"=="record" if "%%R_Z%%"=="K" ^>^>%%R_O%% echo C %%R_W%%
>>n echo exit /b
>>n echo :vals
>>n echo if "%%R_M%%"=="record" goto rv
>>n echo set R_B=1
>>n echo for %%%%v in ^(%%R_J%%^) do call :u %%1 %%%%v
>>n echo set R_B=^& if not "%%R_Z%%"=="ok" goto cv
>>n echo %%R_G%% query "%%R_W%%" ^>%%R_Q%% 2^>nul^& if errorlevel 1 set R_Z=?
>>n echo :cv
>>n echo for %%%%v in ^(%%R_J%%^) do call :u %%1 %%%%v
>>n echo exit /b
>>n echo :rv
>>n echo if not "%%R_Z%%"=="ok" goto rw
>>n echo %%R_G%% export "%%R_W%%" undo-a146bf4c-%%R_I%%.%%1.reg /y ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%1.reg"^& set /a R_E+=1
>>n echo :rw
>>n echo for %%%%v in ^(%%R_J%%^) do call :v %%1 %%%%v
>>n echo exit /b
>>n echo :read
>>n echo set "R_S=- -"^& if "%%R_Z%%"=="K" exit /b
>>n echo set "R_S=? -"^& if "%%R_Z%%"=="?" exit /b
>>n echo set "R_S=- -"^& for /f "tokens=1,2" %%%%a in ^(%%R_Q%%^) do if /i "%%%%a"=="%%1" set "R_S=%%%%b -"
>>n echo if "%%R_S%%"=="REG_DWORD -" for /f "tokens=1,3" %%%%a in ^(%%R_Q%%^) do if /i "%%%%a"=="%%1" set "R_S=REG_DWORD %%%%b"
>>n echo exit /b
>>n echo :v
>>n echo set /a R_T+=1^& call :read %%~n2
>>n echo ^>^>%%R_O%% echo V %%1 %%~n2 %%R_S%%
>>n echo if "%%R_S%%"=="? -" set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1
>>n echo exit /b
>>n echo :u
>>n echo set R_F=%%~x2^& call :read %%~n2^& call :rec %%1 %%~n2
>>n echo if not defined R_B goto ck
>>n echo if "%%R_S%%"=="%%R_R%%" exit /b
>>n echo if not "%%R_S%%"=="REG_DWORD %%R_F:~1%%" exit /b
>>n echo if "%%R_R%%"=="- -" %%R_G%% delete "%%R_W%%" /v %%~n2 /f ^>nul 2^>^&1^& exit /b
>>n echo if "%%R_R:~0,10%%"=="REG_DWORD " %%R_G%% add "%%R_W%%" /v %%~n2 /t REG_DWORD /d %%R_R:~10%% /f ^>nul 2^>^&1
>>n echo exit /b
>>n echo :ck
>>n echo set /a R_T+=1^& if "%%R_R%%"=="?" goto no
>>n echo if "%%R_S%%"=="%%R_R%%" set /a R_N+=1^& exit /b
>>n echo if "%%R_S%%"=="? -" goto no
>>n echo if not "%%R_S%%"=="REG_DWORD %%R_F:~1%%" set "R_L=%%R_L%% %%~n2"^& set /a R_K+=1^& exit /b
>>n echo if not "%%R_R%%"=="- -" if not "%%R_R:~0,10%%"=="REG_DWORD " set "R_H=%%R_H%% %%~n2"
>>n echo :no
>>n echo set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1^& exit /b
>>n echo :rec
>>n echo set R_R=?^& for /f "tokens=1-5" %%%%a in ^(%%R_O%%^) do if "%%%%a %%%%b %%%%c"=="V %%1 %%2" set "R_R=%%%%d %%%%e"
>>n echo exit /b
>>n echo :drop
>>n echo %%R_G%% query %%1 ^>%%R_Q%% 2^>nul^& if errorlevel 1 exit /b
>>n echo set R_Y=0^& set "R_W=%%~1"
>>n echo for /f "delims=" %%%%l in ^(%%R_Q%%^) do if /i not "%%%%l"=="%%R_W:HKLM\=HKEY_LOCAL_MACHINE\%%" set /a R_Y+=1
>>n echo for /f "tokens=1-3" %%%%a in ^(%%R_Q%%^) do if "%%%%b%%%%c"=="REG_SZ" for /f "delims=()" %%%%x in ^("%%%%a"^) do if "(%%%%x)"=="%%%%a" set /a R_Y-=1
>>n echo if not %%R_Y%%==0 exit /b
>>n echo %%R_G%% delete %%1 /f ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%~nx1"^& set /a R_E+=1
>>n echo exit /b
popd
pushd "%SystemRoot%\rdpfix"
for %%f in (n) do @set R_S=%%~zf
del n.cmd 2>nul
if not defined R_X if "%R_S%"=="6715" ren n n.cmd
if exist n.cmd call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-a146bf4c.cmd" set R_X=undo record damaged, nothing was changed
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-a146bf4c-*.rec" set R_X=undo record damaged, nothing was changed
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-a146bf4c.cmd" set R_X=the undo file could not be recorded
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-a146bf4c-*.rec" set R_X=the undo file could not be recorded
set R_K=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet%R_CS% has no DomainProfile key: skipped, nothing written there.
if not defined R_X if defined R_K (
reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile
if not defined R_X (
reg query "%R_K%" /v EnableFirewall >nul 2>&1
if not errorlevel 1 reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet%R_CS% has no StandardProfile key: skipped, nothing written there.
if not defined R_X if defined R_K (
reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile
if not defined R_X (
reg query "%R_K%" /v EnableFirewall >nul 2>&1
if not errorlevel 1 reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet%R_CS% has no PublicProfile key: skipped, nothing written there.
if not defined R_X if defined R_K (
reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile
if not defined R_X (
reg query "%R_K%" /v EnableFirewall >nul 2>&1
if not errorlevel 1 reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set /a R_N=0,R_T=3 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\DomainProfile
reg query "%R_R1%" >nul 2>&1 & if errorlevel 1 set R_R1=& if not defined R_X set R_X=no DomainProfile key in the control sets
for %%e in (EnableFirewall.0x0) do @set R_#1#%%e=1
if defined R_R1 for /f "tokens=1,3" %%a in ('reg query "%R_R1%"') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
set R_R3=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
reg query "%R_R3%" >nul 2>&1 & if errorlevel 1 set R_R3=& if not defined R_X set R_X=no StandardProfile key in the control sets
for %%e in (EnableFirewall.0x0) do @set R_#3#%%e=1
if defined R_R3 for /f "tokens=1,3" %%a in ('reg query "%R_R3%"') do (if defined R_#3#%%a.%%b set /a R_N+=1 >nul& set "R_#3#%%a.%%b=")
set R_R5=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
reg query "%R_R5%" >nul 2>&1 & if errorlevel 1 set R_R5=& if not defined R_X set R_X=no PublicProfile key in the control sets
for %%e in (EnableFirewall.0x0) do @set R_#5#%%e=1
if defined R_R5 for /f "tokens=1,3" %%a in ('reg query "%R_R5%"') do (if defined R_#5#%%a.%%b set /a R_N+=1 >nul& set "R_#5#%%a.%%b=")
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile" /v EnableFirewall >nul 2>&1 & if not errorlevel 1 set R_#2#EnableFirewall.0x0=1
if defined R_#2#EnableFirewall.0x0 set /a R_T+=1 >nul
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\DomainProfile" /v EnableFirewall 2^>nul') do (if defined R_#2#%%a.%%b set /a R_N+=1 >nul& set "R_#2#%%a.%%b=")
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile" /v EnableFirewall >nul 2>&1 & if not errorlevel 1 set R_#4#EnableFirewall.0x0=1
if defined R_#4#EnableFirewall.0x0 set /a R_T+=1 >nul
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile" /v EnableFirewall 2^>nul') do (if defined R_#4#%%a.%%b set /a R_N+=1 >nul& set "R_#4#%%a.%%b=")
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile" /v EnableFirewall >nul 2>&1 & if not errorlevel 1 set R_#6#EnableFirewall.0x0=1
if defined R_#6#EnableFirewall.0x0 set /a R_T+=1 >nul
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile" /v EnableFirewall 2^>nul') do (if defined R_#6#%%a.%%b set /a R_N+=1 >nul& set "R_#6#%%a.%%b=")
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: unload hives, detach disk, swap it back, start VM.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
'@
function Out-RdpfixLog([string] $Level, [string] $Line) {
    $time = [DateTime]::Now.ToString('MM/dd/yyyy HH:mm:ss', [Globalization.CultureInfo]::InvariantCulture)
    '[' + $Level + ' ' + $time + '] ' + ($Line -replace '\[(?=STATUS\]|(?:Log-Start|Log-End|Output|Info|Warning|Error|Debug) )', '(')
}
$held = $null
$code = 1
& {
    try {
        $wait = 0
        foreach ($disk in @(Get-Disk | Where-Object { -not $_.IsBoot -and -not $_.IsSystem })) {
            if ($disk.IsOffline -or $disk.IsReadOnly) {
                $disk | Set-Disk -IsOffline $false -ErrorAction SilentlyContinue
                $disk | Set-Disk -IsReadOnly $false -ErrorAction SilentlyContinue
                $wait = 60
            }
            $state = Get-Disk -Number $disk.Number
            if ($state.IsOffline -or $state.IsReadOnly) {
                Write-Output ('rdpfix: disk ' + $disk.Number + ' stays offline or read-only; not used')
                continue
            }
            foreach ($partition in @(Get-Partition -DiskNumber $disk.Number -ErrorAction SilentlyContinue)) {
                if ($partition.DriveLetter -notmatch '[A-Za-z]' -and $partition.Size -gt 1024 * 1024 * 1024) {
                    $partition | Add-PartitionAccessPath -AssignDriveLetter -ErrorAction SilentlyContinue
                    $wait = 60
                }
            }
        }
        $until = [DateTime]::Now.AddSeconds($wait)
        do {
            $found = @([IO.DriveInfo]::GetDrives() | Where-Object {
                $_.DriveType -eq 'Fixed' -and $_.Name -ne ($env:SystemDrive + '\') -and (Test-Path -LiteralPath ($_.Name + 'Windows\System32\config\SYSTEM'))
            } | ForEach-Object { $_.Name.TrimEnd('\') })
            if ($found.Count -gt 0) {
                break
            }
            Start-Sleep -Seconds 2
        } while ([DateTime]::Now -lt $until)
        if ($found.Count -eq 0) {
            foreach ($volume in @(Get-Volume | Where-Object { $_.DriveLetter -and $_.DriveType -eq 'Fixed' -and -not $_.FileSystem })) {
                Write-Output ('rdpfix: ' + $volume.DriveLetter + ': unreadable (BitLocker?): az vm repair create --unlock-encrypted-vm')
            }
            Write-Output 'rdpfix: STOPPED: no Windows disk found besides the system drive; nothing changed'
            $script:code = 2; return
        }
        if ($found.Count -gt 1) {
            Write-Output ('rdpfix: Windows\System32\config\SYSTEM found on:' + ' ' + ($found -join ' '))
            Write-Output 'rdpfix: STOPPED: more than one disk holds a Windows; nothing is changed.'
            $script:code = 2; return
        }
        $drive = $found[0]
        Write-Output ('rdpfix: the broken VM''s disk is' + ' ' + $drive)
        foreach ($name in @($system, $software)) {
            if (Test-Path -LiteralPath ('Registry::HKEY_LOCAL_MACHINE\' + $name)) {
                Write-Output ('rdpfix: to free it: reg unload HKLM\' + $name + '')
                Write-Output ('rdpfix: STOPPED: HKLM\' + $name + ' in use; nothing changed')
                $script:code = 2; return
            }
        }
        foreach ($hive in @('SYSTEM', 'SOFTWARE')) {
            $copy = $drive + '\rdpfix\' + $hive
            if (-not (Test-Path -LiteralPath $copy)) {
                try {
                    New-Item -ItemType Directory -Force -Path ($drive + '\rdpfix') -ErrorAction Stop | Out-Null
                    Copy-Item -LiteralPath ($drive + '\Windows\System32\config\' + $hive) -Destination $copy -ErrorAction Stop
                } catch {
                    Write-Output ('rdpfix: STOPPED: cannot copy hive ' + $hive + ' to the disk; nothing changed.')
                    $script:code = 2; return
                }
            }
        }
        $file = Join-Path $env:SystemRoot ('Temp\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')
        try {
            [IO.File]::WriteAllText($file, ($batch -replace "`r?`n", "`r`n") + "`r`n", [Text.Encoding]::ASCII)
        } catch {
            Write-Output 'rdpfix: STOPPED: cannot write the batch file; nothing is changed.'
            $script:code = 1; return
        }
        & reg.exe load ('HKLM\' + $system) ($drive + '\Windows\System32\config\SYSTEM')
        if ($LASTEXITCODE -ne 0) {
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
            Write-Output 'rdpfix: STOPPED: cannot load the disk''s SYSTEM hive; nothing is changed.'
            $script:code = 2; return
        }
        & reg.exe load ('HKLM\' + $software) ($drive + '\Windows\System32\config\SOFTWARE')
        if ($LASTEXITCODE -ne 0) {
            & reg.exe unload ('HKLM\' + $system)
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
            Write-Output 'rdpfix: STOPPED: cannot load the disk''s SOFTWARE hive; nothing is changed.'
            $script:code = 2; return
        }
        $lines = @(& cmd.exe /d /c $file '2>&1')
        $batchCode = $LASTEXITCODE
        Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
        $lines | Select-Object -First ([Math]::Max($lines.Count - 1, 0)) | Where-Object { $_ -ne 'rdpfix: next: unload hives, detach disk, swap it back, start VM.' }
        [GC]::Collect()
        [GC]::WaitForPendingFinalizers()
        $loaded = $false
        foreach ($name in @($software, $system)) {
            & reg.exe unload ('HKLM\' + $name)
            if ($LASTEXITCODE -ne 0) {
                Write-Output ('rdpfix: before the restore: reg unload HKLM\' + $name + '')
                $loaded = $true
            }
        }
        if ($loaded) {
            Write-Output 'rdpfix: FAILED: a hive of the disk is still loaded (see above).'
            $script:code = 1; return
        }
        if ($lines.Count -eq 0) {
            Write-Output 'rdpfix: FAILED: the batch printed nothing.'
            $script:code = 1; return
        }
        $last = $lines[-1]
        $kept = Join-Path $drive 'Windows\rdpfix'
        $made = Join-Path $env:SystemRoot 'rdpfix'
        try {
            foreach ($record in @(Get-ChildItem -LiteralPath $made -File -ErrorAction SilentlyContinue | Where-Object { $_.Name -like ($undo + '-*.rec') })) {
                if (Test-Path -LiteralPath (Join-Path $kept $record.Name)) {
                    Write-Output 'rdpfix: the disk keeps its earlier undo record (Windows\rdpfix)'
                    continue
                }
                New-Item -ItemType Directory -Force -Path $kept -ErrorAction Stop | Out-Null
                Copy-Item -LiteralPath (Join-Path $made ($undo + '.cmd')) -Destination $kept -Force -ErrorAction Stop
                Get-ChildItem -LiteralPath $made -File | Where-Object { $_.Name -like ($record.BaseName + '.*') } | Copy-Item -Destination $kept -Force -ErrorAction Stop
                Write-Output 'rdpfix: the undo record is kept on the disk, in Windows\rdpfix'
            }
        } catch {
            $last = 'rdpfix: FAILED: fixed, but the undo record is not on the disk; run this again'
            $batchCode = 1
        }
        if ($batchCode -eq 0) {
            Write-Output 'rdpfix: next: az vm repair restore (puts the disk back), then try RDP.'
        }
        Write-Output $last
        $script:code = $batchCode
    } catch {
        'rdpfix: FAILED: ' + ($_.Exception.Message -replace '\s+', ' ')
        $script:code = 1; return
    }
} 2>&1 | ForEach-Object {
    if ($null -ne $held) {
        Out-RdpfixLog 'Output' $held
    }
    $held = [string] $_
}
if ($code -eq 0) {
    Out-RdpfixLog 'Output' $held
    '[STATUS]::SUCCESS'
} else {
    Out-RdpfixLog 'Error' $held
    '[STATUS]::ERROR'
}
exit $code
