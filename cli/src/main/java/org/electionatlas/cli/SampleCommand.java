package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electionatlas.io.Samples;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas sample}: writes a bundled sample atlas, a user's starting point. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Writes a bundled sample atlas to standard output or a file.")
final class SampleCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      defaultValue = Samples.DEFAULT,
      description = "The sample to write (default: ${DEFAULT-VALUE}); --list names them all.")
  String name = Samples.DEFAULT;

  @Option(names = "--list", description = "List the bundled samples instead of writing one.")
  boolean list;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (replaced only once complete) instead of standard output.")
  @Nullable Path output;

  SampleCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    if (list) {
      for (Map.Entry<String, String> sample : Samples.descriptions().entrySet()) {
        terminal.out().println(sample.getKey() + "\t" + sample.getValue());
      }
      return ExitCode.OK;
    }
    if (!Samples.names().contains(name)) {
      throw new UserError(
          "no sample named \""
              + name
              + "\"; the samples are "
              + String.join(", ", Samples.names()));
    }
    byte[] bytes = Samples.bytes(name);
    if (output == null) {
      terminal.out().write(bytes);
      terminal.out().flush();
    } else {
      Outputs.write(output, bytes);
    }
    return ExitCode.OK;
  }
}
