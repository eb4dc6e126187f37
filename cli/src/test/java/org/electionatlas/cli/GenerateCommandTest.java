package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {

  @TempDir Path directory;

  @Test
  void the_same_stations_and_seed_give_the_same_bytes_and_another_seed_others() {
    Run first = Run.of("generate", "--stations", "500", "--seed", "3");
    Run again = Run.of("generate", "--stations", "500", "--seed", "3");
    Run other = Run.of("generate", "--stations", "500", "--seed", "4");

    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out());
  }

  @Test
  void writes_the_canonical_document_of_the_generated_atlas() {
    Run run = Run.of("generate", "--stations", "1200", "--seed", "9");

    assertThat(run.out())
        .isEqualTo(AtlasJson.standard().write(AtlasGenerator.of(1200, 9).generate()));
  }

  @Test
  void the_written_file_reads_back_and_validates_without_errors() throws IOException {
    Path file = directory.resolve("generated.json");

    Run generate = Run.of("generate", "--stations", "2000", "--seed", "5", "-o", file.toString());
    Run validate = Run.of("validate", file.toString());

    assertThat(generate.exitCode()).isZero();
    assertThat(generate.out()).isEmpty();
    assertThat(generate.err()).isEmpty();
    assertThat(Files.readString(file, UTF_8))
        .isEqualTo(Run.of("generate", "--stations", "2000", "--seed", "5").out());
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).contains("2,000 polling stations").contains(": 0 errors");
    // Only the generated files are left: the temporary file was moved into place.
    assertThat(directory.toFile().list()).containsExactly("generated.json");
  }

  @Test
  void zero_stations_is_an_atlas_without_stations() {
    Run run = Run.of("generate", "--stations", "0");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("\"pollingStations\"").contains("\"provinces\"");
  }

  @Test
  void help_explains_the_options() {
    Run run = Run.of("generate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--stations=N", "--seed=S", "-o, --output=FILE", "0 to 10,000,000");
  }

  @Test
  void is_listed_among_the_commands() {
    assertThat(Run.of("--help").out()).contains("generate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "10000001", "2147483647"})
  void refuses_a_number_of_stations_out_of_range_with_exit_2(String stations) {
    Run run = Run.of("generate", "--stations", stations);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("atlas generate: --stations must be between 0 and 10,000,000, but is ");
  }

  @Test
  void refuses_a_missing_or_malformed_argument_with_exit_2() {
    assertThat(Run.of("generate").exitCode()).isEqualTo(2);
    assertThat(Run.of("generate").err()).contains("--stations=N");
    assertThat(Run.of("generate", "--stations", "many").exitCode()).isEqualTo(2);
    assertThat(Run.of("generate", "--stations", "many").err()).contains("'many'");
    assertThat(Run.of("generate", "--stations", "5", "--seed", "x").exitCode()).isEqualTo(2);
    assertThat(Run.of("generate", "--stations", "99999999999").exitCode()).isEqualTo(2);
  }

  @Test
  void refuses_a_file_in_a_missing_directory_with_exit_2() {
    Path file = directory.resolve("missing/generated.json");

    Run run = Run.of("generate", "--stations", "10", "-o", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write").contains("no such directory");
  }
}
