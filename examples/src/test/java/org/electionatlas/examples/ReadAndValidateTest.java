package org.electionatlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;
import org.electionatlas.testkit.AtlasFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAndValidateTest {

  @TempDir Path directory;

  @Test
  void validatesTheBundledSampleWhenGivenNoFile() throws Exception {
    String printed = Output.of(out -> ReadAndValidate.run(new String[0], out));

    assertThat(printed)
        .startsWith("kerman-1402 (bundled sample)")
        .contains("kerman-1402 (bundled sample): 0 errors");
  }

  @Test
  void printsEachFindingWithItsLineAndColumn() throws Exception {
    Atlas misspelt = AtlasFixtures.valid().withStation(s -> s.county("ravr")).build();
    Path file = directory.resolve("atlas.json");
    Files.writeString(file, AtlasJson.standard().write(misspelt), UTF_8);

    String printed = Output.of(out -> ReadAndValidate.run(new String[] {file.toString()}, out));

    assertThat(printed)
        .containsPattern(
            "atlas\\.json:\\d+:\\d+: error \\[station-county-unknown\\] .*\"ravr\".*"
                + "\\(at /pollingStations/0/county\\)")
        .contains(file + ": 1 error,");
  }

  @Test
  void reportsAFileThatIsNotAnAtlasInOneLine() throws Exception {
    Path file = directory.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"election-atlas\", \"schemaVersion\": 2}", UTF_8);

    String printed = Output.of(out -> ReadAndValidate.run(new String[] {file.toString()}, out));

    assertThat(printed.lines()).hasSize(1);
    assertThat(printed).startsWith(file + ":1:").contains("schemaVersion");
  }
}
