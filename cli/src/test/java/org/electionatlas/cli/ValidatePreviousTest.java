package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code atlas validate NEW --previous OLD}: the Kerman sample against a copy with one station
 * removed and one moved 3 km north. The removed station is reported at its place in OLD, the moved
 * one at its place in NEW, in every format; exit codes follow {@code --fail-on}; a bad OLD is exit
 * 2.
 */
class ValidatePreviousTest {

  private static final AtlasJson ATLAS = AtlasJson.standard();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The removed station: the sample's 101st. */
  private static final int REMOVED = 100;

  /** The moved station, as positioned in NEW (after the removed one). */
  private static final int MOVED = 1_000;

  @TempDir Path directory;

  private Path oldFile;
  private Path newFile;
  private Atlas old;

  @BeforeEach
  void rounds() throws IOException {
    byte[] sample = Samples.bytes(Samples.DEFAULT);
    old = ATLAS.read(new String(sample, UTF_8));
    List<PollingStation> stations = new ArrayList<>(old.pollingStations());
    stations.remove(REMOVED);
    PollingStation moving = stations.get(MOVED);
    Location at = moving.location().orElseThrow();
    stations.set(
        MOVED,
        PollingStation.builder()
            .from(moving)
            .location(Location.of(at.lat() + 0.027, at.lon()))
            .build());
    oldFile = directory.resolve("old.json");
    newFile = directory.resolve("new.json");
    Files.write(oldFile, sample);
    Files.writeString(
        newFile, ATLAS.write(Atlas.builder().from(old).pollingStations(stations).build()));
  }

  private SourceLocation inOld(String pointer) throws IOException {
    return ATLAS
        .parse(Files.readAllBytes(oldFile), "old")
        .sourceMap()
        .locate(pointer)
        .orElseThrow();
  }

  private SourceLocation inNew(String pointer) throws IOException {
    return ATLAS
        .parse(Files.readAllBytes(newFile), "new")
        .sourceMap()
        .locate(pointer)
        .orElseThrow();
  }

