package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

  @TempDir Path directory;

  @Test
  void validate_without_a_file_checks_the_bundled_sample_and_succeeds() {
    Run run = Run.of("validate");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .endsWith(
            "kerman-1402 (bundled sample): 2,400 polling stations in 25 counties: 0 errors, 1 warning, 0 infos\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_reads_standard_input_for_a_dash_and_agrees_with_the_bundled_sample() {
    Run piped = Run.withInput(Run.of("sample").out().getBytes(UTF_8), "validate", "-");
    Run bundled = Run.of("validate");

    assertThat(piped.exitCode()).isEqualTo(bundled.exitCode());
    assertThat(piped.out().replaceAll("(?m)^-:", "kerman-1402 (bundled sample):"))
        .isEqualTo(bundled.out());
  }

  @Test
  void a_violation_is_reported_compiler_style_with_line_column_and_pointer_and_exit_1()
      throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(
        file,
        new String(Samples.bytes("minimal"), UTF_8)
            .replace("\"county\": \"ravar\"", "\"county\": \"ravr\""));

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ":58:17: error [station-county-unknown] polling station \"ravar-0001\" (دبستان"
                + " شهید بهشتی / Shahid Beheshti School) names county \"ravr\", which is not a"
                + " county of the atlas (at /pollingStations/0/county)")
        // The minimal atlas has one station, so its county is left without one as well.
        .contains(
            file
                + ":31:5: warning [county-without-station] county \"ravar\" (راور / Ravar) has no"
                + " polling station; every county needs at least one (at /counties/0)")
        .contains(file + ": 1 polling station in 1 county: 1 error, 1 warning, 0 infos");
  }

  @Test
  void a_malformed_file_is_exit_2_with_one_located_line_and_no_stack_trace() throws IOException {
    Path file = directory.resolve("broken.json");
    Files.writeString(
        file, "{\"format\": \"election-atlas\", \"schemaVersion\": 1, \"election\": ");

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .isEqualTo(
            file
                + ":1:62: error [unreadable] the document ends before the JSON is complete (is the"
                + " file truncated?) (at /election)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void a_missing_file_is_exit_2_and_other_files_are_still_checked() {
    Run run =
        Run.withInput(
            Samples.bytes("minimal"), "validate", directory.resolve("nope.json").toString(), "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains("nope.json: error [unreadable] cannot read the file: no such file")
        .contains("1 of 2 files checked: 0 errors, 0 warnings, 0 infos")
        .doesNotContain("Exception");
  }

  @Test
  void sample_writes_a_named_sample_to_a_file() throws IOException {
    Path file = directory.resolve("minimal.json");

    Run run = Run.of("sample", "minimal", "-o", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(Samples.bytes("minimal"));
  }

  @Test
  void an_unknown_sample_is_exit_2_and_names_the_samples() {
    Run run = Run.of("sample", "tehran");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no sample named \"tehran\"").contains("kerman-1402");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"validate", "stats", "rules", "convert", "import", "map", "schema", "sample"})
  void every_command_has_help_and_version(String command) {
    assertThat(Run.of(command, "--help").out()).startsWith("Usage: atlas " + command);
    assertThat(Run.of(command, "--version").out()).startsWith("atlas ");
  }

  @Test
  void an_unknown_option_is_a_usage_error_with_exit_2() {
    Run run = Run.of("validate", "--frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void fail_on_warning_accepts_any_case_and_refuses_other_words() {
    assertThat(Run.of("validate", "--fail-on", "WARNING").exitCode()).isIn(0, 1);
    Run bad = Run.of("validate", "--fail-on", "never");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("expected one of [error, warning, info] but was 'never'");
  }

  @Test
  void stats_shows_the_samples_figures_in_text_and_json() {
    Run text = Run.of("stats");
    Run json = Run.of("stats", "--format", "json");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .contains("Polling stations: 2,400")
        .contains("Voters: 2,103,133 expected of 2,319,535 eligible (90.7%)")
        .contains("Timeline:");
    assertThat(json.out()).contains("\"stations\": 2400", "\"eligibleVoters\": 2319535");
  }
}
