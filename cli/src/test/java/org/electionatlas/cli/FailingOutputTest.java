package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;

/**
 * The command when its world fails: standard output on a full disk or a closed pipe, an error the
 * program did not expect (out of memory, stack overflow, a bug), a stop by SIGTERM. Each is one
 * line and a documented exit code, and leaves no file behind.
 */
class FailingOutputTest {

  private static final Path DEV_FULL = Path.of("/dev/full");

  @TempDir Path directory;

  private static Run runInto(PrintStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, UTF_8));
    return new Run(code, "", err.toString(UTF_8));
  }

  static Stream<Arguments> writers() {
    String minimal = "../io/src/main/resources/org/electionatlas/io/samples/minimal.json";
    return Stream.of(
        Arguments.of((Object) new String[] {"sample"}),
        Arguments.of((Object) new String[] {"schema"}),
        Arguments.of((Object) new String[] {"generate", "--stations", "100"}),
        Arguments.of((Object) new String[] {"validate"}),
        Arguments.of((Object) new String[] {"validate", "--format", "sarif"}),
        Arguments.of((Object) new String[] {"stats"}),
        Arguments.of((Object) new String[] {"rules"}),
        Arguments.of((Object) new String[] {"normalize", minimal}),
        Arguments.of((Object) new String[] {"convert", minimal, "--to", "json"}),
        Arguments.of((Object) new String[] {"convert", minimal, "--to", "geojson"}),
        Arguments.of((Object) new String[] {"convert", minimal, "--to", "csv"}),
        Arguments.of((Object) new String[] {"sample", "--help"}));
  }

  @ParameterizedTest
  @MethodSource("writers")
  void a_full_disk_under_standard_output_is_one_line_and_exit_2(String[] args) throws IOException {
    assumeTrue(Files.exists(DEV_FULL), "/dev/full is Linux's");
    try (PrintStream full = new CheckedOutput(new FileOutputStream(DEV_FULL.toFile()))) {
      Run run = runInto(full, args);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.err())
          .startsWith("atlas " + args[0] + ": cannot write standard output: ")
          .contains("No space left on device")
          .doesNotContain("\tat ");
    }
  }

  @ParameterizedTest
  @MethodSource("writers")
  void an_embedder_stream_that_swallowed_a_write_error_is_exit_2_too(String[] args) {
    PrintStream failing =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("the disk is full");
              }
            },
            true,
            UTF_8);

    Run run = runInto(failing, args);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).endsWith("atlas " + args[0] + ": cannot write standard output\n");
  }

  /** A command tree whose one command fails as it is told, for what no real command should do. */
  @Command(name = "atlas", subcommands = Failing.class)
  static final class Root {}

  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @picocli.CommandLine.Parameters String how = "";

    @Override
    public Integer call() {
      switch (how) {
        case "memory" -> throw new OutOfMemoryError("Java heap space");
        case "stack" -> throw new StackOverflowError();
        case "error" -> throw new AssertionError("a broken\ninvariant");
        default -> throw new IllegalStateException("a bug\nfake.json:1: all good");
      }
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "memory, 'atlas fail: out of memory with a heap of at most ', JAVA_OPTS=-Xmx4g",
    "stack, 'atlas fail: the stack overflowed; ', JAVA_OPTS=-Xss16m",
    "error, 'atlas fail: internal error, please report it: ', 'a broken\\ninvariant'",
    "bug, 'atlas fail: internal error, please report it: ', 'a bug\\nfake.json:1: all good'"
  })
  void an_unexpected_error_is_one_line_with_what_to_try_and_exit_3(
      String how, String start, String advice) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Main.run(
            new Root(),
            new String[] {"fail", how},
            InputStream.nullInputStream(),
            new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(code).isEqualTo(3);
    assertThat(err.toString(UTF_8).lines()).hasSize(1);
    assertThat(err.toString(UTF_8)).startsWith(start).contains(advice);
  }

  private static ProcessBuilder atlas(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static List<String> classpath(String... jvmOptions) {
    List<String> command = new ArrayList<>(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    return command;
  }

  private static String[] with(List<String> start, String... args) {
    List<String> all = new ArrayList<>(start);
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  @Test
  void generate_into_a_pipe_closed_after_100_bytes_stops_quietly_with_141()
      throws IOException, InterruptedException {
    Process process =
        atlas(with(classpath(), "generate", "--stations", "10000000"))
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    byte[] first = process.getInputStream().readNBytes(100);
    process.getInputStream().close();

    int code = process.waitFor();

    assertThat(first).hasSize(100);
    // Exit 0 would mean it wrote all ten million stations into the closed pipe.
    assertThat(code).isEqualTo(ExitCode.CLOSED_PIPE);
    assertThat(new String(process.getErrorStream().readAllBytes(), UTF_8)).isEmpty();
  }

  /**
   * A real OutOfMemoryError in a small heap. Whether it strikes while the document is read (the
   * reader's own message, exit 2) or while the map is drawn (exit 3) depends on the JVM; both are
   * one line that says how to give it more. The injected errors above prove exit 3 exactly.
   */
  @Test
  void running_out_of_heap_is_one_line_that_says_to_give_more()
      throws IOException, InterruptedException {
    Path big = directory.resolve("big.json");
    // Big enough that the whole atlas cannot be held in 96 MiB. The map streams its stations and
    // keeps little, so the key of the station array is escaped: the stream cannot cut such a file
    // and reads it whole, as it reads any file it does not understand.
    assertThat(Run.of("generate", "--stations", "120000", "-o", big.toString()).exitCode())
        .isZero();
    Files.writeString(
        big,
        Files.readString(big).replaceFirst("\"pollingStations\"", "\"polling\\\\u0053tations\""));

    Process process =
        atlas(
                with(
                    classpath("-Xmx96m", "-XX:TieredStopAtLevel=1"),
                    "map",
                    big.toString(),
                    "-o",
                    directory.resolve("map.svg").toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);

    assertThat(process.waitFor()).as(err).isIn(2, 3);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).startsWith("atlas map: ").contains("JAVA_OPTS=-Xmx4g").doesNotContain("\tat ");
    assertThat(directory.resolve("map.svg")).doesNotExist();
  }

  /** Waits for a file the process is to make, as long as the process lives. */
  private static Path awaitFile(Process process, Path directory, String prefix, String suffix)
      throws IOException, InterruptedException {
    while (process.isAlive()) {
      try (Stream<Path> files = Files.list(directory)) {
        List<Path> found =
            files
                .filter(file -> file.getFileName().toString().startsWith(prefix))
                .filter(file -> file.getFileName().toString().endsWith(suffix))
                .toList();
        if (!found.isEmpty()) {
          return found.get(0);
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the process ended before it made " + prefix + "…" + suffix);
  }

  @Test
  void the_copy_of_standard_input_is_deleted_when_sigterm_stops_validate()
      throws IOException, InterruptedException {
    Path tmp = Files.createDirectory(directory.resolve("tmp"));
    Process process =
        atlas(with(classpath("-Djava.io.tmpdir=" + tmp), "validate", "-"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    OutputStream stdin = process.getOutputStream();
    stdin.write(Samples.bytes("minimal"), 0, 100);
    stdin.flush();
    Path spool = awaitFile(process, tmp, "atlas-", ".json");

    process.destroy();
    process.waitFor();

    assertThat(spool).doesNotExist();
    stdin.close();
  }

  @Test
  void the_temporary_file_of_an_output_is_deleted_when_sigterm_stops_generate()
      throws IOException, InterruptedException {
    Path target = directory.resolve("big.json");
    Process process =
        atlas(with(classpath(), "generate", "--stations", "10000000", "-o", target.toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Path temporary = awaitFile(process, directory, ".big.json.", ".tmp");

    process.destroy();
    process.waitFor();

    assertThat(temporary).doesNotExist();
    assertThat(target).doesNotExist();
    try (Stream<Path> left = Files.list(directory)) {
      assertThat(left).isEmpty();
    }
  }
}
