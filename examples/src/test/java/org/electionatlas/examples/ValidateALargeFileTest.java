package org.electionatlas.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
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

    String printed = Output.of(out -> ValidateALargeFile.run(file, out));

    assertThat(printed)
        .containsPattern(
            "national\\.json:\\d+:\\d+: warning \\[station-crowded\\] polling station \".*\""
                + " expects 9000 voters \\(at /pollingStations/7/expectedVoters\\)")
        .contains("2000 polling stations: 0 errors,");
  }

  @Test
  void reportsAFileThatIsNotAnAtlasInOneLine() throws Exception {
    Path file = directory.resolve("broken.json");
    java.nio.file.Files.writeString(file, "{\"format\": \"election-atlas\", \"schemaVersion\": 2}");

    String printed = Output.of(out -> ValidateALargeFile.run(file, out));

    assertThat(printed.lines()).hasSize(1);
    assertThat(printed).startsWith(file + ":1:").contains("schemaVersion");
  }
}
