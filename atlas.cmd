@echo off
rem The atlas command on Windows, as ./atlas is elsewhere: builds the command-line jar when it is
rem missing or older than any main source, resource or pom, then runs it with %JAVA_OPTS%
rem (set JAVA_OPTS=-Xmx256m, then atlas validate big.json). Build output goes to standard error so
rem that standard output stays clean for pipes. Needs a JDK 17 or later on the PATH (or JAVA_HOME)
rem and Windows PowerShell, which every supported Windows has, to compare file times.
setlocal EnableExtensions
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\cli\target\atlas.jar"
set "LOCK=%ROOT%\.atlas-build.lock.d"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

call :stale
if errorlevel 1 goto run

rem Two launchers at once must not build at once: whoever creates the lock directory builds.
rem A lock older than 15 minutes is taken to be left by a launcher that was stopped.
set WAITED=
:lock
mkdir "%LOCK%" 2>nul && goto locked
powershell -NoProfile -NonInteractive -Command "if (((Get-Date) - (Get-Item -LiteralPath $env:LOCK).CreationTime).TotalMinutes -gt 15) { exit 0 } else { exit 1 }" >nul 2>&1
if not errorlevel 1 (
  rmdir /s /q "%LOCK%" 2>nul
  goto lock
)
if not defined WAITED echo atlas: waiting for another atlas launcher to finish building... 1>&2
set WAITED=1
timeout /t 1 /nobreak >nul 2>&1
goto lock

:locked
call :stale
if errorlevel 1 goto unlock
if exist "%JAR%" (
  echo atlas: sources changed since the last build; rebuilding the command-line jar... 1>&2
) else (
  echo atlas: first run: building the command-line jar with the Maven wrapper ^(about a minute; 1>&2
  echo atlas: the first build also downloads Maven and the dependencies^)... 1>&2
)
call "%ROOT%\mvnw.cmd" --no-transfer-progress -B -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -f "%ROOT%\pom.xml" -pl cli -am package 1>&2
if errorlevel 1 (
  rmdir /s /q "%LOCK%" 2>nul
  echo atlas: the build failed; see the messages above 1>&2
  exit /b 2
)
echo atlas: built cli\target\atlas.jar 1>&2
:unlock
rmdir /s /q "%LOCK%" 2>nul

:run
"%JAVA%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Sets errorlevel 0 when the jar must be built: it is missing, or a pom or a file under a
rem src\main directory (outside target directories) is newer than it; 1 when it is up to date.
:stale
if not exist "%JAR%" exit /b 0
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc; $newer = Get-ChildItem -LiteralPath $env:ROOT -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.FullName -notmatch '\\(target|\.git|node_modules)\\' -and ($_.Name -eq 'pom.xml' -or $_.FullName -match '\\src\\main\\') -and $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1; if ($newer) { exit 0 } else { exit 1 }"
exit /b %ERRORLEVEL%
