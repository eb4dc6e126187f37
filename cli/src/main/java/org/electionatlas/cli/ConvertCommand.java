package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electionatlas.io.GeoJson;
import org.electionatlas.io.StationCsv;
import org.electionatlas.io.StationStream;
import org.electionatlas.io.StationWriter;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
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

  private static final Phrase CONVERTING = Phrase.of("converting", "تبدیل");
  private static final Phrase MEASURING =
      Phrase.of("measuring counties in", "اندازه‌گیری شهرستان‌های");

  /**
   * Writes the document as the stations stream in, so that an atlas of any size converts in a small
   * heap. A station that turns out bad half way ends the command with exit 2: the file {@code -o}
   * names is then left as it was, and standard output is left without the document's end.
   */
  @Override
  public Integer call() throws IOException {
    try (StationStream stream = Inputs.stream(file, terminal)) {
      Atlas frame = stream.frame();
      switch (to) {
        case JSON ->
            Outputs.write(
                output,
                terminal,
                out -> {
                  StationWriter writer = Inputs.json().writer(frame, out);
                  each(stream, CONVERTING, station -> writer.write(station));
                  writer.finish();
                });
        case GEOJSON -> {
          Unplaced.Count unplaced = new Unplaced.Count();
          Outputs.write(
              output,
              terminal,
              out -> {
                // Two reads: the counties, which come first, need every station's figures.
                int[] reads = {0};
                GeoJson.write(
                    frame,
                    consumer -> {
                      boolean first = reads[0]++ == 0;
                      each(
                          stream,
                          first ? MEASURING : CONVERTING,
                          station -> {
                            if (first) {
                              unplaced.add(station);
                            }
                            consumer.accept(station);
                          });
                    },
                    out);
              });
          unplaced.report(terminal, "convert", "the GeoJSON");
        }
        case CSV ->
            Outputs.write(
                output,
                terminal,
                out -> {
                  StationCsv.RowWriter rows = StationCsv.writer(out);
                  each(stream, CONVERTING, rows::write);
                  rows.finish();
                });
      }
    }
    return ExitCode.OK;
  }

  /** What is done with each station; it may fail to write. */
  @FunctionalInterface
  private interface Sink {
    void accept(PollingStation station) throws IOException;
  }

  /** Each station to the sink; the progress line follows the terminal's locale (no --lang). */
  private void each(StationStream stream, Phrase doing, Sink sink) throws IOException {
    try (Progress progress = Progress.of(terminal, doing, file)) {
      Inputs.stations(stream, progress, station -> sink.accept(station.station()));
    }
  }
}
