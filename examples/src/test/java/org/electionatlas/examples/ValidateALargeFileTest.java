package org.electionatlas.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckedSource;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateALargeFileTest {

  @TempDir Path directory;

  @Test
  void streamsAGeneratedAtlasAndReportsTheOwnRuleWithLineAndColumn() throws Exception {
    Atlas generated = AtlasGenerator.of(2_000, 5).generate();
    List<PollingStation> stations = new ArrayList<>(generated.pollingStations());
    stations.set(7, PollingStation.builder().from(stations.get(7)).expectedVoters(9_000).build());
    Path file = directory.resolve("national.json");
    AtlasJson.standard()
        .write(Atlas.builder().from(generated).pollingStations(stations).build(), file);

    String printed = Output.of(out -> ValidateALargeFile.run(file, MessageStyle.ENGLISH, out));

    String at = lineAndColumnOf(file, 7);
    assertThat(printed)
        .containsPattern(
            "national\\.json:"
                + at
                + ": \\[station-crowded\\] polling station \""
                + stations.get(7).id()
                + "\" \\(.*\\) expects 9,000 voters")
        .contains(
            "national.json:"
                + at
                + ": [station-busiest] the busiest of 2,000 stations is polling station \""
                + stations.get(7).id()
                + "\", number 7 in the file")
        .contains("2000 polling stations: 0 errors,");
  }

  @Test
  void aFindingReportedAtTheEndIsLocatedAsReadingTheWholeFileLocatesIt() throws Exception {
    Path file = directory.resolve("national.json");
    AtlasJson.standard().write(AtlasGenerator.of(3_000, 11).generate(), file);
    Validator validator =
        Validator.builder()
            .addRule(new ValidateALargeFile.CrowdedStation())
            .addRule(new ValidateALargeFile.BusiestStation())
            .build();

    CheckedSource streamed = AtlasJson.standard().check(file, validator);
    CheckedSource whole =
        AtlasJson.standard().check(Files.readAllBytes(file), file.toString(), validator);

    List<Violation> busiest =
        ((CheckedSource.Checked) streamed).report().violationsOf("station-busiest");
    assertThat(busiest).singleElement().satisfies(v -> assertThat(v.location()).isPresent());
    assertThat(busiest)
        .isEqualTo(((CheckedSource.Checked) whole).report().violationsOf("station-busiest"));
  }

  @Test
  void printsPersianMessagesWithPersianDigits() throws Exception {
    Path file = directory.resolve("national.json");
    AtlasJson.standard().write(AtlasGenerator.of(500, 5).generate(), file);

    String printed = Output.of(out -> ValidateALargeFile.run(file, MessageStyle.PERSIAN, out));

    assertThat(printed).contains("پرکارترینِ ۵۰۰ شعبه").contains("۰ خطا");
  }

  /** Where the expectedVoters of the station at the position stands in the canonical file. */
  private static String lineAndColumnOf(Path file, int station) throws Exception {
    return AtlasJson.standard()
        .parse(Files.readAllBytes(file), file.toString())
        .sourceMap()
        .locate("/pollingStations/" + station + "/expectedVoters")
        .orElseThrow()
        .toString();
  }

  @Test
  void reportsAFileThatIsNotAnAtlasInOneLine() throws Exception {
    Path file = directory.resolve("broken.json");
    java.nio.file.Files.writeString(file, "{\"format\": \"election-atlas\", \"schemaVersion\": 2}");

    String printed = Output.of(out -> ValidateALargeFile.run(file, MessageStyle.ENGLISH, out));

    assertThat(printed.lines()).hasSize(1);
    assertThat(printed).startsWith(file + ":1:").contains("schemaVersion");
  }
}
