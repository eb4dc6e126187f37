package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.io.StationCsv;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ConvertAndImportTest {

  @TempDir Path directory;

  private Path sample(String name) throws IOException {
    Path file = directory.resolve(name + ".json");
    Files.write(file, Samples.bytes(name));
    return file;
  }

  @Test
  void convert_to_geojson_writes_a_feature_collection_to_the_output_file() throws IOException {
    Path out = directory.resolve("kerman.geojson");

    Run run =
        Run.of(
            "convert", sample("kerman-1402").toString(), "--to", "geojson", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    JsonNode collection = JsonMapper.builder().build().readTree(out.toFile());
    assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(collection.get("features").size()).isEqualTo(2425);
  }

  @Test
  void convert_to_csv_writes_the_stations_to_standard_output() throws IOException {
    Run run = Run.of("convert", sample("minimal").toString(), "--to", "CSV");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("\uFEFF" + String.join(",", StationCsv.HEADER) + "\r\n")
        .contains("\r\nravar-0001,ravar,1,");
  }

  @Test
  void convert_to_json_writes_the_canonical_document() throws IOException {
    Run run = Run.withInput(Samples.bytes("minimal"), "convert", "-", "--to", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(new String(Samples.bytes("minimal"), UTF_8));
  }

  @Test
  void convert_says_on_standard_error_how_many_stations_the_geojson_leaves_out()
      throws IOException {
    Atlas minimal = Samples.load("minimal");
    PollingStation unlocated =
        PollingStation.builder()
            .from(minimal.pollingStations().get(0))
            .location(java.util.Optional.empty())
            .build();
    Path file = directory.resolve("unlocated.json");
    AtlasJson.standard()
        .write(Atlas.builder().from(minimal).pollingStations(List.of(unlocated)).build(), file);

    Run run = Run.of("convert", file.toString(), "--to", "geojson");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .isEqualTo("atlas convert: 1 station has no location and is left out of the GeoJSON\n");
  }

  @Test
  void convert_to_an_unknown_format_or_of_a_missing_file_is_exit_2_with_one_line()
      throws IOException {
    Run unknown = Run.of("convert", sample("minimal").toString(), "--to", "kml");
    Run missing = Run.of("convert", directory.resolve("nope.json").toString(), "--to", "csv");
    Run noFormat = Run.of("convert", sample("minimal").toString());

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "atlas convert: Invalid value for option '--to': expected one of [json, geojson, csv]"
                + " but was 'kml' (see 'atlas convert --help')\n");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo(
            "atlas convert: cannot read " + directory.resolve("nope.json") + ": no such file\n");
    assertThat(noFormat.exitCode()).isEqualTo(2);
    assertThat(noFormat.err()).contains("Missing required option: '--to=FORMAT'");
  }

  @Test
  void csv_exported_by_convert_and_imported_into_the_atlas_without_stations_gives_it_back()
      throws IOException {
    Path kerman = sample("kerman-1402");
    Path csv = directory.resolve("stations.csv");
    assertThat(Run.of("convert", kerman.toString(), "--to", "csv", "-o", csv.toString()).exitCode())
        .isZero();
    Atlas empty =
        Atlas.builder().from(Samples.load("kerman-1402")).pollingStations(List.of()).build();
    Path emptied = directory.resolve("emptied.json");
    AtlasJson.standard().write(empty, emptied);
    Path out = directory.resolve("rebuilt.json");

    Run run = Run.of("import", csv.toString(), "--into", emptied.toString(), "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo("atlas import: " + csv + ": 2,400 stations added, 0 updated, 0 unchanged\n");
    assertThat(Files.readAllBytes(out)).isEqualTo(Samples.bytes("kerman-1402"));
    assertThat(AtlasJson.standard().read(emptied)).isEqualTo(empty);
  }

  @Test
  void importing_the_atlas_own_stations_again_counts_them_unchanged_not_updated()
      throws IOException {
    Path kerman = sample("kerman-1402");
    Path csv = directory.resolve("stations.csv");
    assertThat(Run.of("convert", kerman.toString(), "--to", "csv", "-o", csv.toString()).exitCode())
        .isZero();

    Run same = Run.of("import", csv.toString(), "--into", kerman.toString());

    assertThat(same.exitCode()).as(same.err()).isZero();
    assertThat(same.err())
        .isEqualTo("atlas import: " + csv + ": 0 stations added, 0 updated, 2,400 unchanged\n");
    assertThat(same.out().getBytes(UTF_8)).isEqualTo(Samples.bytes("kerman-1402"));
  }

  @Test
  void import_without_output_writes_the_atlas_to_standard_output_and_leaves_the_input_alone()
      throws IOException {
    Path minimal = sample("minimal");
    Path csv = directory.resolve("update.csv");
    Files.writeString(csv, "شناسه,رأی‌دهندگان پیش‌بینی‌شده\n" + "ravar-0001,۹۰۰\n", UTF_8);

    Run run = Run.of("import", csv.toString(), "--into", minimal.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(AtlasJson.standard().read(run.out()).pollingStations().get(0).expectedVoters())
        .isEqualTo(900);
    assertThat(Files.readAllBytes(minimal)).isEqualTo(Samples.bytes("minimal"));
    assertThat(run.err())
        .isEqualTo("atlas import: " + csv + ": 0 stations added, 1 updated, 0 unchanged\n");
  }

  @Test
  void import_with_lang_fa_says_what_it_did_in_persian() throws IOException {
    Path csv = directory.resolve("update-fa.csv");
    Files.writeString(csv, "شناسه,رأی‌دهندگان پیش‌بینی‌شده\n" + "ravar-0001,۹۰۰\n", UTF_8);

    Run run =
        Run.of("import", csv.toString(), "--into", sample("minimal").toString(), "--lang", "fa");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .isEqualTo("atlas import: " + csv + ": ۰ شعبه افزوده شد، ۱ به‌روز شد، ۰ بی‌تغییر ماند\n");
  }

  @Test
  void import_with_output_naming_its_input_replaces_it() throws IOException {
    Path minimal = sample("minimal");
    Path csv = directory.resolve("update.csv");
    Files.writeString(csv, "id,risk\r\nravar-0001,HIGH\r\n", UTF_8);

    Run run =
        Run.of("import", csv.toString(), "--into", minimal.toString(), "-o", minimal.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(
            AtlasJson.standard()
                .read(minimal)
                .pollingStations()
                .get(0)
                .risk()
                .orElseThrow()
                .level()
                .name())
        .isEqualTo("HIGH");
  }

  @Test
  void import_reports_every_bad_row_then_imports_nothing_with_exit_2() throws IOException {
    Path minimal = sample("minimal");
    Path csv = directory.resolve("bad.csv");
    Files.writeString(
        csv,
        "id,expected_voters,kind\r\n"
            + "ravar-0001,many,FIXED\r\n"
            + "ravar-0001,100,FIXED\r\n"
            + "ravar-0001,200,BOAT\r\n",
        UTF_8);
    Path out = directory.resolve("out.json");

    Run run = Run.of("import", csv.toString(), "--into", minimal.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            csv
                + ":2: column expected_voters: \"many\" is not a whole number\n"
                + csv
                + ":3: station \"ravar-0001\" is also on line 2; a station may appear once\n"
                + csv
                + ":4: station \"ravar-0001\" is also on line 2; a station may appear once\n"
                + "atlas import: 3 problems in "
                + csv
                + "; nothing was imported\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void import_into_a_malformed_atlas_is_exit_2_with_its_located_message() throws IOException {
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"election-atlas\", \"schemaVersion\": 2}");
    Path csv = directory.resolve("s.csv");
    Files.writeString(csv, "id\r\n", UTF_8);

    Run run = Run.of("import", csv.toString(), "--into", broken.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("atlas import: " + broken + ":1:47: schemaVersion 2 is not supported");
    assertThat(run.err().lines()).hasSize(1);
  }
}
