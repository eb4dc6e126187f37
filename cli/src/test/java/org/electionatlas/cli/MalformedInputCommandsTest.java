package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Every command that reads an atlas, run on every malformed document of io's corpus and on the
 * generated ones too large to commit: exit 2 and a short message that names the file, never a stack
 * trace, an OutOfMemoryError or a StackOverflowError, and nothing written.
 */
class MalformedInputCommandsTest {

  /** io's committed corpus; surefire runs each module's tests in the module's directory. */
  private static final Path CORPUS =
      Path.of("..", "io", "src", "test", "resources", "org", "electionatlas", "io", "malformed");

  /** A well-formed CSV for {@code import}, so that only the atlas it goes into is malformed. */
  @TempDir static Path elsewhere;

  private static Path csv = Path.of("stations.csv");

  /** The commands that take an atlas FILE, and how each is run on one. */
  private static final List<Invocation> INVOCATIONS =
      List.of(
          new Invocation("validate", file -> new String[] {"validate", file}),
          new Invocation("validate", file -> new String[] {"validate", "--policy", file}),
          new Invocation("stats", file -> new String[] {"stats", file}),
          new Invocation("stats", file -> new String[] {"stats", "--format", "json", file}),
          new Invocation("normalize", file -> new String[] {"normalize", file}),
          new Invocation(
              "normalize", file -> new String[] {"normalize", file, "-o", file + ".out.json"}),
          new Invocation("convert", file -> new String[] {"convert", file, "--to", "json"}),
          new Invocation(
              "convert",
              file -> new String[] {"convert", file, "--to", "geojson", "-o", file + ".out.json"}),
          new Invocation("convert", file -> new String[] {"convert", file, "--to", "csv"}),
          new Invocation(
              "map",
              file -> new String[] {"map", file, "--format", "svg", "-o", file + ".out.json"}),
          new Invocation(
              "import",
              file ->
                  new String[] {
                    "import", csv.toString(), "--into", file, "-o", file + ".out.json"
                  }));

  @TempDir static Path generated;

  private record Invocation(String command, Function<String, String[]> arguments) {
    @Override
    public String toString() {
      return String.join(" ", arguments.apply("FILE"));
    }
  }

  @BeforeAll
  static void generate_the_cases_too_large_to_commit() throws IOException {
    csv = Files.writeString(elsewhere.resolve("stations.csv"), "id\r\n");
    String minimal = new String(Samples.bytes("minimal"), UTF_8);
    char[] notes = new char[50 * 1024 * 1024];
    Arrays.fill(notes, 'x');
    Files.writeString(
        generated.resolve("string-50-megabytes.json"),
        minimal.replace(
            "\"synthetic\": [", "\"notes\": \"" + new String(notes) + "\",\n    \"synthetic\": ["));
    Files.writeString(
        generated.resolve("nesting-100000-deep.json"),
        "{\"format\": \"election-atlas\", \"schemaVersion\": 1, \"extensions\": {\"x\": "
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "}}");
  }

  static Stream<Arguments> cases() {
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> corpus = Files.list(CORPUS);
        Stream<Path> large = Files.list(generated)) {
      corpus.filter(file -> !file.toString().endsWith(".expected")).forEach(documents::add);
      large.forEach(documents::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(documents).hasSizeGreaterThan(40);
    return documents.stream()
        .sorted()
        .flatMap(
            document -> INVOCATIONS.stream().map(invocation -> Arguments.of(document, invocation)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void a_malformed_atlas_is_exit_2_with_a_short_message_and_nothing_written(
      Path document, Invocation invocation) throws IOException {
    String file = document.toString();
    String[] arguments = invocation.arguments().apply(file);

    Run run = Run.of(arguments);

    String said = run.out() + run.err();
    assertThat(run.exitCode()).as("exit code; said %s", said).isEqualTo(2);
    assertThat(said)
        .contains(document.getFileName().toString())
        .doesNotContain(
            "Exception", "at org.", "\tat ", "OutOfMemoryError", "StackOverflowError", "internal");
    if (!Arrays.asList(arguments).contains("json")) {
      assertThat(said.strip().lines()).as("lines of %s", said).hasSizeBetween(1, 3);
    }
    assertThat(Path.of(file + ".out.json")).doesNotExist();
  }

  @Test
  void the_invocations_cover_every_command_that_reads_an_atlas_file() {
    Set<String> readers = new TreeSet<>();
    for (Class<?> command : AtlasCommand.class.getAnnotation(Command.class).subcommands()) {
      for (Field field : command.getDeclaredFields()) {
        Parameters parameters = field.getAnnotation(Parameters.class);
        Option option = field.getAnnotation(Option.class);
        if (parameters != null && parameters.paramLabel().equals("FILE")
            || option != null && option.paramLabel().equals("ATLAS")) {
          readers.add(command.getAnnotation(Command.class).name());
        }
      }
    }
    Set<String> invoked = new TreeSet<>();
    INVOCATIONS.forEach(invocation -> invoked.add(invocation.command()));

    assertThat(invoked).isEqualTo(readers);
  }

  @Test
  void a_lowered_limit_from_a_system_property_applies_and_says_how_to_raise_it() {
    String file = CORPUS.resolve("nan.json").toString();
    System.setProperty("atlas.maxDocumentLength", "100");
    try {
      Run run = Run.of("validate", file);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out())
          .isEqualTo(
              file
                  + ":1:1: error [unreadable] the document is longer than 100 bytes, beyond the"
                  + " limit maxDocumentLength = 100; raise it with"
                  + " AtlasJson.builder().maxDocumentLength(n) or, for the atlas command,"
                  + " JAVA_OPTS=-Datlas.maxDocumentLength=n\n");
    } finally {
      System.clearProperty("atlas.maxDocumentLength");
    }
  }

  @Test
  void a_raised_nesting_limit_from_a_system_property_reads_a_deeper_atlas() throws IOException {
    Path file = generated.resolve("deep-100.json");
    String minimal = new String(Samples.bytes("minimal"), UTF_8);
    Files.writeString(
        file,
        minimal.replace(
            "\"level\": \"LOW\"",
            "\"level\": \"LOW\", \"extensions\": {\"x\": "
                + "[".repeat(90)
                + "]".repeat(90)
                + "}"));
    System.setProperty("atlas.maxNestingDepth", "100");
    try {
      assertThat(Run.of("validate", file.toString()).exitCode()).isZero();
    } finally {
      System.clearProperty("atlas.maxNestingDepth");
    }
    assertThat(Run.of("validate", file.toString()).out()).contains("maxNestingDepth = 64");
  }

  @Test
  void a_limit_property_that_is_not_a_number_or_out_of_range_is_a_usage_error() {
    String file = CORPUS.resolve("nan.json").toString();
    for (String[] bad :
        new String[][] {{"atlas.maxStringLength", "lots"}, {"atlas.maxNestingDepth", "5000"}}) {
      System.setProperty(bad[0], bad[1]);
      try {
        Run run = Run.of("stats", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("atlas stats: the system property " + bad[0]);
      } finally {
        System.clearProperty(bad[0]);
      }
    }
  }
}
