@echo off
setlocal DisableDelayedExpansion
REM rdpfix (catalogus 2026-12-07.1): Gastfirewall uitzetten. Azure: firewall van het gast-besturingssysteem blokkeert RDP.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE.
REM Laad ze eerst (regedit, Bestand, Component laden) en verwijder ze daarna.
REM Zet 6 REG_DWORD-waarden onder:
REM   HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
REM   HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile
REM   HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
REM   HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile
REM 1. Prive-profiel uit (StandardProfile) (EnableFirewall=0)
REM    WAARSCHUWING: Verzwakt de beveiliging: de gastfirewall filtert dit profiel niet meer (alleen de NSG blijft). Zet hem terug (EnableFirewall 1) zodra RDP werkt.
REM 2. Openbaar profiel uit (EnableFirewall=0)
REM    WAARSCHUWING: Verzwakt de beveiliging: de gastfirewall filtert dit profiel niet meer (alleen de NSG blijft). Zet hem terug (EnableFirewall 1) zodra RDP werkt.
REM Legt eerst de huidige waarden vast in %SystemRoot%\rdpfix\undo-31f84309.cmd (een bestaand bestand blijft staan).
REM Hetzelfde script opnieuw: "http://localhost:8080/?fix=firewall-off&channel=manual&steps=private-profile,public-profile&lang=nl"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
reg query "HKLM\BROKENSYSTEM\Select" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSYSTEM niet geladen
reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" >nul 2>&1 & if errorlevel 1 set R_X=HKLM\BROKENSOFTWARE niet geladen
fltmc >nul 2>&1 & if errorlevel 1 set R_X=niet verhoogd: open cmd als administrator
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul') do @if /i "%%a"=="Current" set /a R_C=1000+%%b >nul 2>&1
if defined R_C set R_C=%R_C:~1%
for /f "tokens=1,2,*" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%R_C%\Control\ComputerName\ComputerName" /v ComputerName 2^>nul') do @if /i "%%a"=="ComputerName" echo rdpfix: schijf %%c, actief ControlSet%R_C%
for /f "tokens=2,*" %%a in ('reg query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^>nul') do @if "%%a"=="REG_SZ" echo rdpfix: %%b
if defined R_C if not "%R_C%"=="001" if not "%R_C%"=="002" echo rdpfix: let op: Windows start ControlSet%R_C%, niet bij de gekozen sets
md "%SystemRoot%\rdpfix" 2>nul& pushd "%SystemRoot%\rdpfix"
>n echo @echo off
>>n echo setlocal DisableDelayedExpansion
>>n echo cd /d "%%~dp0"^& set R_G=%%~dp0..\System32\reg.exe^& set R_A=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_^& set /a R_E=0,R_N=0,R_T=0,R_K=0^& for %%%%v in ^(B L U H I P^) do set R_%%%%v=
>>n echo if not exist "%%R_G%%" echo rdpfix: MISLUKT: geen System32\reg.exe naast deze map; niets gewijzigd^& exit /b 1
>>n echo for /f "tokens=1,3" %%%%a in ^('%%R_G%% query "HKLM\BROKENSYSTEM\Select" /v Current 2^^^>nul'^) do if /i "%%%%a"=="Current" set /a R_C=1000+%%%%b
>>n echo for /f "tokens=1,2,*" %%%%a in ^('%%R_G%% query "HKLM\BROKENSYSTEM\ControlSet%%R_C:~1%%\Control\ComputerName\ComputerName" /v ComputerName 2^^^>nul'^) do if /i "%%%%a"=="ComputerName" set "R_I=%%%%c"
>>n echo for /f "delims=%%R_A%%" %%%%a in ^("%%R_I%%"^) do set R_I=
>>n echo for /f "tokens=2,*" %%%%a in ^('%%R_G%% query "HKLM\BROKENSOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName 2^^^>nul'^) do if "%%%%a"=="REG_SZ" set "R_P=%%%%b"
>>n echo for /f "delims=%%R_A%%. " %%%%a in ^("%%R_P%%"^) do set R_P=?
>>n echo if not defined R_I echo rdpfix: MISLUKT: kan ComputerName van deze machine niet lezen; niets gewijzigd^& exit /b 1
>>n echo set R_M=%%1^& set R_O=undo-31f84309-%%R_I%%.rec^& set R_Q=undo-31f84309-%%R_I%%.now
>>n echo if "%%1"=="record" goto r
>>n echo if not exist %%R_O%% for %%%%f in ^(undo-31f84309-*.rec^) do echo rdpfix: niet van deze machine, niet gebruikt: %%%%f
>>n echo if not exist %%R_O%% echo rdpfix: MISLUKT: geen vastlegging van %%R_I:~0,15%% hier; niets gewijzigd^& exit /b 1
>>n echo echo rdpfix: undo op %%R_I:~0,15%% ^^^(%%R_P:~0,40%%^^^)
>>n echo :p
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile^& call :key^& call :vals 1
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile^& call :key^& call :vals 2
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall" "HKLM\BROKENSOFTWARE\Policies\Microsoft"^& call :vals 3
>>n echo if "%%R_M%%"=="record" set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft"
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile^& call :key^& call :vals 4
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile^& call :key^& call :vals 5
>>n echo set "R_J=EnableFirewall.0x0"^& set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall" "HKLM\BROKENSOFTWARE\Policies\Microsoft"^& call :vals 6
>>n echo if "%%R_M%%"=="record" set R_W=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall^& call :key "HKLM\BROKENSOFTWARE\Policies\Microsoft"
>>n echo if "%%R_M%%"=="record" del %%R_Q%% 2^>nul^& goto c
>>n echo for /f "tokens=1,*" %%%%a in ^(%%R_O%%^) do if "%%%%a"=="C" call :drop "%%%%b"
>>n echo del %%R_Q%% 2^>nul
>>n echo if defined R_L echo rdpfix: gewijzigd na het herstel, blijft zo:%%R_L:~0,34%%
>>n echo if defined R_H echo rdpfix: was geen DWORD; met de hand uit undo-*.reg:%%R_H:~0,28%%
>>n echo if not %%R_E%%==0 echo rdpfix: MISLUKT, deels terug; %%R_E%% van %%R_T%% niet:%%R_U:~0,30%%^& exit /b 1
>>n echo move /y %%R_O%% %%R_O%%.done ^>nul 2^>^&1
>>n echo if exist %%R_O%% echo rdpfix: MISLUKT: teruggezet, maar de vastlegging kon niet weg^& exit /b 1
>>n echo set R_V=OK, %%R_N%% van %%R_T%% waarden als voor het herstel
>>n echo if not %%R_K%%==0 set R_V=OK, %%R_N%% van %%R_T%% als voor het herstel, %%R_K%% later gewijzigd gelaten
>>n echo echo rdpfix: hierna: hives los, schijf los, terugzetten, VM starten.
>>n echo echo rdpfix: %%R_V%%^& exit /b 0
>>n echo :r
>>n echo if exist 31f84309-1.reg if not exist old-undo-31f84309.cmd move /y undo-31f84309.cmd old-undo-31f84309.cmd ^>nul
>>n echo if exist %%R_O%% goto k
>>n echo ^>%%R_O%% echo I %%R_I%%^& ^>^>%%R_O%% echo P %%R_P%%^& goto p
>>n echo :c
>>n echo if not %%R_E%%==0 del %%R_O%%^& echo rdpfix: MISLUKT: onleesbaar:%%R_U:~0,30%%; geen undo^& exit /b 1
>>n echo move /y "%%~nx0" undo-31f84309.cmd ^>nul^& exit /b 0
>>n echo :k
>>n echo echo rdpfix: houdt het eerdere undo-bestand.
>>n echo move /y "%%~nx0" undo-31f84309.cmd ^>nul^& exit /b 0
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
>>n echo %%R_G%% export "%%R_W%%" undo-31f84309-%%R_I%%.%%1.reg /y ^>nul 2^>^&1 ^& if errorlevel 1 set "R_U=%%R_U%% %%1.reg"^& set /a R_E+=1
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
if not defined R_X if "%R_S%"=="6529" ren n n.cmd
if exist n.cmd call n.cmd record
popd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-31f84309.cmd" set R_X=undo-vastlegging beschadigd, er is niets gewijzigd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-31f84309-*.rec" set R_X=undo-vastlegging beschadigd, er is niets gewijzigd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-31f84309.cmd" set R_X=het undo-bestand kon niet worden vastgelegd
if not defined R_X if not exist "%SystemRoot%\rdpfix\undo-31f84309-*.rec" set R_X=het undo-bestand kon niet worden vastgelegd
set R_K=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet001 heeft geen StandardProfile-sleutel: overgeslagen.
if not defined R_X if defined R_K (
reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet002 heeft geen StandardProfile-sleutel: overgeslagen.
if not defined R_X if defined R_K (
reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile
if not defined R_X (
reg query "%R_K%" /v EnableFirewall >nul 2>&1
if not errorlevel 1 reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSYSTEM\ControlSet001\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet001 heeft geen PublicProfile-sleutel: overgeslagen.
if not defined R_X if defined R_K (
reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSYSTEM\ControlSet002\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile
reg query "%R_K%" >nul 2>&1 & if errorlevel 1 set R_K=
if not defined R_X if not defined R_K echo rdpfix: ControlSet002 heeft geen PublicProfile-sleutel: overgeslagen.
if not defined R_X if defined R_K (
reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set R_K=HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile
if not defined R_X (
reg query "%R_K%" /v EnableFirewall >nul 2>&1
if not errorlevel 1 reg add "%R_K%" /v EnableFirewall /t REG_DWORD /d 0 /f >nul
)
set /a R_N=0,R_T=0 >nul
for %%c in (001 002) do (reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile" >nul 2>&1& if not errorlevel 1 set R_V%%c=1)
for %%c in (001 002) do @if defined R_V%%c set /a R_T+=1 >nul
for %%e in (EnableFirewall.0x0) do @for %%c in (001 002) do @if defined R_V%%c set R_#%%c#%%e=1
for %%c in (001 002) do @if defined R_V%%c for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Services\SharedAccess\Parameters\FirewallPolicy\StandardProfile"') do (if defined R_#%%c#%%a.%%b set /a R_N+=1 >nul& set "R_#%%c#%%a.%%b=")
for %%c in (001 002) do (reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile" >nul 2>&1& if not errorlevel 1 set R_V2_%%c=1)
for %%c in (001 002) do @if defined R_V2_%%c set /a R_T+=1 >nul
for %%e in (EnableFirewall.0x0) do @for %%c in (001 002) do @if defined R_V2_%%c set R_#2_%%c#%%e=1
for %%c in (001 002) do @if defined R_V2_%%c for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSYSTEM\ControlSet%%c\Services\SharedAccess\Parameters\FirewallPolicy\PublicProfile"') do (if defined R_#2_%%c#%%a.%%b set /a R_N+=1 >nul& set "R_#2_%%c#%%a.%%b=")
if %R_T% lss 1 if not defined R_X set R_X=geen StandardProfile-sleutel in de control sets
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile" /v EnableFirewall >nul 2>&1 & if not errorlevel 1 set R_#3#EnableFirewall.0x0=1
if defined R_#3#EnableFirewall.0x0 set /a R_T+=1 >nul
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\StandardProfile" /v EnableFirewall 2^>nul') do (if defined R_#3#%%a.%%b set /a R_N+=1 >nul& set "R_#3#%%a.%%b=")
reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile" /v EnableFirewall >nul 2>&1 & if not errorlevel 1 set R_#6#EnableFirewall.0x0=1
if defined R_#6#EnableFirewall.0x0 set /a R_T+=1 >nul
for /f "tokens=1,3" %%a in ('reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\WindowsFirewall\PublicProfile" /v EnableFirewall 2^>nul') do (if defined R_#6#%%a.%%b set /a R_N+=1 >nul& set "R_#6#%%a.%%b=")
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% van %R_T% waarden gecontroleerd
if not "%R_F%"=="0" set R_V=MISLUKT %R_F% van %R_T%: %R_M:~0,51%
if defined R_X set R_V=MISLUKT: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: hierna: hives los, schijf los, terugzetten, VM starten.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
