@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Sets 16 REG_DWORD values under:
REM   HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM 1. RDP security layer: native RDP encryption (SecurityLayer=0x0)
REM    WARNING: Weakens security: drops TLS server authentication. Set it back after the fix.
REM 2. Minimum encryption level: low (MinEncryptionLevel=0x1)
REM    WARNING: Weakens security: allows low encryption. Set it back after the fix.
REM 3. User configuration from the local machine (fQueryUserConfigFromLocalMachine=0x1)
REM 4. Keep-alive (KeepAliveTimeout=0x1 KeepAliveEnable=0x1 KeepAliveInterval=0x1)
REM 5. Reconnect (fInheritReconnectSame=0x0 fReconnectSame=0x1 fDisableAutoReconnect=0x0)
REM 6. Session time limit (fInheritMaxSessionTime=0x1)
REM 7. Disconnection time limit (fInheritMaxDisconnectionTime=0x1 MaxDisconnectionTime=0x0)
REM 8. Connection time limit (MaxConnectionTime=0x0)
REM 9. Idle time limit (fInheritMaxIdleTime=0x1 MaxIdleTime=0x0)
REM 10. Maximum connections: unlimited (MaxInstanceCount=0xffffffff)
REM First records the current values in %SystemRoot%\rdpfix\undo-6c27e47e.cmd (kept if it exists).
REM The same script again: "http://localhost:8080/?dword=hex"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
md "%SystemRoot%\rdpfix" 2>nul& pushd "%SystemRoot%\rdpfix"
>n.cmd echo @echo off
>>n.cmd echo setlocal DisableDelayedExpansion
>>n.cmd echo cd /d "%%~dp0"^& set R_G=%%~dp0..\System32\reg.exe^& set R_A=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_^& set /a R_E=0,R_N=0,R_T=0,R_K=0^& for %%%%v in ^(L U H I P^) do set R_%%%%v=
>>n.cmd echo if not exist "%%R_G%%" echo rdpfix: FAILED: no System32\reg.exe beside this folder; nothing changed^& exit /b 1
>>n.cmd echo for /f "tokens=1,2,*" %%%%a in ^('%%R_G%% query "HKLM\SYSTEM\CurrentControlSet\Control\ComputerName\ActiveComputerName" /v ComputerName 2^^^>nul'^) do if /i "%%%%a"=="ComputerName" set "R_I=%%%%c"
>>n.cmd echo for /f "delims=%%R_A%%" %%%%a in ^("%%R_I%%"^) do set R_I=
>>n.cmd echo for /f "tokens=2,*" %%%%a in ^('%%R_G%% query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^^^>nul'^) do if "%%%%a"=="REG_SZ" set "R_P=%%%%b"
>>n.cmd echo for /f "delims=%%R_A%%. " %%%%a in ^("%%R_P%%"^) do set R_P=?
>>n.cmd echo if not defined R_I echo rdpfix: FAILED: cannot read this machine's ComputerName; nothing changed^& exit /b 1
>>n.cmd echo set R_M=%%1^& set R_O=undo-6c27e47e-%%R_I%%.rec
>>n.cmd echo if "%%1"=="record" goto r
>>n.cmd echo if not exist %%R_O%% for %%%%f in ^(undo-6c27e47e-*.rec^) do echo rdpfix: another machine's record, not used: %%%%f
>>n.cmd echo if not exist %%R_O%% echo rdpfix: FAILED: no record of %%R_I:~0,15%% here; nothing changed^& exit /b 1
>>n.cmd echo echo rdpfix: undo on %%R_I:~0,15%% ^^^(%%R_P:~0,40%%^^^)
>>n.cmd echo :p
>>n.cmd echo set R_W=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp^& call :key
>>n.cmd echo if "%%R_M%%"=="record" call :bak 1
>>n.cmd echo for %%%%v in ^(SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff^) do call :v 1 %%%%v
>>n.cmd echo set R_W=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services^& call :key "HKLM\SOFTWARE\Policies\Microsoft\Windows NT" "HKLM\SOFTWARE\Policies\Microsoft"
>>n.cmd echo if "%%R_M%%"=="record" call :bak 2
>>n.cmd echo for %%%%v in ^(KeepAliveEnable.0x1 KeepAliveInterval.0x1 fDisableAutoReconnect.0x0^) do call :v 2 %%%%v
>>n.cmd echo if "%%R_M%%"=="record" set R_W=HKLM\SOFTWARE\Policies\Microsoft\Windows NT^& call :key "HKLM\SOFTWARE\Policies\Microsoft"
>>n.cmd echo if "%%R_M%%"=="record" goto c
>>n.cmd echo for /f "tokens=1,*" %%%%a in ^(%%R_O%%^) do if "%%%%a"=="C" call :drop "%%%%b"
>>n.cmd echo if defined R_L echo rdpfix: changed since the fix, left as it is:%%R_L:~0,34%%
>>n.cmd echo if defined R_H echo rdpfix: no DWORD before; by hand from undo-*.reg:%%R_H:~0,28%%
>>n.cmd echo if not %%R_E%%==0 echo rdpfix: FAILED, partly put back; %%R_E%% of %%R_T%% not:%%R_U:~0,30%%^& exit /b 1
>>n.cmd echo move /y %%R_O%% %%R_O%%.done ^>nul 2^>^&1
>>n.cmd echo if exist %%R_O%% echo rdpfix: FAILED: put back, but the record could not be retired^& exit /b 1
>>n.cmd echo set R_V=OK, %%R_N%% of %%R_T%% values as before the fix
>>n.cmd echo if not %%R_K%%==0 set R_V=OK, %%R_N%% of %%R_T%% as before the fix, %%R_K%% left as changed since
>>n.cmd echo echo rdpfix: next: shutdown /r /t 0 ^^^(domain-joined: gpupdate /force first^^^)
>>n.cmd echo echo rdpfix: %%R_V%%^& exit /b 0
>>n.cmd echo :r
>>n.cmd echo if exist 6c27e47e-1.reg if not exist old-undo-6c27e47e.cmd move /y undo-6c27e47e.cmd old-undo-6c27e47e.cmd ^>nul
>>n.cmd echo if exist %%R_O%% goto k
>>n.cmd echo ^>%%R_O%% echo I %%R_I%%^& ^>^>%%R_O%% echo P %%R_P%%^& goto p
>>n.cmd echo :c
>>n.cmd echo if not %%R_E%%==0 del %%R_O%%^& echo rdpfix: FAILED: cannot read:%%R_U:~0,30%%; no undo recorded^& exit /b 1
>>n.cmd echo move /y "%%~nx0" undo-6c27e47e.cmd ^>nul^& exit /b 0
>>n.cmd echo :k
>>n.cmd echo echo rdpfix: keeps the earlier undo file.
>>n.cmd echo move /y "%%~nx0" undo-6c27e47e.cmd ^>nul^& exit /b 0
>>n.cmd echo :key
>>n.cmd echo set "R_Y=%%R_W%%"^& set R_Z=ok^& %%R_G%% query "%%R_W%%" ^>nul 2^>^&1^& if not errorlevel 1 exit /b
>>n.cmd echo set R_Z=K^& if "%%~1"=="" exit /b
>>n.cmd echo set R_Z=?
>>n.cmd echo :up
>>n.cmd echo if "%%~1"=="" exit /b
>>n.cmd echo %%R_G%% query %%1 ^>nul 2^>^&1^& if errorlevel 1 set "R_Y=%%~1"^& shift^& goto up
>>n.cmd echo set R_Z=K^& for /f "delims=" %%%%l in ^('%%R_G%% query %%1 2^^^>nul'^) do if /i "%%%%l"=="%%R_Y:HKLM\=HKEY_LOCAL_MACHINE\%%" set R_Z=?
>>n.cmd echo if "%%R_M%%"=="record" if "%%R_Z%%"=="K" ^>^>%%R_O%% echo C %%R_W%%
>>n.cmd echo exit /b
>>n.cmd echo :bak
>>n.cmd echo if not "%%R_Z%%"=="ok" exit /b
>>n.cmd echo %%R_G%% export "%%R_W%%" undo-6c27e47e-%%R_I%%.%%1.reg /y ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%1.reg"^& set /a R_E+=1
>>n.cmd echo exit /b
>>n.cmd echo :read
>>n.cmd echo set "R_S=- -"^& if "%%R_Z%%"=="K" exit /b
>>n.cmd echo set "R_S=? -"^& if "%%R_Z%%"=="?" exit /b
>>n.cmd echo set "R_S=- -"^& for /f "tokens=1,2" %%%%a in ^('%%R_G%% query "%%R_W%%" /v %%1 2^^^>nul'^) do if /i "%%%%a"=="%%1" set "R_S=%%%%b -"
>>n.cmd echo if "%%R_S%%"=="REG_DWORD -" for /f "tokens=1,3" %%%%a in ^('%%R_G%% query "%%R_W%%" /v %%1 2^^^>nul'^) do if /i "%%%%a"=="%%1" set "R_S=REG_DWORD %%%%b"
>>n.cmd echo exit /b
>>n.cmd echo :v
>>n.cmd echo set R_F=%%~x2^& set /a R_T+=1^& call :read %%~n2
>>n.cmd echo if not "%%R_M%%"=="record" goto u
>>n.cmd echo ^>^>%%R_O%% echo V %%1 %%~n2 %%R_S%%
>>n.cmd echo if "%%R_S%%"=="? -" set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1
>>n.cmd echo exit /b
>>n.cmd echo :u
>>n.cmd echo set R_R=?^& for /f "tokens=1-5" %%%%a in ^(%%R_O%%^) do if "%%%%a %%%%b %%%%c"=="V %%1 %%~n2" set "R_R=%%%%d %%%%e"
>>n.cmd echo if "%%R_R%%"=="?" set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1^& exit /b
>>n.cmd echo if "%%R_S%%"=="%%R_R%%" set /a R_N+=1^& exit /b
>>n.cmd echo if "%%R_S%%"=="? -" set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1^& exit /b
>>n.cmd echo if not "%%R_S%%"=="REG_DWORD %%R_F:~1%%" set "R_L=%%R_L%% %%~n2"^& set /a R_K+=1^& exit /b
>>n.cmd echo if "%%R_R%%"=="- -" %%R_G%% delete "%%R_W%%" /v %%~n2 /f ^>nul 2^>^&1^& goto w
>>n.cmd echo if not "%%R_R:~0,10%%"=="REG_DWORD " set "R_H=%%R_H%% %%~n2"^& set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1^& exit /b
>>n.cmd echo %%R_G%% add "%%R_W%%" /v %%~n2 /t REG_DWORD /d %%R_R:~10%% /f ^>nul 2^>^&1
>>n.cmd echo :w
>>n.cmd echo call :read %%~n2
>>n.cmd echo if "%%R_S%%"=="%%R_R%%" set /a R_N+=1^& exit /b
>>n.cmd echo set "R_U=%%R_U%% %%~n2"^& set /a R_E+=1^& exit /b
>>n.cmd echo :drop
>>n.cmd echo %%R_G%% query %%1 ^>nul 2^>^&1^& if errorlevel 1 exit /b
>>n.cmd echo set R_Y=0^& set "R_W=%%~1"
>>n.cmd echo for /f "delims=" %%%%l in ^('%%R_G%% query %%1 2^^^>nul'^) do if /i not "%%%%l"=="%%R_W:HKLM\=HKEY_LOCAL_MACHINE\%%" set /a R_Y+=1
>>n.cmd echo for /f "tokens=1-3" %%%%a in ^('%%R_G%% query %%1 2^^^>nul'^) do if "%%%%b%%%%c"=="REG_SZ" for /f "delims=()" %%%%x in ^("%%%%a"^) do if "(%%%%x)"=="%%%%a" set /a R_Y-=1
>>n.cmd echo if not %%R_Y%%==0 exit /b
>>n.cmd echo %%R_G%% delete %%1 /f ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%~nx1"^& set /a R_E+=1
>>n.cmd echo exit /b
popd
pushd "%SystemRoot%\rdpfix"
for %%f in (n.cmd) do @set R_S=%%~zf
if "%R_S%"=="5608" call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-6c27e47e.cmd" set R_X=undo record damaged, nothing was changed
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-6c27e47e-%COMPUTERNAME%.rec" set R_X=undo record damaged, nothing was changed
set R_W1=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
set R_W2=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-6c27e47e.cmd" set R_X=the undo file could not be recorded
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-6c27e47e-%COMPUTERNAME%.rec" set R_X=the undo file could not be recorded
if defined R_X set R_W1=& set R_W2=
for %%d in (0x0 0x1 0xffffffff) do @for %%e in (SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff) do @if "%%~xe"==".%%d" reg add "%R_W1%" /v %%~ne /t REG_DWORD /d %%d /f>nul
for %%d in (0x1 0x0) do @for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1 fDisableAutoReconnect.0x0) do @if "%%~xe"==".%%d" reg add "%R_W2%" /v %%~ne /t REG_DWORD /d %%d /f>nul
set /a R_N=0,R_T=16 >nul
for %%e in (SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff KeepAliveEnable.0x1 KeepAliveInterval.0x1 fDisableAutoReconnect.0x0) do @set R_#%%e=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" ^& reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#%%a.%%b set /a R_N+=1 >nul& set "R_#%%a.%%b=")
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: shutdown /r /t 0, then try RDP.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
