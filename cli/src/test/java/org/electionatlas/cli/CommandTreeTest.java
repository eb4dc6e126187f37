package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A run builds only the command its first argument names ({@link Main#commandLineFor}); these tests
 * prove that a command so built says and does exactly what it says and does in the whole tree.
 */
class CommandTreeTest {

  private static final String MINIMAL =
      "../io/src/main/resources/org/electionatlas/io/samples/minimal.json";

  private static final String KERMAN =
      "../io/src/main/resources/org/electionatlas/io/samples/kerman-1402.json";

  static Stream<List<String>> commandLines() {
    Stream<List<String>> helps =
        names().flatMap(name -> Stream.of(List.of(name, "--help"), List.of(name, "--version")));
    Stream<List<String>> others =
        Stream.of(
            List.of("validate"),
            List.of("validate", "--format", "sarif", MINIMAL),
            List.of("validate", "--format", "json", "--calendar", "jalali", "--lang", "fa", KERMAN),
            List.of("validate", "--fail-on", "warning", MINIMAL),
            List.of("validate", "--fail-on", "sometimes", MINIMAL),
            List.of("validate", "--format", "xml"),
            List.of("validate", "--formt", "json"),
            List.of("validate", "no-such-file.json"),
            List.of("validate", "--policy"),
            List.of("stats", MINIMAL),
            List.of("stats", "--format", "json", MINIMAL),
            List.of("stats", MINIMAL, MINIMAL),
            List.of("rules"),
            List.of("rules", "--lang", "fa", "--format", "markdown"),
            List.of("date", "1402-04-20"),
            List.of("date", "2023-07-11", "--lang", "fa"),
            List.of("date", "1402-13-01"),
            List.of("date"),
            List.of("schema"),
            List.of("sample", "--help"),
            List.of("generate", "--stations", "3", "--seed", "7"),
            List.of("generate", "--stations", "many"),
            List.of("convert", "--to", "csv", MINIMAL),
            List.of("convert", "--to", "sql", MINIMAL),
            List.of("normalize", MINIMAL),
            List.of("validate", "--", "--help"),
            List.of("validat"),
            List.of("--help"),
            List.of("--version"),
            List.of());
    return Stream.concat(helps, others);
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void a_command_built_alone_runs_exactly_as_in_the_whole_tree(List<String> arguments) {
    String[] args = arguments.toArray(String[]::new);

    Outcome alone = Outcome.of((in, out, err) -> Main.run(args, in, out, err));
    Outcome whole = Outcome.of((in, out, err) -> Main.run(new AtlasCommand(), args, in, out, err));

    assertThat(alone).isEqualTo(whole);
  }

  @ParameterizedTest
  @MethodSource("names")
  void a_command_named_first_is_the_only_command_built(String name) {
    CommandLine tree = Main.commandLineFor(new String[] {name, "--help"}, terminal());

    assertThat(tree.getCommandName()).isEqualTo("atlas");
    assertThat(tree.getSubcommands()).containsOnlyKeys(name);
  }

  @ParameterizedTest
  @MethodSource("notCommands")
  void arguments_that_name_no_command_get_the_whole_tree(List<String> arguments) {
    CommandLine tree = Main.commandLineFor(arguments.toArray(String[]::new), terminal());

    assertThat(tree.getSubcommands().keySet()).containsExactlyElementsOf(names().toList());
  }

  static Stream<List<String>> notCommands() {
    return Stream.of(
        List.of(),
        List.of("--help"),
        List.of("-V"),
        List.of("VALIDATE"),
        List.of("validat"),
        List.of("", "validate"),
        List.of("--", "validate"));
  }

  static Stream<String> names() {
    return Arrays.stream(AtlasCommand.class.getAnnotation(Command.class).subcommands())
        .map(type -> type.getAnnotation(Command.class).name());
  }

  private static Terminal terminal() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
    return new Terminal(InputStream.nullInputStream(), sink, sink);
  }

  /** Runs a command line on streams of its own. */
  private interface Runner {
    int run(InputStream in, PrintStream out, PrintStream err);
  }

  private record Outcome(int exitCode, String out, String err) {
    static Outcome of(Runner runner) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          runner.run(
              InputStream.nullInputStream(),
              new PrintStream(out, true, UTF_8),
              new PrintStream(err, true, UTF_8));
      return new Outcome(code, out.toString(UTF_8), err.toString(UTF_8));
    }
  }
}
