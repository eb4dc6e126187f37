package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electionatlas.io.CsvImportException;
import org.electionatlas.io.StationCsv;
import org.electionatlas.io.StationSource;
import org.electionatlas.io.StationStream;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas import}: adds or updates an atlas's stations from a spreadsheet's CSV. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Adds or updates stations from a CSV file, matched by id.",
      "Reads English or Persian headers (see docs/csv.md) and writes the atlas",
      "with the file's stations. Every bad row is reported as FILE:LINE: MESSAGE;",
      "then nothing is imported and the exit code is 2."
    },
    footer = {"", "The atlas given to --into is never changed unless -o names it."})
final class ImportCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Parameters(
      index = "0",
      paramLabel = "CSV",
      description = "The stations, as CSV; - reads standard input.")
  String csv = "";

  @Option(
      names = "--into",
      required = true,
      paramLabel = "ATLAS",
      description = "The atlas to add the stations to.")
  String into = "";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Write the atlas to OUT (replaced only once complete) instead of standard output.")
  @Nullable Path output;

  @Mixin LanguageOption language = new LanguageOption();

  ImportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  private static final Phrase READING = Phrase.of("reading", "خواندن");

  private static final Noun STATIONS = Noun.of("station", "stations", "شعبه");

  private static final MessageTemplate IMPORTED =
      MessageTemplate.of(
          "import.done",
          "atlas import: {file}: {added} added, {updated} updated, {unchanged} unchanged",
          "atlas import: {file}: {added} افزوده شد، {updated} به‌روز شد، {unchanged} بی‌تغییر ماند");
  private static final Phrase IMPORTING = Phrase.of("importing into", "درون‌ریزی در");

  /**
   * The CSV is read whole (a spreadsheet of stations is the small side) and the atlas streams: once
   * for the stations the rows name, once to write it with the rows' stations.
   */
  @Override
  public Integer call() throws IOException {
    MessageStyle style = language.style();
    StationCsv.Summary imported;
    try (StationStream stream = Inputs.stream(into, terminal)) {
      byte[] bytes = Inputs.read(csv, terminal, Inputs.json());
      int[] reads = {0};
      StationSource stations =
          consumer -> {
            Phrase doing = reads[0]++ == 0 ? READING : IMPORTING;
            try (Progress progress = Progress.of(terminal, style, doing, into)) {
              Inputs.stations(stream, progress, station -> consumer.accept(station.station()));
            }
          };
      StationCsv.Summary[] done = {null};
      try {
        Outputs.write(
            output,
            terminal,
            out ->
                done[0] =
                    StationCsv.importInto(
                        stream.frame(), stations, bytes, csv, Inputs.json(), out));
      } catch (CsvImportException e) {
        for (CsvImportException.Problem problem : e.problems()) {
          terminal.err().println(problem);
        }
        int count = e.problems().size();
        throw new UserError(
            count
                + (count == 1 ? " problem in " : " problems in ")
                + SafeText.terminal(csv)
                + "; nothing was imported");
      }
      imported = java.util.Objects.requireNonNull(done[0]);
    }
    terminal
        .err()
        .println(
            style.render(
                Message.of(IMPORTED)
                    .with("file", Argument.text(SafeText.terminal(csv)))
                    .with("added", Argument.count(imported.added(), STATIONS))
                    .with("updated", Argument.number(imported.updated()))
                    .with("unchanged", Argument.number(imported.unchanged()))));
    return ExitCode.OK;
  }
}
