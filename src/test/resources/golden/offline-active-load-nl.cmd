@echo off
setlocal
REM rdpfix (catalogus 2018-10-24.1): RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak.
REM Offline: voer uit op de herstel-VM als beheerder; de hives van de defecte schijf zijn HKLM\BROKENSYSTEM en HKLM\BROKENSOFTWARE.
REM Dit script laadt ze van station G: en verwijdert ze aan het eind.
REM Werkt op de control set die HKLM\BROKENSYSTEM\Select waarde Current aanwijst.
REM Zet 3 REG_DWORD-waarden onder:
REM   HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp
REM   HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services
REM Legt eerst de huidige waarden vast in %SystemDrive%\rdpfix\undo-72ac0870.cmd (een bestaand bestand blijft staan).
REM Hetzelfde script opnieuw: "http://localhost:8080/?mode=offline&current=yes&loadhives=yes&drive=G&steps=keep-alive&lang=nl"
set RDPFIX_FAILED=0
reg load HKLM\BROKENSYSTEM "G:\Windows\System32\config\SYSTEM" >nul & if errorlevel 1 (echo rdpfix: MISLUKT: kan HKLM\BROKENSYSTEM niet laden uit G:\Windows\System32\config\SYSTEM; er is niets gewijzigd. & set "RDPFIX_ABORTED=1" & goto rdpfix_finish)
set "RDPFIX_LOADED_BROKENSYSTEM=1"
reg load HKLM\BROKENSOFTWARE "G:\Windows\System32\config\SOFTWARE" >nul & if errorlevel 1 (echo rdpfix: MISLUKT: kan HKLM\BROKENSOFTWARE niet laden uit G:\Windows\System32\config\SOFTWARE; er is niets gewijzigd. & set "RDPFIX_ABORTED=1" & goto rdpfix_finish)
set "RDPFIX_LOADED_BROKENSOFTWARE=1"
set RDPFIX_CS=
for /f "tokens=3" %%a in ('reg query "HKLM\BROKENSYSTEM\Select" /v Current 2^>nul ^| find "REG_DWORD"') do @set /a RDPFIX_CS=1000+%%a >nul
set RDPFIX_CS=%RDPFIX_CS:~1%
reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%" >nul 2>&1 & if errorlevel 1 set RDPFIX_CS=
if not defined RDPFIX_CS (echo rdpfix: MISLUKT: kan HKLM\BROKENSYSTEM\Select waarde Current niet lezen; er wordt niets gewijzigd. & set "RDPFIX_ABORTED=1" & goto rdpfix_finish)
echo rdpfix: actieve control set: ControlSet%RDPFIX_CS%
REM Huidige waarden vastleggen voor het undo-bestand.
set RDPFIX_UNDO=%SystemDrive%\rdpfix\undo-72ac0870
set RDPFIX_RECORDING=
if not exist "%RDPFIX_UNDO%.cmd" set RDPFIX_RECORDING=1
if not defined RDPFIX_RECORDING echo rdpfix: het undo-bestand van een eerdere run blijft staan: %RDPFIX_UNDO%.cmd
if defined RDPFIX_RECORDING mkdir "%SystemDrive%\rdpfix" 2>nul
if defined RDPFIX_RECORDING >"%RDPFIX_UNDO%.tmp" echo @echo off
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo REM rdpfix undo 72ac0870: zet de waarden van voor het herstel terug.
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo reg load HKLM\BROKENSYSTEM "G:\Windows\System32\config\SYSTEM"
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo reg load HKLM\BROKENSOFTWARE "G:\Windows\System32\config\SOFTWARE"
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout /f
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable /f
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo REG DELETE "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval /f
if defined RDPFIX_RECORDING reg export "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" "%RDPFIX_UNDO%-1.reg" /y >nul 2>&1 & if not errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg import "%RDPFIX_UNDO%-1.reg"
if defined RDPFIX_RECORDING reg export "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" "%RDPFIX_UNDO%-2.reg" /y >nul 2>&1 & if not errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg import "%RDPFIX_UNDO%-2.reg"
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" >nul 2>&1 & if errorlevel 1 >>"%RDPFIX_UNDO%.tmp" echo reg query "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" /s 2^>nul ^| find "    " ^>nul ^& if errorlevel 1 reg delete "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT" /f ^>nul 2^>^&1
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo reg unload HKLM\BROKENSYSTEM
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo reg unload HKLM\BROKENSOFTWARE
if defined RDPFIX_RECORDING >>"%RDPFIX_UNDO%.tmp" echo echo rdpfix: vorige waarden teruggezet. Start de VM opnieuw.
if defined RDPFIX_RECORDING move /y "%RDPFIX_UNDO%.tmp" "%RDPFIX_UNDO%.cmd" >nul
if exist "%RDPFIX_UNDO%.cmd" echo rdpfix: undo-bestand ^(voer het uit om de oude waarden terug te zetten^): %RDPFIX_UNDO%.cmd
REM 1. Keep-alive
REG ADD "HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp" /v KeepAliveTimeout /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: MISLUKT: KeepAliveTimeout in HKLM\BROKENSYSTEM\ControlSet%RDPFIX_CS%\Control\Terminal Server\WinStations\RDP-Tcp & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveEnable /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: MISLUKT: KeepAliveEnable in HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
REG ADD "HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services" /v KeepAliveInterval /t REG_DWORD /d 1 /f >nul & if errorlevel 1 (echo rdpfix: MISLUKT: KeepAliveInterval in HKLM\BROKENSOFTWARE\Policies\Microsoft\Windows NT\Terminal Services & set /a RDPFIX_FAILED+=1 >nul)
:rdpfix_finish
if defined RDPFIX_LOADED_BROKENSYSTEM call :rdpfix_unload BROKENSYSTEM
if defined RDPFIX_LOADED_BROKENSOFTWARE call :rdpfix_unload BROKENSOFTWARE
if defined RDPFIX_ABORTED exit /b 1
if not "%RDPFIX_FAILED%"=="0" (echo rdpfix: MISLUKT: %RDPFIX_FAILED% opdracht^(en^) werkten niet, zie hierboven. & exit /b 1)
echo rdpfix: alle 3 waarden geschreven. Start de VM opnieuw en probeer RDP opnieuw.
exit /b 0
:rdpfix_unload
reg unload HKLM\%1 >nul 2>&1 & if not errorlevel 1 exit /b 0
ping -n 3 127.0.0.1 >nul
reg unload HKLM\%1 >nul & if not errorlevel 1 exit /b 0
echo rdpfix: MISLUKT: kan HKLM\%1 niet verwijderen; sluit regedit en voer uit: reg unload HKLM\%1
set /a RDPFIX_FAILED+=1 >nul
exit /b 1
