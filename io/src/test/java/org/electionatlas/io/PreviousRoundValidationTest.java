package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.PreviousRound;
import org.electionatlas.validation.SourceLocation;
import org.electionatlas.validation.ValidationPolicy;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validating a file against the previous round's file: the previous round read as a stream gives
 * the findings reading it whole gives; a finding about what only the previous round has is located
 * in the previous file, at the line and column reading that file whole gives; the others in the new
 * file.
 */
class PreviousRoundValidationTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  @TempDir Path directory;

  private Atlas old;
  private Path oldFile;
  private Path newFile;

  @BeforeEach
  void two_rounds() throws IOException {
    old = AtlasGenerator.of(600, 3).generate();
    List<PollingStation> stations = new ArrayList<>(old.pollingStations());
    stations.remove(40);
    PollingStation moved = stations.get(100);
    Location at = moved.location().orElseThrow();
    stations.set(
        100,
        PollingStation.builder()
            .from(moved)
            .location(Location.of(at.lat() + 0.05, at.lon()))
            .build());
    List<Issue> issues = new ArrayList<>(old.issues());
    int open = firstUnresolved(old);
    issues.remove(open);
    Atlas current =
        Atlas.builder()
            .from(old)
            .pollingStations(stations)
            .issues(issues)
            .election(
                org.electionatlas.model.Election.builder()
                    .from(old.election())
                    .id("iran-2028-03-01")
                    .build())
            .build();
    oldFile = directory.resolve("old.json");
    newFile = directory.resolve("new.json");
    Files.writeString(oldFile, JSON.write(old));
    Files.writeString(newFile, JSON.write(current));
  }

  private static int firstUnresolved(Atlas atlas) {
    for (int i = 0; i < atlas.issues().size(); i++) {
      if (atlas.issues().get(i).status() != org.electionatlas.model.IssueStatus.RESOLVED) {
        return i;
      }
    }
    throw new AssertionError("the generated atlas has no unresolved issue");
  }

  /**
   * The findings of the rules against the previous round; a county's losses are left to the core
   * tests, since removing one station of a county of four is a loss of a quarter.
   */
  private List<Violation> previousRoundFindings(PreviousRound previous) {
    Validator validator =
        Validator.builder()
            .previous(previous)
            .policy(ValidationPolicy.builder().maxCountyStationLoss(1).build())
            .build();
    CheckedSource checked = JSON.check(newFile, validator);
    assertThat(checked).isInstanceOf(CheckedSource.Checked.class);
    return ((CheckedSource.Checked) checked)
        .report().violations().stream()
            .filter(
                v ->
                    validator.rules().stream()
                        .anyMatch(
                            r -> r.info().id().equals(v.ruleId()) && r.info().needsPreviousRound()))
            .toList();
  }

  @Test
  void findings_about_the_previous_round_are_located_in_its_file_the_others_in_the_new_one()
      throws IOException {
    ParsedAtlas oldWhole = JSON.parse(Files.readAllBytes(oldFile), oldFile.toString());
    ParsedAtlas newWhole = JSON.parse(Files.readAllBytes(newFile), newFile.toString());

    List<Violation> found = previousRoundFindings(JSON.readPreviousRound(oldFile));

    assertThat(found)
        .extracting(Violation::ruleId, Violation::pointer, Violation::document)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "station-removed-unexplained",
                "/pollingStations/40",
                Optional.of(oldFile.toString())),
            org.assertj.core.groups.Tuple.tuple(
                "station-moved-far", "/pollingStations/100/location", Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "issue-dropped-unresolved",
                "/issues/" + firstUnresolved(old),
                Optional.of(oldFile.toString())));
    for (Violation violation : found) {
      SourceMap map =
          violation.document().isPresent() ? oldWhole.sourceMap() : newWhole.sourceMap();
      assertThat(violation.location())
          .as("%s at %s", violation.ruleId(), violation.pointer())
          .isEqualTo(map.locate(violation.pointer()));
    }
  }

  @Test
  void the_previous_round_streamed_gives_what_it_gives_read_whole() throws IOException {
    byte[] document = Files.readAllBytes(oldFile);

    List<Violation> streamed = previousRoundFindings(JSON.readPreviousRound(oldFile));
    List<Violation> whole =
        previousRoundFindings(JSON.readPreviousRound(document, oldFile.toString()));
    List<Violation> fromStandardInput =
        previousRoundFindings(
            JSON.readPreviousRound(new ByteArrayInputStream(document), oldFile.toString()));

    assertThat(streamed).isNotEmpty().containsExactlyElementsOf(whole);
    assertThat(fromStandardInput).containsExactlyElementsOf(whole);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 299, 599})
  void a_station_of_the_previous_round_is_located_where_reading_it_whole_puts_it(int index)
      throws IOException {
    ParsedAtlas whole = JSON.parse(Files.readAllBytes(oldFile), oldFile.toString());
    try (StationStream stream = JSON.stream(oldFile)) {
      List<Optional<SourceLocation>> located = new ArrayList<>();
      stream.forEachStation(
          station -> {
            if (station.index() == index) {
              located.add(station.locate("/pollingStations/" + index));
            }
          });

      assertThat(located).containsExactly(whole.sourceMap().locate("/pollingStations/" + index));
    }
  }

  @Test
  void a_previous_round_that_is_not_an_atlas_is_refused_with_where() {
    byte[] broken =
        "{\"format\": \"election-atlas\", \"schemaVersion\": 1, \"provinces\": 3}".getBytes(UTF_8);

    assertThatThrownBy(() -> JSON.readPreviousRound(broken, "old.json"))
        .isInstanceOfSatisfying(
            AtlasFormatException.class,
            e -> {
              assertThat(e.source()).isEqualTo("old.json");
              assertThat(e.pointer()).isEqualTo("/provinces");
            });
  }

  @Test
  void the_same_file_as_its_own_previous_round_gives_no_finding_of_those_rules()
      throws IOException {
    Validator validator = Validator.builder().previous(JSON.readPreviousRound(oldFile)).build();

    ValidationReport report = ((CheckedSource.Checked) JSON.check(oldFile, validator)).report();
    ValidationReport alone =
        ((CheckedSource.Checked) JSON.check(oldFile, Validator.standard())).report();

    assertThat(report.violations()).containsExactlyElementsOf(alone.violations());
  }
}
