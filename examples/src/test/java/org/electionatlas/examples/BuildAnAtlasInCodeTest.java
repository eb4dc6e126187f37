package org.electionatlas.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import java.nio.file.Path;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildAnAtlasInCodeTest {

  @TempDir Path directory;

  @Test
  void printsADocumentThatReadsBackAsTheBuiltAtlas() throws Exception {
    String printed = Output.of(out -> BuildAnAtlasInCode.run(new String[0], out));

    Atlas read = AtlasJson.standard().read(printed);
    assertThat(read).isEqualTo(BuildAnAtlasInCode.build()).hasStations(2).hasCounty("meybod");
  }

  @Test
  void writesTheFileItIsGiven() throws Exception {
    Path file = directory.resolve("meybod.json");

    String printed = Output.of(out -> BuildAnAtlasInCode.run(new String[] {file.toString()}, out));

    assertThat(printed).isEqualTo("wrote " + file + System.lineSeparator());
    assertThat(AtlasJson.standard().read(file)).isEqualTo(BuildAnAtlasInCode.build());
  }

  @Test
  void builtAtlasHasNoViolation() {
    assertThat(Validator.standard().validate(BuildAnAtlasInCode.build())).hasNoViolations();
  }
}
