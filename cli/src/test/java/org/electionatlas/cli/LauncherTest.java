package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code atlas} launcher script: which Java it runs, the start-up cache it makes for that Java,
 * and the compiler it picks for short and long runs. It runs in a copy of the repository's root
 * that holds the script and a jar, with a stand-in {@code java} that records how it was called,
 * and, last, with each real JDK 17 or later found beside the one running the tests.
 */
class LauncherTest {

  private static final Path SCRIPT = Path.of("..", "atlas");

  @TempDir Path root;

  private Path jar;

  @BeforeAll
  static void needsBash() {
    assumeTrue(
        !System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
        "the launcher for Windows is atlas.cmd");
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher needs bash");
  }

  @BeforeEach
  void copyTheLauncher() throws IOException {
    Files.copy(SCRIPT, root.resolve("atlas"));
    jar = root.resolve("cli/target/atlas.jar");
    Files.createDirectories(jar.getParent());
    writeProbeJar(jar);
  }

  /** A JDK whose {@code bin/java} records its arguments and makes the cache it is asked for. */
  private Path fakeJdk(String name, String version) throws IOException {
    Path home = root.resolve(name);
    Path java = home.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(
        java,
        "#!/bin/bash\n"
            + "printf '%s\\n' \"$*\" >> \""
            + home.resolve("calls")
            + "\"\n"
            + "for a in \"$@\"; do case \"$a\" in\n"
            + "  -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) : > \"${a#*=}\" ;;\n"
            + "esac; done\n",
        UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (!version.isEmpty()) {
      Files.writeString(
          home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }
    return home;
  }

  private static List<String> calls(Path jdk) throws IOException {
    Path calls = jdk.resolve("calls");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  private static String lastCall(Path jdk) throws IOException {
    List<String> calls = calls(jdk);
    assertThat(calls).isNotEmpty();
    return calls.get(calls.size() - 1);
  }

  private List<Path> caches() throws IOException {
    try (Stream<Path> files = Files.list(jar.getParent())) {
      return files
          .filter(file -> file.getFileName().toString().matches("atlas-java.*\\.(jsa|aot)"))
          .toList();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "17.0.15, -XX:ArchiveClassesAtExit=, -XX:SharedArchiveFile=, atlas-java17-, .jsa",
    "21.0.2, -XX:ArchiveClassesAtExit=, -XX:SharedArchiveFile=, atlas-java21-, .jsa",
    "25.0.3, -XX:AOTCacheOutput=, -XX:AOTCache=, atlas-java25-, .aot",
    "26-ea, -XX:AOTCacheOutput=, -XX:AOTCache=, atlas-java26-, .aot",
  })
  void each_java_gets_its_own_kind_of_start_up_cache_made_once_by_validating_the_sample(
      String version, String make, String use, String prefix, String suffix) throws Exception {
    Path jdk = fakeJdk("jdk", version);

    Result first = launch(Map.of("ATLAS_JAVA", jdk.toString()), "rules");
    Result second = launch(Map.of("ATLAS_JAVA", jdk.toString()), "rules");

    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isZero();
    assertThat(caches()).hasSize(1);
    String cache = caches().get(0).toString();
    assertThat(cache).contains(prefix).endsWith(suffix);
    assertThat(calls(jdk))
        .containsExactly(
            make + cache + ".tmp -jar " + jar + " validate",
            callOf(use + cache, "rules"),
            callOf(use + cache, "rules"));
  }

  private String callOf(String cacheOption, String... args) {
    String share = cacheOption.startsWith("-XX:SharedArchiveFile=") ? " -Xshare:auto" : "";
    return cacheOption
        + share
        + " -XX:TieredStopAtLevel=1 -jar "
        + jar
        + (args.length == 0 ? "" : " " + String.join(" ", args));
  }

  @Test
  void a_new_build_of_the_jar_makes_the_cache_again() throws Exception {
    Path jdk = fakeJdk("jdk", "17.0.15");
    launch(Map.of("ATLAS_JAVA", jdk.toString()), "rules");
    Path cache = caches().get(0);
    Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(60)));

    launch(Map.of("ATLAS_JAVA", jdk.toString()), "rules");

    assertThat(calls(jdk)).filteredOn(call -> call.contains("ArchiveClassesAtExit")).hasSize(2);
  }

  @Test
  void two_javas_keep_two_caches() throws Exception {
    Path seventeen = fakeJdk("jdk17", "17.0.15");
    Path twentyFive = fakeJdk("jdk25", "25.0.3");

    launch(Map.of("ATLAS_JAVA", seventeen.toString()), "rules");
    launch(Map.of("ATLAS_JAVA", twentyFive.toString()), "rules");
    launch(Map.of("ATLAS_JAVA", seventeen.toString()), "rules");

    assertThat(caches()).hasSize(2);
    assertThat(calls(seventeen)).filteredOn(call -> call.contains("AtExit")).hasSize(1);
    assertThat(calls(twentyFive)).filteredOn(call -> call.contains("CacheOutput")).hasSize(1);
  }

  @Test
  void a_failed_training_run_leaves_no_cache_is_not_retried_and_the_command_still_runs()
      throws Exception {
    Path jdk = fakeJdk("jdk", "17.0.15");
    // A java that makes no archive: the training run "succeeds" without one.
    Path java = jdk.resolve("bin/java");
    Files.writeString(java, Files.readString(java).replace(": > ", "true "));

    Result result = launch(Map.of("ATLAS_JAVA", jdk.toString()), "rules");
    launch(Map.of("ATLAS_JAVA", jdk.toString()), "schema");

    assertThat(result.exitCode()).isZero();
    assertThat(caches()).isEmpty();
    assertThat(lastCall(jdk)).isEqualTo("-XX:TieredStopAtLevel=1 -jar " + jar + " schema");
    assertThat(calls(jdk))
        .as("tried once per build")
        .filteredOn(call -> call.contains("AtExit"))
        .hasSize(1);
  }

  @Test
  void atlas_java_may_name_the_java_executable_itself() throws Exception {
    Path jdk = fakeJdk("jdk", "17.0.15");

    launch(Map.of("ATLAS_JAVA", jdk.resolve("bin/java").toString()), "rules");

    assertThat(lastCall(jdk)).endsWith(" rules");
  }

  @Test
  void atlas_java_comes_before_java_home_and_java_home_before_the_path() throws Exception {
    Path atlasJava = fakeJdk("atlas-java", "17.0.15");
    Path javaHome = fakeJdk("java-home", "17.0.15");
    Path onPath = fakeJdk("on-path", "17.0.15");
    String path = onPath.resolve("bin") + ":/usr/bin:/bin";

    launch(
        Map.of("ATLAS_JAVA", atlasJava.toString(), "JAVA_HOME", javaHome.toString(), "PATH", path),
        "rules");
    launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", path), "date", "1402-04-20");
    launch(Map.of("PATH", path), "schema");

    assertThat(lastCall(atlasJava)).endsWith(" rules");
    assertThat(lastCall(javaHome)).endsWith(" date 1402-04-20");
    assertThat(lastCall(onPath)).endsWith(" schema");
  }

  @Test
  void a_java_home_without_java_is_passed_over_for_the_path() throws Exception {
    Path onPath = fakeJdk("on-path", "17.0.15");

    launch(
        Map.of(
            "JAVA_HOME",
            root.resolve("nothing-here").toString(),
            "PATH",
            onPath.resolve("bin") + ":/usr/bin:/bin"),
        "rules");

    assertThat(lastCall(onPath)).endsWith(" rules");
  }

  @Test
  void a_java_on_the_path_older_than_25_gives_way_to_the_newest_jdk_25_or_later_beside_it()
      throws Exception {
    Path onPath = fakeJdk("jvm/java-17", "17.0.15");
    fakeJdk("jvm/java-21", "21.0.2");
    Path twentyFive = fakeJdk("jvm/temurin-25", "25.0.3");
    Path twentySix = fakeJdk("jvm/java-26", "26-ea");
    Files.createDirectories(root.resolve("jvm/not-a-jdk/bin"));

    launch(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin"), "rules");

    assertThat(lastCall(twentySix)).endsWith(" rules").contains("-XX:AOTCache");
    assertThat(calls(onPath)).isEmpty();
    assertThat(calls(twentyFive)).isEmpty();
    assertThat(caches()).singleElement().asString().contains("atlas-java26-").endsWith(".aot");
  }

  @Test
  void a_launcher_called_from_another_directory_builds_in_its_checkout() throws Exception {
    Path jdk = fakeJdk("jdk", "17.0.15");
    Path mvnw = root.resolve("mvnw");
    Files.writeString(
        mvnw,
        "#!/bin/bash\npwd > \"" + root.resolve("built-in") + "\"\ntouch \"" + jar + "\"\n",
        UTF_8);
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));

    Result result = launchIn(elsewhere, Map.of("ATLAS_JAVA", jdk.toString()), "rules");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Path.of(Files.readString(root.resolve("built-in")).strip()).toRealPath())
        .isEqualTo(root.toRealPath());
    assertThat(lastCall(jdk)).endsWith(" rules");
  }

  @Test
  void atlas_print_java_says_which_java_would_run_and_runs_nothing() throws Exception {
    Path onPath = fakeJdk("jvm/java-17", "17.0.15");
    Path twentyFive = fakeJdk("jvm/temurin-25", "25.0.3");
    Files.delete(jar);

    Result result =
        launch(
            Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin", "ATLAS_PRINT_JAVA", "1"),
            "validate");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(twentyFive.resolve("bin/java") + "\n");
    assertThat(result.err()).isEmpty();
    assertThat(calls(twentyFive)).isEmpty();
    assertThat(jar).doesNotExist();
  }

  @Test
  void a_path_java_with_no_jdk_25_beside_it_is_the_one_run() throws Exception {
    Path onPath = fakeJdk("jvm/java-17", "17.0.15");
    Path twentyOne = fakeJdk("jvm/java-21", "21.0.2");

    launch(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin"), "rules");

    assertThat(lastCall(onPath)).endsWith(" rules");
    assertThat(calls(twentyOne)).isEmpty();
  }

  @Test
  void a_path_java_of_25_or_later_is_kept_though_a_newer_one_is_beside_it() throws Exception {
    Path onPath = fakeJdk("jvm/java-25", "25.0.3");
    Path twentySix = fakeJdk("jvm/java-26", "26-ea");

    launch(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin"), "rules");

    assertThat(lastCall(onPath)).endsWith(" rules");
    assertThat(calls(twentySix)).isEmpty();
  }

  @Test
  void a_java_named_by_atlas_java_or_java_home_is_never_replaced_by_a_newer_one() throws Exception {
    Path seventeen = fakeJdk("jvm/java-17", "17.0.15");
    Path twentyFive = fakeJdk("jvm/temurin-25", "25.0.3");
    String path = twentyFive.resolve("bin") + ":/usr/bin:/bin";

    launch(Map.of("ATLAS_JAVA", seventeen.toString(), "PATH", path), "rules");
    launch(Map.of("JAVA_HOME", seventeen.toString(), "PATH", path), "schema");

    assertThat(calls(seventeen)).last().asString().endsWith(" schema");
    assertThat(calls(seventeen)).anyMatch(call -> call.endsWith(" rules"));
    assertThat(calls(twentyFive)).isEmpty();
  }

  @Test
  void on_macos_the_newest_jdk_bundle_beside_the_path_java_is_found() throws Exception {
    Path onPath = fakeJdk("JavaVirtualMachines/jdk-17.jdk/Contents/Home", "17.0.15");
    Path twentyFive = fakeJdk("JavaVirtualMachines/jdk-25.jdk/Contents/Home", "25.0.3");

    launch(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin"), "rules");

    assertThat(lastCall(twentyFive)).endsWith(" rules");
    assertThat(calls(onPath)).isEmpty();
  }

  @Test
  void a_link_to_the_path_java_found_again_beside_it_is_not_taken_for_another_java()
      throws Exception {
    Path onPath = fakeJdk("jvm/java-17-openjdk", "17.0.15");
    Files.createSymbolicLink(root.resolve("jvm/java-1.17.0-openjdk"), onPath);

    launch(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin"), "rules");

    assertThat(calls(onPath)).last().asString().endsWith(" rules");
  }

  @ParameterizedTest
  @CsvSource({
    "11.0.22, atlas: .* is Java 11.0.22; atlas needs Java 17 or later \\(set ATLAS_JAVA or JAVA_HOME\\)",
    "1.8.0_402, atlas: .* is Java 1.8.0_402; atlas needs Java 17 or later \\(set ATLAS_JAVA or JAVA_HOME\\)",
  })
  void a_java_older_than_17_is_refused_in_one_line(String version, String expected)
      throws Exception {
    Path jdk = fakeJdk("jdk", version);

    Result result = launch(Map.of("ATLAS_JAVA", jdk.toString()), "rules");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).matches(expected);
    assertThat(calls(jdk)).isEmpty();
  }

  @Test
  void an_atlas_java_that_is_no_java_is_refused_in_one_line() throws Exception {
    Result result = launch(Map.of("ATLAS_JAVA", root.resolve("no-such-jdk").toString()), "rules");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo(
            "atlas: ATLAS_JAVA="
                + root.resolve("no-such-jdk")
                + " is neither a java executable nor a JDK directory");
  }

  @Test
  void a_jdk_without_a_release_file_still_gets_a_class_data_sharing_archive() throws Exception {
    Path jdk = fakeJdk("jdk", "");

    launch(Map.of("ATLAS_JAVA", jdk.toString()), "rules");

    assertThat(caches()).singleElement().asString().endsWith(".jsa");
  }

  static Stream<List<String>> shortRuns() {
    return Stream.of(
        List.of(),
        List.of("validate"),
        List.of("validate", "SMALL"),
        List.of("validate", "--format", "sarif", "SMALL", "SMALL"),
        List.of("validate", "no-such-file.json"),
        List.of("stats", "SMALL"),
        List.of("rules", "--lang", "fa"),
        List.of("generate", "--stations", "2400"),
        List.of("generate", "--stations=20000"),
        List.of("generate", "--stations", "many"),
        List.of("--help"));
  }

  static Stream<List<String>> longRuns() {
    return Stream.of(
        List.of("validate", "BIG"),
        List.of("validate", "SMALL", "BIG"),
        List.of("validate", "-"),
        List.of("convert", "--to", "csv", "BIG"),
        List.of("normalize", "--in-place", "BIG"),
        List.of("generate", "--stations", "20001"),
        List.of("generate", "--stations=1000000", "-o", "out.json"));
  }

  @ParameterizedTest
  @MethodSource("shortRuns")
  void short_runs_use_the_quick_compiler_alone(List<String> args) throws Exception {
    Path jdk = fakeJdk("jdk", "17.0.15");

    launch(Map.of("ATLAS_JAVA", jdk.toString()), files(args));

    assertThat(lastCall(jdk)).contains(" -XX:TieredStopAtLevel=1 -jar ");
  }

  @ParameterizedTest
  @MethodSource("longRuns")
  void long_runs_keep_the_optimizing_compiler(List<String> args) throws Exception {
    Path jdk = fakeJdk("jdk", "17.0.15");

    launch(Map.of("ATLAS_JAVA", jdk.toString()), files(args));

    assertThat(lastCall(jdk)).doesNotContain("TieredStopAtLevel");
  }

  /** The arguments with SMALL a file of 1 KiB and BIG one of just over 16 MiB (sparse). */
  private String[] files(List<String> args) throws IOException {
    Path small = root.resolve("small.json");
    Files.writeString(small, "{}".repeat(512));
    Path big = root.resolve("-big.json"); // a name find must not take for an option
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength((16L << 20) + 1);
    }
    return args.stream()
        .map(arg -> arg.equals("SMALL") ? "small.json" : arg.equals("BIG") ? "-big.json" : arg)
        .toArray(String[]::new);
  }

  @Test
  void java_opts_come_last_so_that_they_win() throws Exception {
    Path jdk = fakeJdk("jdk", "17.0.15");

    launch(
        Map.of("ATLAS_JAVA", jdk.toString(), "JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=4"),
        "validate");

    assertThat(lastCall(jdk))
        .endsWith(
            "-XX:TieredStopAtLevel=1 -Xmx256m -XX:TieredStopAtLevel=4 -jar " + jar + " validate");
  }

  /** Each real JDK 17 or later: the one running the tests, and those installed beside it. */
  static Stream<Path> realJdks() throws IOException {
    Path running = Path.of(System.getProperty("java.home")).toRealPath();
    List<Path> jdks = new ArrayList<>(List.of(running));
    Path parent = running.getParent();
    if (parent != null) {
      try (Stream<Path> siblings = Files.list(parent)) {
        siblings
            .filter(Files::isDirectory)
            .filter(dir -> Files.isExecutable(dir.resolve("bin/java")))
            .filter(dir -> feature(dir) >= 17)
            .map(LauncherTest::realPath)
            .filter(dir -> !jdks.contains(dir))
            .forEach(jdks::add);
      }
    }
    return jdks.stream();
  }

  private static int feature(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          String version = line.substring("JAVA_VERSION=\"".length());
          return Integer.parseInt(version.replaceFirst("[^0-9].*", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  /**
   * With a real JDK the cache the launcher makes is one the JVM can use: the second run insists on
   * it ({@code -Xshare:on}, or {@code -XX:AOTMode=on} for an ahead-of-time cache), which fails to
   * start the JVM when the cache does not fit.
   */
  @ParameterizedTest
  @MethodSource("realJdks")
  void a_real_jdk_makes_a_cache_that_it_then_uses(Path jdk) throws Exception {
    Result first = launch(Map.of("ATLAS_JAVA", jdk.toString()), "validate");
    assertThat(first.exitCode()).as(first.err()).isZero();
    List<Path> caches = caches();
    // A JDK without a class-data sharing archive of its own cannot make one on top of it.
    assumeTrue(
        !caches.isEmpty() || Files.isRegularFile(jdk.resolve("lib/server/classes.jsa")),
        "a JDK without lib/server/classes.jsa makes no cache");
    assertThat(caches).hasSize(1);
    String insist =
        caches.get(0).toString().endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on -Xlog:cds=off";

    Result second =
        launch(Map.of("ATLAS_JAVA", jdk.toString(), "JAVA_OPTS", insist), "validate", "x");

    assertThat(first.out()).isEqualTo("probe ran: validate\n");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo("probe ran: validate x\n");
  }

  /** What the jar made for these tests runs: it says so, with its arguments. */
  static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      System.out.println("probe ran: " + String.join(" ", args));
    }
  }

  private static void writeProbeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out, manifest);
        InputStream in = Probe.class.getResourceAsStream("/" + entry)) {
      jarOut.putNextEntry(new JarEntry(entry));
      jarOut.write(in.readAllBytes());
      jarOut.closeEntry();
    }
  }

  private record Result(int exitCode, String out, String err) {}

  private Result launch(Map<String, String> environment, String... args) throws Exception {
    return launchIn(root, environment, args);
  }

  private Result launchIn(Path directory, Map<String, String> environment, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("atlas").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> env = builder.environment();
    env.remove("ATLAS_JAVA");
    env.remove("JAVA_HOME");
    env.remove("JAVA_OPTS");
    env.putAll(environment);
    Path out = root.resolve("out.txt");
    Path err = root.resolve("err.txt");
    Process process =
        builder
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
