@echo off
setlocal DisableDelayedExpansion
REM rdpfix security 13a85526: AllowEncryptionOracle deleted, as Microsoft recommends.
REM Online: paste into the Serial Console's cmd channel (cmd, ch -si 1, sign in as an administrator).
REM The same script again: "http://localhost:8080/?fix=credssp-oracle&lang=en"
set R_=.& for /f "delims==" %%v in ('set R_') do @set %%v=
fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated: open cmd as administrator
set R_W1=HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters
if defined R_X set R_W1=
reg delete "%R_W1%" /v AllowEncryptionOracle /f >nul 2>&1
set /a R_N=0,R_T=1 >nul
set R_R1=HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters
for %%e in (AllowEncryptionOracle) do @set R_?1#%%e=1
set /a R_N+=1 >nul
for /f "tokens=1" %%a in ('reg query "%R_R1%" 2^>nul') do (if defined R_?1#%%a (set R_#1#%%a.=1& set /a R_N-=1 >nul))
set /a R_F=R_T-R_N>nul
if not "%R_F%"=="0" for /f "delims=" %%l in ('for /f "tokens=3 delims=#=" %%z in ^('set R_#'^) do @set /p "=%%~nz " ^<nul') do @set "R_M=%%l"
set R_V=OK, %R_N% of %R_T% values verified
if not "%R_F%"=="0" set R_V=FAILED %R_F% of %R_T%: %R_M:~0,51%
if defined R_X set R_V=FAILED: %R_X%
if "%R_V:~0,2%"=="OK" echo rdpfix: next: shutdown /r /t 0, then try RDP.
echo rdpfix: %R_V%
if not "%R_V:~0,2%"=="OK" exit /b 1
exit /b 0
