package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.io.AtlasSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

  @TempDir Path directory;

  @Test
  void schema_prints_the_bundled_json_schema() {
    Run run = Run.of("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(AtlasSchema.text()).contains("\"$id\": \"" + AtlasSchema.ID);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void schema_writes_a_file_with_dash_o() throws IOException {
    Path file = directory.resolve("atlas.schema.json");

    Run run = Run.of("schema", "-o", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file, UTF_8)).isEqualTo(AtlasSchema.text());
  }

  @Test
  void schema_into_a_missing_directory_is_exit_2_with_one_line() {
    Run run = Run.of("schema", "-o", directory.resolve("no/such/atlas.schema.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .endsWith(": no such directory\n")
        .startsWith("atlas schema: cannot write ");
    assertThat(run.err().lines()).hasSize(1);
  }
}
