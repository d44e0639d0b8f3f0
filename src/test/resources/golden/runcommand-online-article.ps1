# rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
# Run Command (RunPowerShellScript, runs as SYSTEM on the VM): writes the batch below to a file,
# runs it with cmd.exe and exits with its exit code; the last line is the batch's verdict.
# The batch is, byte for byte, what this link's .cmd download gives.
# The same script again: http://localhost:8080/?channel=runcommand
$batch = @'
@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Sets 16 REG_DWORD values under:
REM   HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM 1. RDP security layer: native RDP encryption (SecurityLayer=0)
REM    WARNING: Weakens security: drops TLS server authentication. Set it back after the fix.
REM 2. Minimum encryption level: low (MinEncryptionLevel=1)
REM    WARNING: Weakens security: allows low encryption. Set it back after the fix.
REM 3. User configuration from the local machine (fQueryUserConfigFromLocalMachine=1)
REM 4. Keep-alive (KeepAliveTimeout=1 KeepAliveEnable=1 KeepAliveInterval=1)
REM 5. Reconnect (fInheritReconnectSame=0 fReconnectSame=1 fDisableAutoReconnect=0)
REM 6. Session time limit (fInheritMaxSessionTime=1)
REM 7. Disconnection time limit (fInheritMaxDisconnectionTime=1 MaxDisconnectionTime=0)
REM 8. Connection time limit (MaxConnectionTime=0)
REM 9. Idle time limit (fInheritMaxIdleTime=1 MaxIdleTime=0)
REM 10. Maximum connections: unlimited (MaxInstanceCount=4294967295)
REM First records the current values in %SystemRoot%\rdpfix\undo-6c27e47e.cmd (kept if it exists).
REM The same script again: "http://localhost:8080/?channel=runcommand"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
set R_D=%SystemRoot%\rdpfix
if exist "%R_D%\undo-6c27e47e.cmd" echo rdpfix: keeps the earlier undo file.& set R_D=%R_D%\scratch
md "%R_D%" 2>nul& pushd "%R_D%"
del /q 6c27e47e-* n.cmd 2>nul
>n.cmd echo @echo off
>>n.cmd echo cd /d "%%~dp0"^& set R_E=0^& for %%%%r in ^(reg.exe^) do set R_G=%%%%~$PATH:r
>>n.cmd echo call :%%1k 1 "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" ^>nul 2^>^&1
>>n.cmd echo call :%%1k 2 "HKLM\SOFTWARE\Policies\Microsoft\Windows NT" ^>nul 2^>^&1
>>n.cmd echo if "%%1"=="record" if %%R_E%%==0 ren n.cmd undo-6c27e47e.cmd^& exit /b 0
>>n.cmd echo if "%%1"=="record" exit /b 1
>>n.cmd echo if not %%R_E%%==0 echo rdpfix: FAILED: %%R_E%% of 2 keys not put back, left as they were^& exit /b 1
>>n.cmd echo ren undo-6c27e47e.cmd done-undo-6c27e47e.cmd^& echo rdpfix: OK, 2 of 2 keys put back whole, as before the fix^& exit /b 0
>>n.cmd echo :recordk
>>n.cmd echo %%R_G%% export %%2 6c27e47e-%%1.reg /y^& if not errorlevel 1 exit /b
>>n.cmd echo %%R_G%% query %%2^& if not errorlevel 1 set /a R_E+=1
>>n.cmd echo ^>6c27e47e-%%1.reg echo REGEDIT4^& exit /b
>>n.cmd echo :k
>>n.cmd echo %%R_G%% export %%2 6c27e47e-%%1.now /y
>>n.cmd echo %%R_G%% delete %%2 /f
>>n.cmd echo %%R_G%% import 6c27e47e-%%1.reg^& if errorlevel 1 %%R_G%% import 6c27e47e-%%1.now^& set /a R_E+=1
for %%f in (n.cmd) do @set R_S=%%~zf
if "%R_S%"=="884" call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-6c27e47e.cmd" set R_X=undo record damaged, nothing was changed
set R_W1=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
set R_W2=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not exist "%SystemRoot%\rdpfix\undo-6c27e47e.cmd" set R_X=the undo file could not be recorded
if defined R_X set R_W1=& set R_W2=
for %%d in (0 1 4294967295) do @for %%e in (SecurityLayer.0 MinEncryptionLevel.1 fQueryUserConfigFromLocalMachine.1 KeepAliveTimeout.1 fInheritReconnectSame.0 fReconnectSame.1 fInheritMaxSessionTime.1 fInheritMaxDisconnectionTime.1 MaxDisconnectionTime.0 MaxConnectionTime.0 fInheritMaxIdleTime.1 MaxIdleTime.0 MaxInstanceCount.4294967295) do @if "%%~xe"==".%%d" reg add "%R_W1%" /v %%~ne /t REG_DWORD /d %%d /f>nul
for %%d in (1 0) do @for %%e in (KeepAliveEnable.1 KeepAliveInterval.1 fDisableAutoReconnect.0) do @if "%%~xe"==".%%d" reg add "%R_W2%" /v %%~ne /t REG_DWORD /d %%d /f>nul
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
'@
$file = Join-Path $env:SystemRoot ('Temp\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')
try {
    [IO.File]::WriteAllText($file, ($batch -replace "`r?`n", "`r`n") + "`r`n", [Text.Encoding]::ASCII)
} catch {
    Write-Output 'rdpfix: STOPPED: cannot write the batch file; nothing is changed.'
    exit 1
}
& cmd.exe /d /c $file
$code = $LASTEXITCODE
Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
exit $code
