package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.model.Atlas;

/**
 * Fuzz test of the CSV importer: on any bytes at all, {@link StationCsv#importInto} returns an
 * atlas or throws {@link CsvImportException} whose problems are each one line on a line of the
 * file, nothing else; an atlas it returns is one the atlas reader reads back (so that {@code
 * import} never writes what {@code validate} refuses), and its stations exported and imported again
 * are the same. A normal build runs the committed inputs in {@code StationCsvFuzzTestInputs/};
 * {@code scripts/fuzz csv} fuzzes for longer.
 */
class StationCsvFuzzTest {

  private static final AtlasJson JSON = AtlasJson.standard();
  private static final Atlas MINIMAL = JSON.parse(Samples.bytes("minimal"), "minimal").atlas();

  @FuzzTest
  void import_gives_an_atlas_that_reads_back_and_round_trips_or_one_line_problems(byte[] csv)
      throws IOException {
    Atlas imported;
    try {
      imported = StationCsv.importInto(MINIMAL, csv, "fuzz.csv").atlas();
    } catch (CsvImportException e) {
      assertThat(e.problems()).isNotEmpty();
      for (CsvImportException.Problem problem : e.problems()) {
        assertThat(problem.line()).isPositive();
        assertThat(problem.toString()).isEqualTo(SafeText.terminal(problem.toString()));
      }
      return;
    }
    assertThat(JSON.read(JSON.write(imported))).isEqualTo(imported);
    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    StationCsv.write(imported, exported);
    assertThat(StationCsv.importInto(imported, exported.toByteArray(), "again.csv").atlas())
        .isEqualTo(imported);
  }
}
