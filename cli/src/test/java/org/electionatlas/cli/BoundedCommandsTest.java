package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.GeoJson;
import org.electionatlas.io.StationCsv;
import org.electionatlas.model.Atlas;
import org.electionatlas.stats.AtlasStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands that stream an atlas give what the in-memory library gives for it, and validate
 * shows the first findings of each rule while counting all of them.
 */
class BoundedCommandsTest {

  @TempDir static Path directory;
  private static Path atlasFile;
  private static Atlas atlas;
  private static Path noisyFile;

  @BeforeAll
  static void atlases() throws IOException {
    atlas = AtlasGenerator.of(3_000, 23).generate();
    atlasFile = directory.resolve("atlas.json");
    Files.writeString(atlasFile, AtlasJson.standard().write(atlas));
    noisyFile = directory.resolve("noisy.json");
    Files.writeString(
        noisyFile,
        Files.readString(atlasFile).replaceAll("\"officials\": [0-9]+", "\"officials\": 1"));
  }

  @Test
  void convert_streams_each_format_as_the_library_writes_the_atlas_in_memory() throws IOException {
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    StationCsv.write(atlas, csv);
    java.io.ByteArrayOutputStream geo = new java.io.ByteArrayOutputStream();
    GeoJson.write(atlas, geo);

    assertThat(Run.of("convert", atlasFile.toString(), "--to", "json").out())
        .isEqualTo(AtlasJson.standard().write(atlas));
    assertThat(Run.of("convert", atlasFile.toString(), "--to", "csv").out())
        .isEqualTo(csv.toString(UTF_8));
    assertThat(Run.of("convert", atlasFile.toString(), "--to", "geojson").out())
        .isEqualTo(geo.toString(UTF_8));
  }

  @Test
  void stats_of_a_streamed_file_are_those_of_the_atlas_in_memory() {
    Run json = Run.of("stats", "--format", "json", atlasFile.toString());

    assertThat(json.exitCode()).isZero();
    assertThat(json.out())
        .contains("\"stations\": " + AtlasStats.of(atlas).total().stations())
        .contains("\"riskNotAssessed\": " + AtlasStats.of(atlas).stationsWithoutRisk());
  }

  @Test
  void a_station_that_is_bad_half_way_ends_convert_with_exit_2_and_no_output_file()
      throws IOException {
    Path broken = directory.resolve("broken.json");
    String text = Files.readString(atlasFile);
    int at = text.indexOf("\"expectedVoters\"", text.length() / 2);
    Files.writeString(
        broken, text.substring(0, at) + "\"expectedVotrs\"" + text.substring(at + 16));
    Path out = directory.resolve("broken-out.json");

    Run run = Run.of("convert", broken.toString(), "--to", "json", "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("expectedVotrs").contains("did you mean");
    assertThat(out).doesNotExist();
  }

  static Stream<Arguments> caps() {
    return Stream.of(Arguments.of(List.of(), 100), Arguments.of(List.of("--max-per-rule", "7"), 7));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caps")
  void validate_shows_the_first_findings_of_a_rule_and_counts_them_all(
      List<String> cap, int shown) {
    Run run = Run.of(args("validate", noisyFile.toString(), cap));

    List<String> lines = Arrays.asList(run.out().split("\n"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
    assertThat(lines.stream().filter(line -> line.contains("[station-officials-too-few] polling")))
        .hasSize(shown);
    assertThat(run.out())
        .contains(
            "noisy.json: error [station-officials-too-few] "
                + String.format(java.util.Locale.ROOT, "%,d", 3_000 - shown)
                + " more findings not shown, after the first "
                + shown)
        .contains("3,000 polling stations")
        .contains(": 3,000 errors");
  }

  @Test
  void showing_every_finding_gives_the_report_without_a_cap() {
    Run all = Run.of("validate", "--max-per-rule", "0", "--format", "json", noisyFile.toString());

    assertThat(all.out()).doesNotContain("\"omitted\"").contains("\"errors\": 3000");
    assertThat(all.out().split("\"ruleId\": \"station-officials-too-few\"")).hasSize(3_001);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"json", "sarif"})
  void the_json_and_sarif_reports_say_what_was_left_out(String format) {
    Run run = Run.of("validate", "--format", format, noisyFile.toString());

    assertThat(run.out()).contains("2,900 more findings not shown, after the first 100");
    assertThat(run.out()).contains(format.equals("json") ? "\"count\": 2900" : "\"omitted\": 2900");
  }

  @Test
  void a_warning_that_is_not_shown_still_fails_on_warning() throws IOException {
    Path warnings = directory.resolve("warnings.json");
    Files.writeString(
        warnings,
        Files.readString(atlasFile).replaceAll("\"observers\": [0-9]+", "\"observers\": 0"));

    Run onError = Run.of("validate", "--max-per-rule", "1", warnings.toString());
    Run onWarning =
        Run.of("validate", "--max-per-rule", "1", "--fail-on", "warning", warnings.toString());

    assertThat(onError.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(onWarning.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
    assertThat(onWarning.out())
        .contains("warning [station-observer-missing] 2,999 more findings not shown");
  }

  private static String[] args(String command, String file, List<String> extra) {
    return Stream.concat(Stream.of(command, file), extra.stream()).toArray(String[]::new);
  }
}
