package org.electionatlas.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.message.Phrase;
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

  private static final Phrase GENERATING = Phrase.of("generating", "ساختن");

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
    String name = output == null ? "-" : output.toString();
    try (Progress progress = Progress.of(terminal, GENERATING, name)) {
      long[] written = {0};
      Outputs.write(
          output,
          terminal,
          out ->
              AtlasJson.standard()
                  .write(
                      generator.withoutStations(),
                      generator
                          .pollingStations()
                          .peek(station -> progress.at(++written[0], stations, written[0])),
                      out));
    }
    return ExitCode.OK;
  }
}
