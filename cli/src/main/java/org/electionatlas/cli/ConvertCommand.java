package org.electionatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electionatlas.io.GeoJson;
import org.electionatlas.io.StationCsv;
import org.electionatlas.model.Atlas;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas convert}: writes an atlas in another format, for other tools. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes an atlas as JSON, GeoJSON or CSV.",
      "  json     the canonical atlas JSON (stable order, two-space indent)",
      "  geojson  GeoJSON (RFC 7946) for GIS tools: counties as the envelopes",
      "           of their stations, stations as points [lon, lat]; stations",
      "           without a valid location are left out (a count on stderr)",
      "  csv      the stations, one row each, for spreadsheets (docs/csv.md)"
    })
final class ConvertCommand implements Callable<Integer> {

  /** The formats an atlas converts to. */
  enum Format {
    JSON,
    GEOJSON,
    CSV
  }

  private final Terminal terminal;

  @Parameters(index = "0", paramLabel = "FILE", description = "The atlas; - reads standard input.")
  String file = "";

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "json, geojson or csv.")
  Format to = Format.JSON;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to OUT (replaced only once complete) instead of standard output.")
  @Nullable Path output;

  ConvertCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Atlas atlas = Inputs.parse(file, terminal).atlas();
    switch (to) {
      case JSON -> Outputs.write(output, terminal, out -> Inputs.json().write(atlas, out));
      case GEOJSON -> {
        Outputs.write(output, terminal, out -> GeoJson.write(atlas, out));
        Unplaced.report(terminal, "convert", atlas, "the GeoJSON");
      }
      case CSV -> Outputs.write(output, terminal, out -> StationCsv.write(atlas, out));
    }
    return ExitCode.OK;
  }
}
