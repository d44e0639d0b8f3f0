# rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
# az vm repair run --run-on-repair (runs as SYSTEM on the repair VM): finds the broken VM's OS disk,
# loads its hives as HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE, runs the batch below with cmd.exe, unloads them,
# and ends with the batch's verdict; it exits non-zero when anything failed.
# The undo file the batch writes stays on the repair VM, which the restore deletes. Ways back: the VM's
# original OS disk (this works on a copy; swap it back), or an undo built on rdpfix's page from a capture.
# The batch is, byte for byte, what this link's .cmd download gives.
# The same script again: http://localhost:8080/?channel=repair
$system = 'BROKENSYSTEM'
$software = 'BROKENSOFTWARE'
$batch = @'
@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
REM Offline: run on the repair VM as administrator; the broken disk's hives are HKLM\BROKENSYSTEM and HKLM\BROKENSOFTWARE.
REM Load them first (regedit, File, Load Hive) and unload them afterwards.
REM Sets 29 REG_DWORD values under:
REM   HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
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
REM First records the current values in %SystemRoot%\rdpfix\undo-61fa4669.cmd (kept if it exists).
REM The same script again: "http://localhost:8080/?channel=repair"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM not loaded
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE not loaded
set R_D=%SystemRoot%\rdpfix
if exist "%R_D%\undo-61fa4669.cmd" echo rdpfix: keeps the earlier undo file.& set R_D=%R_D%\scratch
md "%R_D%" 2>nul& pushd "%R_D%"
del /q 61fa4669-* n.cmd 2>nul
>n.cmd echo @echo off
>>n.cmd echo cd /d "%%~dp0"^& set R_E=0^& for %%%%r in ^(reg.exe^) do set R_G=%%%%~$PATH:r
>>n.cmd echo call :%%1k 1 "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" ^>nul 2^>^&1
>>n.cmd echo call :%%1k 2 "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" ^>nul 2^>^&1
>>n.cmd echo call :%%1k 3 "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" ^>nul 2^>^&1
>>n.cmd echo if "%%1"=="record" if %%R_E%%==0 ren n.cmd undo-61fa4669.cmd^& exit /b 0
>>n.cmd echo if "%%1"=="record" exit /b 1
>>n.cmd echo if not %%R_E%%==0 echo rdpfix: FAILED: %%R_E%% of 3 keys not put back, left as they were^& exit /b 1
>>n.cmd echo ren undo-61fa4669.cmd done-undo-61fa4669.cmd^& echo rdpfix: OK, 3 of 3 keys put back whole, as before the fix^& exit /b 0
>>n.cmd echo :recordk
>>n.cmd echo %%R_G%% export %%2 61fa4669-%%1.reg /y^& if not errorlevel 1 exit /b
>>n.cmd echo %%R_G%% query %%2^& if not errorlevel 1 set /a R_E+=1
>>n.cmd echo ^>61fa4669-%%1.reg echo REGEDIT4^& exit /b
>>n.cmd echo :k
>>n.cmd echo %%R_G%% export %%2 61fa4669-%%1.now /y
>>n.cmd echo %%R_G%% delete %%2 /f
>>n.cmd echo %%R_G%% import 61fa4669-%%1.reg^& if errorlevel 1 %%R_G%% import 61fa4669-%%1.now^& set /a R_E+=1
for %%f in (n.cmd) do @set R_S=%%~zf
if not defined R_X if "%R_S%"=="993" call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-61fa4669.cmd" set R_X=undo record damaged, nothing was changed
reg query "HKLM\BROKENSYSTEM\ControlSet001\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if not errorlevel 1 set R_S001=1
reg query "HKLM\BROKENSYSTEM\ControlSet002\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if not errorlevel 1 set R_S002=1
set R_W3=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not exist "%SystemRoot%\rdpfix\undo-61fa4669.cmd" if not defined R_X set R_X=the undo file could not be recorded
if defined R_X set R_S001=& set R_S002=& set R_W3=
if not defined R_X if not defined R_S001 echo rdpfix: ControlSet001 has no RDP-Tcp key: skipped, nothing written there.
if not defined R_X if not defined R_S002 echo rdpfix: ControlSet002 has no RDP-Tcp key: skipped, nothing written there.
for %%c in (001 002) do @if defined R_S%%c for %%d in (0 1 4294967295) do @for %%e in (SecurityLayer.0 MinEncryptionLevel.1 fQueryUserConfigFromLocalMachine.1 KeepAliveTimeout.1 fInheritReconnectSame.0 fReconnectSame.1 fInheritMaxSessionTime.1 fInheritMaxDisconnectionTime.1 MaxDisconnectionTime.0 MaxConnectionTime.0 fInheritMaxIdleTime.1 MaxIdleTime.0 MaxInstanceCount.4294967295) do @if "%%~xe"==".%%d" reg add "HKLM\BROKENSYSTEM\ControlSet%%c\Control\Terminal Server\WinStations\RDP-Tcp" /v %%~ne /t REG_DWORD /d %%d /f>nul
for %%d in (1 0) do @for %%e in (KeepAliveEnable.1 KeepAliveInterval.1 fDisableAutoReconnect.0) do @if "%%~xe"==".%%d" reg add "%R_W3%" /v %%~ne /t REG_DWORD /d %%d /f>nul
set /a R_N=0,R_T=3 >nul
for %%c in (001 002) do (reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1& if not errorlevel 1 set R_V%%c=1)
for %%c in (001 002) do @if defined R_V%%c set /a R_T+=13 >nul
for %%e in (SecurityLayer.0x0 MinEncryptionLevel.0x1 fQueryUserConfigFromLocalMachine.0x1 KeepAliveTimeout.0x1 fInheritReconnectSame.0x0 fReconnectSame.0x1 fInheritMaxSessionTime.0x1 fInheritMaxDisconnectionTime.0x1 MaxDisconnectionTime.0x0 MaxConnectionTime.0x0 fInheritMaxIdleTime.0x1 MaxIdleTime.0x0 MaxInstanceCount.0xffffffff) do @for %%c in (001 002) do @if defined R_V%%c set R_#%%c#%%e=1
for %%c in (001 002) do @if defined R_V%%c for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Control\Terminal Server\WinStations\RDP-Tcp"') do (if defined R_#%%c#%%a.%%b set /a R_N+=1 >nul& set "R_#%%c#%%a.%%b=")
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1 fDisableAutoReconnect.0x0) do @set R_#0#%%e=1
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#0#%%a.%%b set /a R_N+=1 >nul& set "R_#0#%%a.%%b=")
if %R_T% lss 4 if not defined R_X set R_X=no RDP-Tcp key in the control sets
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
$found = @(Get-PSDrive -PSProvider FileSystem | Where-Object {
    $_.Root -ne ($env:SystemDrive + '\') -and (Test-Path -LiteralPath (Join-Path $_.Root 'Windows\System32\config\SYSTEM'))
})
if ($found.Count -eq 0) {
    Write-Output 'rdpfix: STOPPED: no Windows disk found besides the system drive; nothing changed'
    exit 2
}
if ($found.Count -gt 1) {
    Write-Output ('rdpfix: Windows\System32\config\SYSTEM found on:' + ' ' + (($found | ForEach-Object { $_.Name + ':' }) -join ' '))
    Write-Output 'rdpfix: STOPPED: more than one disk holds a Windows; nothing is changed.'
    exit 2
}
$drive = $found[0].Name + ':'
Write-Output ('rdpfix: the broken VM''s disk is' + ' ' + $drive)
foreach ($name in @($system, $software)) {
    if (Test-Path -LiteralPath ('Registry::HKEY_LOCAL_MACHINE\' + $name)) {
        Write-Output ('rdpfix: to free it: reg unload HKLM\' + $name + '')
        Write-Output ('rdpfix: STOPPED: HKLM\' + $name + ' in use; nothing changed')
        exit 2
    }
}
$file = Join-Path $env:SystemRoot ('Temp\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')
try {
    [IO.File]::WriteAllText($file, ($batch -replace "`r?`n", "`r`n") + "`r`n", [Text.Encoding]::ASCII)
} catch {
    Write-Output 'rdpfix: STOPPED: cannot write the batch file; nothing is changed.'
    exit 1
}
& reg.exe load ('HKLM\' + $system) ($drive + '\Windows\System32\config\SYSTEM')
if ($LASTEXITCODE -ne 0) {
    Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    Write-Output 'rdpfix: STOPPED: cannot load the disk''s SYSTEM hive; nothing is changed.'
    exit 2
}
& reg.exe load ('HKLM\' + $software) ($drive + '\Windows\System32\config\SOFTWARE')
if ($LASTEXITCODE -ne 0) {
    & reg.exe unload ('HKLM\' + $system)
    Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    Write-Output 'rdpfix: STOPPED: cannot load the disk''s SOFTWARE hive; nothing is changed.'
    exit 2
}
$lines = @(& cmd.exe /d /c $file)
$code = $LASTEXITCODE
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
    exit 1
}
if ($lines.Count -eq 0) {
    Write-Output 'rdpfix: FAILED: the batch printed nothing.'
    exit 1
}
if ($code -eq 0) {
    Write-Output 'rdpfix: next: az vm repair restore (puts the fixed disk back), then try RDP.'
}
Write-Output $lines[-1]
exit $code
