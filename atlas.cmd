@echo off
rem The atlas command on Windows, as ./atlas is elsewhere: builds the command-line jar when it is
rem missing or older than any main source, resource or pom, then runs it with %JAVA_OPTS%
rem (set JAVA_OPTS=-Xmx256m, then atlas validate big.json). Build output goes to standard error so
rem that standard output stays clean for pipes. Needs a JDK 17 or later and Windows PowerShell,
rem which every supported Windows has, to compare file times.
rem The Java it runs, as ./atlas does: %ATLAS_JAVA% (java.exe, or the directory of a JDK), else
rem %JAVA_HOME%\bin\java.exe, else java on the PATH (unlike ./atlas it does not look for a newer
rem JDK beside that one: set ATLAS_JAVA to a JDK 25 for its ahead-of-time cache); with a start-up
rem cache made for that Java and
rem the quick compiler alone for short runs (docs/performance.md, "Start-up"). Untested on Windows
rem itself: the project's machines have none.
setlocal EnableExtensions
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\cli\target\atlas.jar"
set "LOCK=%ROOT%\.atlas-build.lock.d"
set "JAVA="
if not defined ATLAS_JAVA goto no_atlas_java
if exist "%ATLAS_JAVA%\bin\java.exe" set "JAVA=%ATLAS_JAVA%\bin\java.exe"
if not defined JAVA if exist "%ATLAS_JAVA%" if not exist "%ATLAS_JAVA%\" set "JAVA=%ATLAS_JAVA%"
if defined JAVA goto java_chosen
echo atlas: ATLAS_JAVA=%ATLAS_JAVA% is neither a java executable nor a JDK directory 1>&2
exit /b 2
:no_atlas_java
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if defined JAVA goto java_chosen
echo atlas: no java on the PATH; install a JDK 17 or later, or set JAVA_HOME or ATLAS_JAVA 1>&2
exit /b 2
:java_chosen

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
rem The JDK's version from its release file, next to the bin directory of java.exe; none for a
rem java.exe outside a JDK (such as Oracle's javapath shim): the jar then says if it is too old.
set "JAVA_VERSION="
set "JAVA_FEATURE="
for %%J in ("%JAVA%") do set "JAVA_BIN=%%~dpJ"
for %%D in ("%JAVA_BIN%..") do set "JAVA_JDK=%%~fD"
if exist "%JAVA_JDK%\release" for /f "tokens=1,* delims==" %%K in ('findstr /b /c:"JAVA_VERSION=" "%JAVA_JDK%\release"') do set "JAVA_VERSION=%%~L"
if defined JAVA_VERSION for /f "tokens=1 delims=.-+_" %%F in ("%JAVA_VERSION%") do set "JAVA_FEATURE=%%F"
if not defined JAVA_FEATURE goto version_known
if %JAVA_FEATURE% GEQ 17 goto version_known
echo atlas: %JAVA% is Java %JAVA_VERSION%; atlas needs Java 17 or later (set ATLAS_JAVA or JAVA_HOME) 1>&2
exit /b 2
:version_known

rem A cache of the classes a validation loads, per Java and per build of the jar: an ahead-of-time
rem cache on Java 25 and later, a class-data sharing archive before. Its name holds the jar's time
rem and size, so a new build gets a new one without comparing file times; one that does not fit
rem the JVM after all is ignored. A .failed mark keeps a Java that cannot make one from trying on
rem every run.
for %%F in ("%JAR%") do set "STAMP=%%~tF-%%~zF"
set "STAMP=%STAMP:/=%"
set "STAMP=%STAMP::=%"
set "STAMP=%STAMP: =%"
set "STAMP=%STAMP:.=%"
set "STAMP=%STAMP:,=%"
set "CACHE_BASE=%ROOT%\cli\target\atlas-java%JAVA_VERSION%-%STAMP%"
set "MAKE_CACHE=-XX:ArchiveClassesAtExit"
set "USE_CACHE=-Xshare:auto -XX:SharedArchiveFile"
set "CACHE=%CACHE_BASE%.jsa"
if not defined JAVA_FEATURE goto cache_kind_known
if %JAVA_FEATURE% LSS 25 goto cache_kind_known
set "MAKE_CACHE=-XX:AOTCacheOutput"
set "USE_CACHE=-XX:AOTCache"
set "CACHE=%CACHE_BASE%.aot"
:cache_kind_known
if exist "%CACHE%" goto cache_ready
if exist "%CACHE%.failed" goto cache_ready
del /q "%ROOT%\cli\target\atlas-java%JAVA_VERSION%-*" 2>nul
"%JAVA%" %MAKE_CACHE%="%CACHE%.tmp" -jar "%JAR%" validate >nul 2>&1
if errorlevel 1 goto cache_failed
if not exist "%CACHE%.tmp" goto cache_failed
move /y "%CACHE%.tmp" "%CACHE%" >nul 2>&1
goto cache_ready
:cache_failed
del /q "%CACHE%.tmp" 2>nul
type nul > "%CACHE%.failed" 2>nul
:cache_ready
set "CACHED="
if exist "%CACHE%" set CACHED=%USE_CACHE%="%CACHE%"

rem The quick compiler alone for a short run, as ./atlas decides: no input file over 16 MiB, no
rem standard input (-), no generate of more than 20,000 stations. Options in JAVA_OPTS come later
rem and win.
set "JIT=-XX:TieredStopAtLevel=1"
set "PREVIOUS="
for %%A in (%*) do call :judge "%%~A"

"%JAVA%" %CACHED% %JIT% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Clears JIT when the argument makes the run a long one. cmd splits --stations=N at the = sign,
rem so N always follows --stations here.
:judge
if "%~1"=="-" set "JIT="
if not "%PREVIOUS%"=="--stations" goto judged_count
set "COUNT=%~1"
set /a "COUNT=COUNT" >nul 2>&1
if %COUNT% GTR 20000 set "JIT="
:judged_count
set "PREVIOUS=%~1"
if exist "%~1\" exit /b 0
if exist "%~1" for %%F in ("%~1") do if %%~zF GTR 16777216 set "JIT="
exit /b 0

rem Sets errorlevel 0 when the jar must be built: it is missing, or a pom or a file under a
rem src\main directory (outside target directories) is newer than it; 1 when it is up to date.
:stale
if not exist "%JAR%" exit /b 0
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc; $newer = Get-ChildItem -LiteralPath $env:ROOT -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.FullName -notmatch '\\(target|\.git|node_modules)\\' -and ($_.Name -eq 'pom.xml' -or $_.FullName -match '\\src\\main\\') -and $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1; if ($newer) { exit 0 } else { exit 1 }"
exit /b %ERRORLEVEL%
