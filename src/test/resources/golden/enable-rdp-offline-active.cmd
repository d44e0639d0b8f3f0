@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalog 2026-12-07.1): turn Remote Desktop on again. Azure: RDP general error.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM This script loads them from drive F: and unloads them at the end.
REM Works on the control set that HKLM\BROKENSYSTEM\Select value Current names.
REM Sets 7 REG_DWORD values under:
REM   HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM   HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
REM 1. Allow Remote Desktop connections (fDenyTSConnections=0x0)
REM 2. Remote Desktop Services on (TSEnabled=0x1)
REM 3. New logons allowed (no drain mode) (TSServerDrainMode=0x0)
REM 4. TSUserEnabled 0 (TSUserEnabled=0x0)
REM 5. RDP-Tcp listener on (fEnableWinStation=0x1)
REM 6. Logons through RDP-Tcp allowed (fLogonDisabled=0x0)
REM First records the current values in %SystemRoot%\rdpfix\undo-93d62c58.cmd (kept if it exists).
REM The same script again: "http://localhost:8080/?fix=enable-rdp&channel=manual&current=yes&loadhives=yes&dword=hex&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
md "F:\rdpfix" 2>nul
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 if not exist "F:\rdpfix\SYSTEM" copy /y "F:\Windows\System32\config\SYSTEM" "F:\rdpfix\SYSTEM" >nul 2>&1
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 reg load HKLM\BROKENSYSTEM "F:\Windows\System32\config\SYSTEM" >nul 2>&1& if not errorlevel 1 >"%TEMP%\rdpfix-loaded-BROKENSYSTEM" echo BROKENSYSTEM
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
if exist "%TEMP%\rdpfix-loaded-BROKENSYSTEM" if not exist "F:\rdpfix\SYSTEM" set R_X=no copy of SYSTEM in F:\rdpfix
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 if not exist "F:\rdpfix\SOFTWARE" copy /y "F:\Windows\System32\config\SOFTWARE" "F:\rdpfix\SOFTWARE" >nul 2>&1
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 reg load HKLM\BROKENSOFTWARE "F:\Windows\System32\config\SOFTWARE" >nul 2>&1& if not errorlevel 1 >"%TEMP%\rdpfix-loaded-BROKENSOFTWARE" echo BROKENSOFTWARE
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
if exist "%TEMP%\rdpfix-loaded-BROKENSOFTWARE" if not exist "F:\rdpfix\SOFTWARE" set R_X=no copy of SOFTWARE in F:\rdpfix
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=cannot read Select value Current
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
for /f "tokens=1,2,*" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\ComputerName\ComputerName" /v ComputerName 2^>nul') do @if /i "%%a"=="ComputerName" echo rdpfix: disk %%c, active ControlSet%R_CS%
for /f "tokens=2,*" %%a in ('reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^>nul') do @if "%%a"=="REG_SZ" echo rdpfix: %%b
for %%e in (TSEnabled TSServerDrainMode TSUserEnabled fEnableWinStation fLogonDisabled) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_O=%%l"
if not "%R_P%"=="0" echo rdpfix: overridden by policy: %R_O:~0,44%
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
>>n echo set R_M=%%1^& set R_O=undo-93d62c58-%%R_I%%.rec^& set R_Q=undo-93d62c58-%%R_I%%.now
>>n echo if "%%1"=="record" goto r
>>n echo if not exist %%R_O%% for %%%%f in ^(undo-93d62c58-*.rec^) do echo rdpfix: another machine's record, not used: %%%%f
>>n echo if not exist %%R_O%% echo rdpfix: FAILED: no record of %%R_I:~0,15%% here; nothing changed^& exit /b 1
>>n echo echo rdpfix: undo on %%R_I:~0,15%% ^^^(%%R_P:~0,40%%^^^)
>>n echo :p
>>n echo set "R_J=fDenyTSConnections.0x0 TSEnabled.0x1 TSServerDrainMode.0x0 TSUserEnabled.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server^& call :key^& call :vals 1
>>n echo set "R_J=fDenyTSConnections.0x0"^& set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" "HKLM\BROKENSOFTWARE\Policies\Microsoft"^& call :vals 2
>>n echo if "%%R_M%%"=="record" set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft"
>>n echo set "R_J=fEnableWinStation.0x1 fLogonDisabled.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp^& call :key^& call :vals 3
>>n echo if "%%R_M%%"=="record" del %%R_Q%% 2^>nul^& goto c
>>n echo for /f "tokens=1,*" %%%%a in ^(%%R_O%%^) do if "%%%%a"=="C" call :drop "%%%%b"
>>n echo del %%R_Q%% 2^>nul
>>n echo if defined R_L echo rdpfix: changed since the fix, left as it is:%%R_L:~0,34%%
>>n echo if defined R_H echo rdpfix: no DWORD before; by hand from undo-*.reg:%%R_H:~0,28%%
>>n echo if not %%R_E%%==0 echo rdpfix: FAILED, partly put back; %%R_E%% of %%R_T%% not:%%R_U:~0,30%%^& exit /b 1
>>n echo move /y %%R_O%% %%R_O%%.done ^>nul 2^>^&1
>>n echo if exist %%R_O%% echo rdpfix: FAILED: put back, but the record could not be retired^& exit /b 1
>>n echo if exist "F:\rdpfix\%%R_O%%" move /y "F:\rdpfix\%%R_O%%" "F:\rdpfix\%%R_O%%.done" ^>nul 2^>^&1
>>n echo set R_V=OK, %%R_N%% of %%R_T%% values as before the fix
>>n echo if not %%R_K%%==0 set R_V=OK, %%R_N%% of %%R_T%% as before the fix, %%R_K%% left as changed since
>>n echo echo rdpfix: next: unload hives, detach disk, swap it back, start VM.
>>n echo echo rdpfix: %%R_V%%^& exit /b 0
>>n echo :r
>>n echo if exist 93d62c58-1.reg if not exist old-undo-93d62c58.cmd move /y undo-93d62c58.cmd old-undo-93d62c58.cmd ^>nul
>>n echo if exist %%R_O%% goto k
>>n echo ^>%%R_O%% echo I %%R_I%%^& ^>^>%%R_O%% echo P %%R_P%%^& goto p
>>n echo :c
>>n echo if not %%R_E%%==0 del %%R_O%%^& echo rdpfix: FAILED: cannot read:%%R_U:~0,30%%; no undo recorded^& exit /b 1
>>n echo copy /y undo-93d62c58-%%R_I%%.* "F:\rdpfix\" ^>nul 2^>^&1
>>n echo move /y "%%~nx0" undo-93d62c58.cmd ^>nul^& exit /b 0
>>n echo :k
>>n echo echo rdpfix: keeps the earlier undo file.
>>n echo move /y "%%~nx0" undo-93d62c58.cmd ^>nul^& exit /b 0
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
>>n echo %%R_G%% export "%%R_W%%" undo-93d62c58-%%R_I%%.%%1.reg /y ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%1.reg"^& set /a R_E+=1
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
if not defined R_X if "%R_S%"=="5975" ren n n.cmd
if exist n.cmd call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-93d62c58.cmd" set R_X=undo record damaged, nothing was changed
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-93d62c58-*.rec" set R_X=undo record damaged, nothing was changed
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-93d62c58.cmd" set R_X=the undo file could not be recorded
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-93d62c58-*.rec" set R_X=the undo file could not be recorded
set R_K=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet%R_CS% has no Terminal Server key: skipped, nothing written there.
if not defined R_X if defined R_K (
reg add "%R_K%" /v fDenyTSConnections /t REG_DWORD /d 0x0 /f >nul
reg add "%R_K%" /v TSEnabled /t REG_DWORD /d 0x1 /f >nul
reg add "%R_K%" /v TSServerDrainMode /t REG_DWORD /d 0x0 /f >nul
reg add "%R_K%" /v TSUserEnabled /t REG_DWORD /d 0x0 /f >nul
)
set R_K=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not defined R_X (
reg query "%R_K%" /v fDenyTSConnections >nul 2>&1
if not errorlevel 1 reg add "%R_K%" /v fDenyTSConnections /t REG_DWORD /d 0x0 /f >nul
)
set R_K=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet%R_CS% has no RDP-Tcp key: skipped, nothing written there.
if not defined R_X if defined R_K (
reg add "%R_K%" /v fEnableWinStation /t REG_DWORD /d 0x1 /f >nul
reg add "%R_K%" /v fLogonDisabled /t REG_DWORD /d 0x0 /f >nul
)
set /a R_N=0,R_T=6 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server
reg query "%R_R1%" >nul 2>&1 & if errorlevel 1 set R_R1=& if not defined R_X set R_X=no Terminal Server key in the control sets
for %%e in (fDenyTSConnections.0x0 TSEnabled.0x1 TSServerDrainMode.0x0 TSUserEnabled.0x0) do @set R_#1#%%e=1
if defined R_R1 for /f "tokens=1,3" %%a in ('reg query "%R_R1%"') do (if defined R_#1#%%a.%%b set /a R_N+=1 >nul& set "R_#1#%%a.%%b=")
set R_R3=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_R3%" >nul 2>&1 & if errorlevel 1 set R_R3=& if not defined R_X set R_X=no RDP-Tcp key in the control sets
for %%e in (fEnableWinStation.0x1 fLogonDisabled.0x0) do @set R_#3#%%e=1
if defined R_R3 for /f "tokens=1,3" %%a in ('reg query "%R_R3%"') do (if defined R_#3#%%a.%%b set /a R_N+=1 >nul& set "R_#3#%%a.%%b=")
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDenyTSConnections >nul 2>&1 & if not errorlevel 1 set R_#2#fDenyTSConnections.0x0=1
if defined R_#2#fDenyTSConnections.0x0 set /a R_T+=1 >nul
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v fDenyTSConnections 2^>nul') do (if defined R_#2#%%a.%%b set /a R_N+=1 >nul& set "R_#2#%%a.%%b=")
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
if exist "%TEMP%\rdpfix-loaded-BROKENSYSTEM" reg unload HKLM\BROKENSYSTEM >nul 2>&1 & if errorlevel 1 ping -n 3 127.0.0.1 >nul& reg unload HKLM\BROKENSYSTEM >nul 2>&1
if exist "%TEMP%\rdpfix-loaded-BROKENSYSTEM" reg query HKLM\BROKENSYSTEM >nul 2>&1 & if errorlevel 1 del "%TEMP%\rdpfix-loaded-BROKENSYSTEM"
if exist "%TEMP%\rdpfix-loaded-BROKENSYSTEM" if not defined R_X set R_X=HKLM\BROKENSYSTEM is still loaded
if exist "%TEMP%\rdpfix-loaded-BROKENSOFTWARE" reg unload HKLM\BROKENSOFTWARE >nul 2>&1 & if errorlevel 1 ping -n 3 127.0.0.1 >nul& reg unload HKLM\BROKENSOFTWARE >nul 2>&1
if exist "%TEMP%\rdpfix-loaded-BROKENSOFTWARE" reg query HKLM\BROKENSOFTWARE >nul 2>&1 & if errorlevel 1 del "%TEMP%\rdpfix-loaded-BROKENSOFTWARE"
if exist "%TEMP%\rdpfix-loaded-BROKENSOFTWARE" if not defined R_X set R_X=HKLM\BROKENSOFTWARE is still loaded
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: detach the disk, swap it back, start the VM.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
