@echo off
rem edgecert launcher of the distribution for Windows (cmd.exe). Runs edgecert from lib\ with
rem the JVM of runtime\ if present, else %JAVA_HOME%\bin\java.exe, else java.exe on the PATH (17+).
rem Short commands start with C1 and the serial GC; on Java 19 and later the JVM keeps a
rem class-data sharing archive in %LOCALAPPDATA%\edgecert (made on first run, remade when the JVM
rem changes). `serve` runs with the normal tiered JIT, G1 and a heap cap of EDGECERT_SERVE_HEAP.
setlocal EnableExtensions DisableDelayedExpansion

set "EDGECERT_HOME=%~dp0.."
set "EDGECERT_JAVA=java.exe"
if defined JAVA_HOME set "EDGECERT_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%EDGECERT_HOME%\runtime\bin\java.exe" set "EDGECERT_JAVA=%EDGECERT_HOME%\runtime\bin\java.exe"

set "EDGECERT_VERSION=unknown"
if exist "%EDGECERT_HOME%\VERSION" set /p EDGECERT_VERSION=<"%EDGECERT_HOME%\VERSION"
set "EDGECERT_CACHE=%LOCALAPPDATA%"
if not defined EDGECERT_CACHE set "EDGECERT_CACHE=%TEMP%"
set "EDGECERT_CACHE=%EDGECERT_CACHE%\edgecert"
if not exist "%EDGECERT_CACHE%" mkdir "%EDGECERT_CACHE%" >nul 2>&1

rem The subcommand: the first argument that does not start with a dash.
set "EDGECERT_COMMAND="
for %%A in (%*) do call :first "%%~A"
if not defined EDGECERT_SERVE_HEAP set "EDGECERT_SERVE_HEAP=512m"

set "EDGECERT_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%EDGECERT_CACHE%\edgecert-%EDGECERT_VERSION%.jsa" -Xlog:disable -Xlog:all=warning:stderr"
if "%EDGECERT_COMMAND%"=="serve" set "EDGECERT_FLAGS=-XX:+UseG1GC -Xmx%EDGECERT_SERVE_HEAP% -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr"
if defined EDGECERT_SHOW_JVM_FLAGS (
  echo %EDGECERT_FLAGS%
  exit /b 0
)

"%EDGECERT_JAVA%" %EDGECERT_FLAGS% %EDGECERT_JAVA_OPTS% -cp "%EDGECERT_HOME%\lib\*" io.edgecert.bootstrap.Main %*
exit /b %ERRORLEVEL%

:first
if defined EDGECERT_COMMAND goto :eof
set "EDGECERT_ARG=%~1"
if not defined EDGECERT_ARG goto :eof
if "%EDGECERT_ARG:~0,1%"=="-" goto :eof
set "EDGECERT_COMMAND=%EDGECERT_ARG%"
goto :eof
