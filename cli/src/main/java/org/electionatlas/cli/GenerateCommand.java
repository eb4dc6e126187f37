package org.electionatlas.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atlas generate}: writes a synthetic atlas of any size, for tests and benchmarks. The
 * stations are written as they are made, so a million need no more memory than ten.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes a synthetic atlas of Iran's 31 provinces with N polling stations,",
      "the same bytes for the same N and seed, valid under 'atlas validate'.",
      "Stations are written as they are made, so memory stays small for millions."
    })
final class GenerateCommand implements Callable<Integer> {

  /** How often the progress line on a terminal is updated. */
  private static final int PROGRESS_EVERY = 100_000;

  private final Terminal terminal;

  @Option(
      names = "--stations",
      paramLabel = "N",
      required = true,
      description = "How many polling stations, from 0 to 10,000,000.")
  int stations;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed of every synthetic value (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (replaced only once complete) instead of standard output.")
  @Nullable Path output;

  GenerateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (stations < 0 || stations > AtlasGenerator.MAX_STATIONS) {
      throw new UserError(
          String.format(
              Locale.ROOT,
              "--stations must be between 0 and %,d, but is %,d",
              AtlasGenerator.MAX_STATIONS,
              stations));
    }
    AtlasGenerator generator = AtlasGenerator.of(stations, seed);
    // Progress is for a person watching; a script or a pipe to a file gets nothing on stderr.
    boolean progress = System.console() != null && stations >= PROGRESS_EVERY;
    Outputs.write(
        output,
        terminal,
        out -> {
          Stream<PollingStation> made = generator.pollingStations();
          if (progress) {
            made = made.peek(new Progress());
          }
          AtlasJson.standard().write(generator.withoutStations(), made, out);
        });
    if (progress) {
      terminal.err().println();
    }
    return ExitCode.OK;
  }

  /** Rewrites one line on standard error as the stations go by. */
  private final class Progress implements Consumer<PollingStation> {
    private int written;

    @Override
    public void accept(PollingStation station) {
      written++;
      if (written % PROGRESS_EVERY == 0 || written == stations) {
        terminal
            .err()
            .printf(Locale.ROOT, "\ratlas generate: %,d of %,d stations", written, stations);
        terminal.err().flush();
      }
    }
  }
}
