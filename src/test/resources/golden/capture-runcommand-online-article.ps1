# rdpfix (catalog 2018-10-24.1): reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.
# Run Command (RunPowerShellScript, runs as SYSTEM on the VM): writes the batch below to a file,
# runs it with cmd.exe (its errors in the output) and exits with its exit code; the last line is the verdict.
# The capture only reads the values the fix would change; copy all of its output into rdpfix's page.
# The batch is, byte for byte, what this link's capture .cmd download gives.
# The same script again: http://localhost:8080/?channel=runcommand&lang=en
$batch = @'
@echo off
setlocal DisableDelayedExpansion
REM rdpfix capture 6c27e47e: prints the current values and changes nothing.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM Copy all of its output into rdpfix's undo box.
REM The same script again: "http://localhost:8080/?channel=runcommand&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_O="%SystemRoot%\Temp\rdpfix-6c27e47e.txt"
>%R_O% echo #rdpfix begi^n 6c27e47e 16 2
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if errorlevel 1 (set R_K01=absent) else set R_K01=present
reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT" >nul 2>&1 & if errorlevel 1 (set R_K02=absent) else set R_K02=present
reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 (set R_L01=absent) else set R_L01=present
>>%R_O% echo #K0^1 %R_K01% #K0^2 %R_K02% #L0^1 %R_L01%
set R_P1=HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp
for %%n in (SecurityLayer MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime MaxConnectionTime fInheritMaxIdleTime MaxIdleTime MaxInstanceCount) do (set R_W1#%%n=1& set R_D1#%%n=line& reg query "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp" /v %%n >nul 2>&1& if errorlevel 1 set R_D1#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D1#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P1%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W1#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P1%" 2^>nul') do @if defined R_W1#%%a >>%R_O% echo #P^1 %%a [%%b]
>>%R_O% echo #V0^1 %R_D1#SecurityLayer% #V0^2 %R_D1#MinEncryptionLevel% #V0^3 %R_D1#fQueryUserConfigFromLocalMachine% #V0^4 %R_D1#KeepAliveTimeout% #V0^7 %R_D1#fInheritReconnectSame%
>>%R_O% echo #V0^8 %R_D1#fReconnectSame% #V1^0 %R_D1#fInheritMaxSessionTime% #V1^1 %R_D1#fInheritMaxDisconnectionTime% #V1^2 %R_D1#MaxDisconnectionTime% #V1^3 %R_D1#MaxConnectionTime%
>>%R_O% echo #V1^4 %R_D1#fInheritMaxIdleTime% #V1^5 %R_D1#MaxIdleTime% #V1^6 %R_D1#MaxInstanceCount%
set R_P2=HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
for %%n in (KeepAliveEnable KeepAliveInterval fDisableAutoReconnect) do (set R_W2#%%n=1& set R_D2#%%n=line& reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v %%n >nul 2>&1& if errorlevel 1 set R_D2#%%n=absent)
for /f "tokens=1-3" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_D2#%%a=%%c"
for /f "tokens=1,2" %%a in ('reg query "%R_P2%" 2^>nul') do @if "%%b"=="REG_DWORD" set "R_W2#%%a="
for /f "tokens=1*" %%a in ('reg query "%R_P2%" 2^>nul') do @if defined R_W2#%%a >>%R_O% echo #P^2 %%a [%%b]
>>%R_O% echo #V0^5 %R_D2#KeepAliveEnable% #V0^6 %R_D2#KeepAliveInterval% #V0^9 %R_D2#fDisableAutoReconnect%
for %%e in (SecurityLayer MinEncryptionLevel fQueryUserConfigFromLocalMachine KeepAliveTimeout fInheritReconnectSame fReconnectSame fInheritMaxSessionTime fInheritMaxDisconnectionTime MaxDisconnectionTime MaxConnectionTime fInheritMaxIdleTime MaxIdleTime MaxInstanceCount) do @set R_@%%e=1
set R_P=0& for /f "tokens=1" %%a in ('reg query "HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" 2^>nul') do @if defined R_@%%a for %%f in (R_$%%a R_P) do @set %%f=1
if not "%R_P%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=$=" %%z in ^('set R_$'^) do @set /p "=%%~nz " ^<nul') do @set "R_Q=%%l"
if not "%R_P%"=="0" >>%R_O% echo rdpfix: overridden by policy: %R_Q:~0,44%
>>%R_O% echo #rdpfix en^d 6c27e47e 16 2
if defined R_X >>%R_O% echo rdpfix: FAILED: %R_X%
if not defined R_X >>%R_O% echo rdpfix: capture 6c27e47e complete. Copy all of it into rdpfix.
type %R_O%
if defined R_X exit /b 1
exit /b 0
'@
$code = 1
& {
    try {
        $file = Join-Path $env:SystemRoot ('Temp\rdpfix-' + [guid]::NewGuid().ToString('N') + '.cmd')
        try {
            [IO.File]::WriteAllText($file, ($batch -replace "`r?`n", "`r`n") + "`r`n", [Text.Encoding]::ASCII)
        } catch {
            Write-Output 'rdpfix: STOPPED: cannot write the batch file; nothing is changed.'
            $script:code = 1; return
        }
        & cmd.exe /d /c $file '2>&1'
        $script:code = $LASTEXITCODE
        Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
    } catch {
        'rdpfix: FAILED: ' + ($_.Exception.Message -replace '\s+', ' ')
        $script:code = 1; return
    }
} 2>&1
exit $code
