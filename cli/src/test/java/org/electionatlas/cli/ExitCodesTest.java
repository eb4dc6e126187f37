package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exit codes the README and {@code atlas --help} document, command by command: 0 success, 1
 * violations at or above {@code --fail-on}, 2 bad input or usage (one line, no stack trace), 3 an
 * internal error.
 */
class ExitCodesTest {

  @TempDir static Path directory;

  private static Path minimal;
  private static Path broken;
  private static Path malformed;
  private static Path warned;

  @BeforeAll
  static void files() throws IOException {
    minimal = Files.write(directory.resolve("minimal.json"), Samples.bytes("minimal"));
    broken =
        Files.writeString(
            directory.resolve("broken.json"),
            new String(Samples.bytes("minimal"), UTF_8)
                .replace("\"county\": \"ravar\"", "\"county\": \"ravr\""));
    malformed = Files.writeString(directory.resolve("malformed.json"), "{\"format\": ");
    warned = Files.write(directory.resolve("kerman.json"), Samples.bytes("kerman-1402"));
  }

  static Stream<Arguments> cases() {
    String out = directory.resolve("out").toString();
    return Stream.of(
        // 0: success
        Arguments.of(0, List.of("--help")),
        Arguments.of(0, List.of("--version")),
        Arguments.of(0, List.of("validate")),
        Arguments.of(0, List.of("validate", warned.toString())),
        Arguments.of(0, List.of("stats", minimal.toString())),
        Arguments.of(0, List.of("rules")),
        Arguments.of(0, List.of("normalize", minimal.toString())),
        Arguments.of(0, List.of("convert", minimal.toString(), "--to", "GeoJSON")),
        Arguments.of(0, List.of("map", minimal.toString(), "-o", out + ".svg")),
        Arguments.of(0, List.of("schema")),
        Arguments.of(0, List.of("sample", "minimal")),
        Arguments.of(0, List.of("generate", "--stations", "10")),
        // 1: violations at or above --fail-on
        Arguments.of(1, List.of("validate", broken.toString())),
        Arguments.of(1, List.of("validate", "--fail-on", "WARNING", warned.toString())),
        Arguments.of(1, List.of("validate", "--format", "sarif", broken.toString())),
        Arguments.of(
            1, List.of("validate", "--format", "json", minimal.toString(), broken.toString())),
        // 2: bad input
        Arguments.of(2, List.of("validate", malformed.toString())),
        Arguments.of(2, List.of("validate", directory.resolve("missing.json").toString())),
        Arguments.of(2, List.of("validate", broken.toString(), malformed.toString())),
        Arguments.of(2, List.of("stats", malformed.toString())),
        Arguments.of(2, List.of("normalize", malformed.toString())),
        Arguments.of(2, List.of("convert", malformed.toString(), "--to", "csv")),
        Arguments.of(2, List.of("map", malformed.toString(), "-o", out + ".svg")),
        Arguments.of(2, List.of("import", malformed.toString(), "--into", minimal.toString())),
        Arguments.of(2, List.of("sample", "tehran")),
        Arguments.of(2, List.of("validate", "--policy", malformed.toString())),
        // 2: usage
        Arguments.of(2, List.of()),
        Arguments.of(2, List.of("frobnicate")),
        Arguments.of(2, List.of("validate", "--frobnicate")),
        Arguments.of(2, List.of("validate", "--format", "xml")),
        Arguments.of(2, List.of("convert", minimal.toString())),
        Arguments.of(2, List.of("generate", "--stations", "many")),
        Arguments.of(2, List.of("map", minimal.toString(), "-o", out + ".png")));
  }

  @ParameterizedTest(name = "{0} for atlas {1}")
  @MethodSource("cases")
  void every_command_exits_as_documented(int expected, List<String> args) {
    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(expected);
    if (expected == 2) {
      assertThat(run.err())
          .as("no stack trace")
          .doesNotContain("\tat ")
          .doesNotContain("Exception");
    }
  }

  @ParameterizedTest(name = "atlas {0}")
  @MethodSource("usageErrors")
  void a_usage_error_is_one_line_that_points_to_help(List<String> args, String command) {
    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith(command + ": ").endsWith(" (see '" + command + " --help')\n");
    assertThat(run.out()).isEmpty();
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of(), "atlas"),
        Arguments.of(List.of("frobnicate"), "atlas"),
        Arguments.of(List.of("validate", "--frobnicate"), "atlas validate"),
        Arguments.of(List.of("validate", "--format", "xml"), "atlas validate"),
        Arguments.of(List.of("convert", "x.json"), "atlas convert"),
        Arguments.of(List.of("generate", "--stations", "many"), "atlas generate"),
        Arguments.of(List.of("stats", "--format", "yaml"), "atlas stats"));
  }

  @Test
  void an_unknown_command_suggests_the_nearest_on_the_same_line() {
    Run run = Run.of("validat");

    assertThat(run.err())
        .isEqualTo(
            "atlas: Unmatched argument at index 0: 'validat'; did you mean 'validate', 'date' or"
                + " 'normalize'? (see 'atlas --help')\n");
  }

  @Test
  void an_internal_error_is_exit_3_with_one_line_and_no_stack_trace() {
    // Standard input that fails as no user's input can: a fault of the program, not of the data.
    InputStream failing =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("simulated fault");
          }
        };

    Run run = Run.withInput(failing, "validate", "-");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .startsWith("atlas validate: internal error, please report it: ")
        .doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }
}
