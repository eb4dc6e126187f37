package org.electionatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electionatlas.io.CsvImportException;
import org.electionatlas.io.SafeText;
import org.electionatlas.io.StationCsv;
import org.electionatlas.model.Atlas;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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

  ImportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Atlas atlas = Inputs.parse(into, terminal).atlas();
    byte[] bytes = Inputs.read(csv, terminal, Inputs.json());
    StationCsv.Imported imported;
    try {
      imported = StationCsv.importInto(atlas, bytes, csv, Inputs.json());
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
    Outputs.write(output, terminal, out -> Inputs.json().write(imported.atlas(), out));
    terminal
        .err()
        .println(
            "atlas import: "
                + SafeText.terminal(csv)
                + ": "
                + imported.added()
                + (imported.added() == 1 ? " station added, " : " stations added, ")
                + imported.updated()
                + " updated, "
                + imported.unchanged()
                + " unchanged");
    return ExitCode.OK;
  }
}