  @Test
  void text_names_the_old_file_for_a_removed_station_and_the_new_file_for_a_moved_one()
      throws IOException {
    Run run = Run.of("validate", newFile.toString(), "--previous", oldFile.toString());

    String removedId = old.pollingStations().get(REMOVED).id();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            oldFile
                + ":"
                + inOld("/pollingStations/" + REMOVED)
                + ": warning [station-removed-unexplained] polling station \""
                + removedId
                + "\"")
        .contains("(at /pollingStations/" + REMOVED + ")")
        .contains(
            newFile
                + ":"
                + inNew("/pollingStations/" + MOVED + "/location")
                + ": warning [station-moved-far] ")
        .contains(" km from where it stood in the previous round");
  }

  @Test
  void fail_on_warning_exits_1_for_a_finding_against_the_previous_round() {
    Run same =
        Run.of(
            "validate",
            oldFile.toString(),
            "--previous",
            oldFile.toString(),
            "--fail-on",
            "warning",
            "--policy",
            policy("{\"disabledRules\": " + nonPreviousRules() + "}"));
    Run changed =
        Run.of(
            "validate",
            newFile.toString(),
            "--previous",
            oldFile.toString(),
            "--fail-on",
            "warning",
            "--policy",
            policy("{\"disabledRules\": " + nonPreviousRules() + "}"));

    assertThat(same.exitCode()).as(same.out()).isEqualTo(0);
    assertThat(changed.exitCode()).as(changed.out()).isEqualTo(1);
  }

  @Test
  void json_gives_the_removed_station_the_old_file_as_its_document() throws IOException {
    Run run =
        Run.of(
            "validate", newFile.toString(), "--previous", oldFile.toString(), "--format", "json");
    JsonNode violations = JSON.readTree(run.out()).get("sources").get(0).get("violations");

    JsonNode removed = only(violations, "station-removed-unexplained");
    JsonNode moved = only(violations, "station-moved-far");
    SourceLocation at = inOld("/pollingStations/" + REMOVED);
    assertThat(removed.get("document").asString()).isEqualTo(oldFile.toString());
    assertThat(removed.get("line").asInt()).isEqualTo(at.line());
    assertThat(removed.get("column").asInt()).isEqualTo(at.column());
    assertThat(removed.get("messageKey").asString()).isEqualTo("station-removed-unexplained");
    assertThat(moved.has("document")).isFalse();
    assertThat(moved.get("arguments").get("distance").isNumber()).isTrue();
  }

  @Test
  void sarif_puts_the_removed_station_in_the_old_file_and_the_moved_one_in_the_new() {
    Run run =
        Run.of(
            "validate", newFile.toString(), "--previous", oldFile.toString(), "--format", "sarif");
    JsonNode results = JSON.readTree(run.out()).get("runs").get(0).get("results");

    assertThat(uri(only(results, "station-removed-unexplained"))).endsWith("/old.json");
    assertThat(uri(only(results, "station-moved-far"))).endsWith("/new.json");
  }

  @Test
  void persian_words_the_findings_against_the_previous_round() {
    Run run =
        Run.of("validate", newFile.toString(), "--previous", oldFile.toString(), "--lang", "fa");

    assertThat(run.out())
        .contains("[station-removed-unexplained]")
        .contains("در دور پیش در این اطلس نیست")
        .contains("کیلومتر دورتر از جایی است که در دور پیش بود");
  }

  @Test
  void the_policy_file_sets_the_distance_a_station_may_move() {
    Run run =
        Run.of(
            "validate",
            newFile.toString(),
            "--previous",
            oldFile.toString(),
            "--policy",
            policy("{\"maxStationMoveMetres\": 5000}"));

    assertThat(run.out()).doesNotContain("station-moved-far").contains("station-removed");
  }

  @Test
  void without_previous_nothing_is_compared() {
    Run run = Run.of("validate", newFile.toString());

    assertThat(run.out()).doesNotContain("station-removed-unexplained", "station-moved-far");
  }

  @Test
  void the_previous_round_may_come_from_standard_input() throws IOException {
    Run run =
        Run.withInput(
            Files.readAllBytes(oldFile), "validate", newFile.toString(), "--previous", "-");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("-:" + inOld("/pollingStations/" + REMOVED) + ": warning");
  }

  @Test
  void a_previous_round_that_cannot_be_read_is_exit_2_with_one_clear_line() throws IOException {
    Path broken = directory.resolve("broken.json");
    Files.writeString(
        broken, "{\"format\": \"election-atlas\", \"schemaVersion\": 1,\n \"provincs\": []}");

    Run missing =
        Run.of(
            "validate", newFile.toString(), "--previous", directory.resolve("no.json").toString());
    Run notAnAtlas = Run.of("validate", newFile.toString(), "--previous", broken.toString());
    Run bothStdin = Run.of("validate", "-", "--previous", "-");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().strip().lines()).hasSize(1);
    assertThat(missing.err()).contains("--previous: cannot read").contains("no such file");
    assertThat(notAnAtlas.exitCode()).isEqualTo(2);
    assertThat(notAnAtlas.err().strip().lines()).hasSize(1);
    assertThat(notAnAtlas.err())
        .contains("--previous: ")
        .contains(broken + ":2:")
        .contains("provinces");
    assertThat(bothStdin.exitCode()).isEqualTo(2);
    assertThat(bothStdin.err()).contains("cannot both read standard input");
    assertThat(missing.out() + notAnAtlas.out() + bothStdin.out()).isEmpty();
  }

  @Test
  void rules_says_which_rules_need_the_previous_round() {
    String out = Run.of("rules").out();

    assertThat(out.lines().filter(line -> line.endsWith("(needs --previous)")))
        .extracting(line -> line.substring(0, line.indexOf(' ')))
        .containsExactlyInAnyOrder(
            "county-stations-lost",
            "issue-dropped-unresolved",
            "station-moved-far",
            "station-removed-unexplained",
            "station-voters-changed");
  }

  private String policy(String json) {
    Path file = directory.resolve("policy-" + Integer.toHexString(json.hashCode()) + ".json");
    try {
      Files.writeString(file, json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return file.toString();
  }

  /** Every rule that does not compare with the previous round, as a JSON array of ids. */
  private static String nonPreviousRules() {
    return Validator.standardRules().stream()
        .filter(rule -> !rule.info().needsPreviousRound())
        .map(rule -> "\"" + rule.info().id() + "\"")
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private static String uri(JsonNode result) {
    return result
        .get("locations")
        .get(0)
        .get("physicalLocation")
        .get("artifactLocation")
        .get("uri")
        .asString();
  }

  private static JsonNode only(JsonNode array, String ruleId) {
    List<JsonNode> found = new ArrayList<>();
    array.forEach(
        node -> {
          if (node.get("ruleId").asString().equals(ruleId)) {
            found.add(node);
          }
        });
    assertThat(found).as("findings of %s", ruleId).hasSize(1);
    return found.get(0);
  }
}
