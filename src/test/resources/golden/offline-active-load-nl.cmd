@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE.
REM Dit script laadt ze van station G: en verwijdert ze aan het eind.
REM Werkt op de control set die HKLM\BROKENSYSTEM\Select waarde Current aanwijst.
REM Zet 3 REG_DWORD-waarden onder:
REM   HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM 1. Keep-alive (KeepAliveTimeout=1 KeepAliveEnable=1 KeepAliveInterval=1)
REM Legt eerst de huidige waarden vast in %SystemRoot%\rdpfix\undo-5acaeb1d.cmd (een bestaand bestand blijft staan).
REM Hetzelfde script opnieuw: "http://localhost:8080/?mode=offline&current=yes&loadhives=yes&drive=G&steps=keep-alive&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 reg load HKLM\BROKENSYSTEM "G:\Windows\System32\config\SYSTEM" >nul 2>&1& if not errorlevel 1 >"%TEMP%\rdpfix-loaded-BROKENSYSTEM" echo BROKENSYSTEM
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM niet geladen
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft" >nul 2>&1 & if errorlevel 1 reg load HKLM\BROKENSOFTWARE "G:\Windows\System32\config\SOFTWARE" >nul 2>&1& if not errorlevel 1 >"%TEMP%\rdpfix-loaded-BROKENSOFTWARE" echo BROKENSOFTWARE
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE niet geladen
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_CS=1000+%%b >nul 2>&1
if defined R_CS set R_CS=%R_CS:~1%
if not defined R_CS if not defined R_X set R_X=kan Select waarde Current niet lezen
set R_D=%SystemRoot%\rdpfix
if exist "%R_D%\undo-5acaeb1d.cmd" echo rdpfix: houdt het eerdere undo-bestand.& set R_D=%R_D%\scratch
md "%R_D%" 2>nul& pushd "%R_D%"
del /q 5acaeb1d-* n.cmd 2>nul
>n.cmd echo @echo off
>>n.cmd echo cd /d "%%~dp0"^& set R_E=0^& for %%%%r in ^(reg.exe^) do set R_G=%%%%~$PATH:r
>>n.cmd echo call :%%1k 1 "HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp" ^>nul 2^>^&1
>>n.cmd echo call :%%1k 2 "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" ^>nul 2^>^&1
>>n.cmd echo if "%%1"=="record" if %%R_E%%==0 ren n.cmd undo-5acaeb1d.cmd^& exit /b 0
>>n.cmd echo if "%%1"=="record" exit /b 1
>>n.cmd echo if not %%R_E%%==0 echo rdpfix: MISLUKT: %%R_E%% van 2 sleutels niet teruggezet, ongewijzigd^& exit /b 1
>>n.cmd echo ren undo-5acaeb1d.cmd done-undo-5acaeb1d.cmd^& echo rdpfix: OK, 2 van 2 sleutels geheel teruggezet als voor herstel^& exit /b 0
>>n.cmd echo :recordk
>>n.cmd echo %%R_G%% export %%2 5acaeb1d-%%1.reg /y^& if not errorlevel 1 exit /b
>>n.cmd echo %%R_G%% query %%2^& if not errorlevel 1 set /a R_E+=1
>>n.cmd echo ^>5acaeb1d-%%1.reg echo REGEDIT4^& exit /b
>>n.cmd echo :k
>>n.cmd echo %%R_G%% export %%2 5acaeb1d-%%1.now /y
>>n.cmd echo %%R_G%% delete %%2 /f
>>n.cmd echo %%R_G%% import 5acaeb1d-%%1.reg^& if errorlevel 1 %%R_G%% import 5acaeb1d-%%1.now^& set /a R_E+=1
for %%f in (n.cmd) do @set R_S=%%~zf
if not defined R_X if "%R_S%"=="901" call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-5acaeb1d.cmd" set R_X=undo-vastlegging beschadigd, er is niets gewijzigd
set R_W1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_W1%" >nul 2>&1 & if errorlevel 1 set R_W1=
set R_W2=HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
if not exist "%SystemRoot%\rdpfix\undo-5acaeb1d.cmd" if not defined R_X set R_X=het undo-bestand kon niet worden vastgelegd
if defined R_X set R_W1=& set R_W2=
if not defined R_X if not defined R_W1 echo rdpfix: ControlSet%R_CS% heeft geen RDP-Tcp-sleutel: overgeslagen.
@if defined R_W1 for %%d in (1) do @for %%e in (KeepAliveTimeout.1) do @if "%%~xe"==".%%d" reg add "%R_W1%" /v %%~ne /t REG_DWORD /d %%d /f>nul
for %%d in (1) do @for %%e in (KeepAliveEnable.1 KeepAliveInterval.1) do @if "%%~xe"==".%%d" reg add "%R_W2%" /v %%~ne /t REG_DWORD /d %%d /f>nul
set /a R_N=0,R_T=3 >nul
set R_R1=HKLM\BROKENSYSTEM\ControlSet%R_CS%\Control\Terminal Server\WinStations\RDP-Tcp
reg query "%R_R1%" >nul 2>&1 & if errorlevel 1 set R_R1=& set /a R_T-=1 >nul
for %%e in (KeepAliveTimeout.0x1) do @if defined R_R1 set R_#%%e=1
for %%e in (KeepAliveEnable.0x1 KeepAliveInterval.0x1) do @set R_#%%e=1
for /f "tokens=1,3" %%a in ('reg query "%R_R1%" 2^>nul ^& reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"') do (if defined R_#%%a.%%b set /a R_N+=1 >nul& set "R_#%%a.%%b=")
if %R_T% lss 3 if not defined R_X set R_X=geen RDP-Tcp-sleutel in de control sets
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=2 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
if exist "%TEMP%\rdpfix-loaded-BROKENSYSTEM" reg unload HKLM\BROKENSYSTEM >nul 2>&1 & if errorlevel 1 ping -n 3 127.0.0.1 >nul& reg unload HKLM\BROKENSYSTEM >nul 2>&1
if exist "%TEMP%\rdpfix-loaded-BROKENSYSTEM" reg query HKLM\BROKENSYSTEM >nul 2>&1 & if errorlevel 1 del "%TEMP%\rdpfix-loaded-BROKENSYSTEM"
if exist "%TEMP%\rdpfix-loaded-BROKENSYSTEM" if not defined R_X set R_X=HKLM\BROKENSYSTEM is nog geladen
if exist "%TEMP%\rdpfix-loaded-BROKENSOFTWARE" reg unload HKLM\BROKENSOFTWARE >nul 2>&1 & if errorlevel 1 ping -n 3 127.0.0.1 >nul& reg unload HKLM\BROKENSOFTWARE >nul 2>&1
if exist "%TEMP%\rdpfix-loaded-BROKENSOFTWARE" reg query HKLM\BROKENSOFTWARE >nul 2>&1 & if errorlevel 1 del "%TEMP%\rdpfix-loaded-BROKENSOFTWARE"
if exist "%TEMP%\rdpfix-loaded-BROKENSOFTWARE" if not defined R_X set R_X=HKLM\BROKENSOFTWARE is nog geladen
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: schijf loskoppelen, terugzetten, VM starten.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
