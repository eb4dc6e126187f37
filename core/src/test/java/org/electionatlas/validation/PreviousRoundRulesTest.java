package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueCategory;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules against the previous round, over a generated atlas and a copy with one planted change:
 * each change gives exactly its finding among those rules (at its pointer, in the document it is
 * in), and a change that is explained or within the policy gives none.
 */
class PreviousRoundRulesTest {

  private static final String OLD_NAME = "atlas-1398.json";

  /** 3,000 stations: about twenty a county, so that one station is a small share of its county. */
  private static final Atlas OLD =
      Plant.election(AtlasGenerator.of(3_000, 15).generate(), e -> e.id("majlis-11"));

  private static final PreviousRound PREVIOUS = PreviousRound.of(OLD, OLD_NAME);

  private static final Set<String> PREVIOUS_ROUND_RULES =
      Validator.standardRules().stream()
          .map(Rule::info)
          .filter(RuleInfo::needsPreviousRound)
          .map(RuleInfo::id)
          .collect(Collectors.toSet());

  /**
   * The station changes are planted on: the middle one of the county with the most, where one
   * station is a small share of the county.
   */
  private static final int K = middleOfLargestCounty();

  /**
   * A finding as the tests state it: rule, pointer, and the document when it is not the new one.
   */
  record Finding(String ruleId, String pointer, String document) {
    static Finding inNew(String ruleId, String pointer) {
      return new Finding(ruleId, pointer, "");
    }

    static Finding inOld(String ruleId, String pointer) {
      return new Finding(ruleId, pointer, OLD_NAME);
    }
  }

  private static List<Finding> previousRoundFindings(Atlas current, ValidationPolicy policy) {
    ValidationReport report =
        Validator.builder().policy(policy).previous(PREVIOUS).build().validate(current);
    return report.violations().stream()
        .filter(v -> PREVIOUS_ROUND_RULES.contains(v.ruleId()))
        .map(v -> new Finding(v.ruleId(), v.pointer(), v.document().orElse("")))
        .toList();
  }

  static Stream<Arguments> plantedChanges() {
    PollingStation k = OLD.pollingStations().get(K);
    String county = k.county();
    List<Integer> ofCounty =
        IntStream.range(0, OLD.pollingStations().size())
            .filter(i -> OLD.pollingStations().get(i).county().equals(county))
            .boxed()
            .toList();
    int countyPosition =
        OLD.index().position(org.electionatlas.model.EntityKind.COUNTY, county).orElseThrow();
    int lostCount = (int) Math.ceil(ofCounty.size() * 0.3);
    List<Integer> lost = ofCounty.subList(ofCounty.size() - lostCount, ofCounty.size());
    List<String> lostIds = lost.stream().map(i -> OLD.pollingStations().get(i).id()).toList();
    int openIssue = firstIssue(s -> s != IssueStatus.RESOLVED);
    return Stream.of(
        change("nothing changed", a -> a),
        change("the stations reordered", PreviousRoundRulesTest::shuffled),
        change(
            "a station removed",
            a -> without(a, Set.of(K)),
            Finding.inOld("station-removed-unexplained", "/pollingStations/" + K)),
        change(
            "a station removed that an issue names",
            a -> withIssue(without(a, Set.of(K)), List.of(county, k.id()))),
        change(
            "a station removed that the provenance notes name",
            a -> withNote(without(a, Set.of(K)), "Closed since 1398: " + k.id() + ".")),
        change(
            "a station renamed, same county and number",
            a -> Plant.station(a, K, s -> s.id(k.id() + "-renamed"))),
        change(
            "a station renamed and renumbered, same place and name",
            a -> Plant.station(a, K, s -> s.id(k.id() + "-renamed").number(9_999))),
        change(
            "a station moved 2 km",
            a -> Plant.station(a, K, s -> s.location(north(k, 0.018))),
            Finding.inNew("station-moved-far", "/pollingStations/" + K + "/location")),
        change(
            "a station renamed and moved 2 km",
            a -> Plant.station(a, K, s -> s.id(k.id() + "-renamed").location(north(k, 0.018))),
            Finding.inNew("station-moved-far", "/pollingStations/" + K + "/location")),
        change(
            "a station moved 500 m", a -> Plant.station(a, K, s -> s.location(north(k, 0.0045)))),
        change(
            "a station's expected voters doubled",
            a -> Plant.station(a, K, s -> s.expectedVoters(k.expectedVoters() * 2 + 1)),
            Finding.inNew("station-voters-changed", "/pollingStations/" + K + "/expectedVoters")),
        change(
            "a station's expected voters down by three quarters",
            a -> Plant.station(a, K, s -> s.expectedVoters(k.expectedVoters() / 4)),
            Finding.inNew("station-voters-changed", "/pollingStations/" + K + "/expectedVoters")),
        change(
            "a station's expected voters up by a fifth",
            a -> Plant.station(a, K, s -> s.expectedVoters(k.expectedVoters() * 6 / 5))),
        change(
            "a county's stations cut by 30 %, each named by an issue",
            a -> withIssue(without(a, Set.copyOf(lost)), lostIds),
            Finding.inNew("county-stations-lost", "/counties/" + countyPosition)),
        change(
            "a county dropped with its stations, each named by the notes",
            a ->
                withNote(
                    Atlas.builder()
                        .from(without(a, Set.copyOf(ofCounty)))
                        .counties(
                            a.counties().stream().filter(c -> !c.id().equals(county)).toList())
                        .constituencies(
                            a.constituencies().stream()
                                .map(
                                    c ->
                                        org.electionatlas.model.Constituency.builder()
                                            .from(c)
                                            .counties(
                                                c.counties().stream()
                                                    .filter(id -> !id.equals(county))
                                                    .toList())
                                            .build())
                                .toList())
                        .build(),
                    "Merged into its neighbours: "
                        + ofCounty.stream()
                            .map(i -> OLD.pollingStations().get(i).id())
                            .collect(Collectors.joining(", "))),
            Finding.inOld("county-stations-lost", "/counties/" + countyPosition)),
        change(
            "an open issue dropped",
            a -> withoutIssue(a, openIssue),
            Finding.inOld("issue-dropped-unresolved", "/issues/" + openIssue)),
        change(
            "a resolved issue dropped",
            a -> withoutIssue(a, firstIssue(s -> s == IssueStatus.RESOLVED))),
        change(
            "an open issue carried over under a new id, observed in the previous round",
            a ->
                Plant.issue(
                    a,
                    openIssue,
                    i ->
                        i.id(OLD.issues().get(openIssue).id() + "-1402")
                            .addObservedIn("majlis-11"))),
        change(
            "an open issue given a new id without saying it was observed before",
            a -> Plant.issue(a, openIssue, i -> i.id(OLD.issues().get(openIssue).id() + "-1402")),
            Finding.inOld("issue-dropped-unresolved", "/issues/" + openIssue)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plantedChanges")
  void each_planted_change_gives_exactly_its_finding(
      String change, UnaryOperator<Atlas> plant, List<Finding> expected) {
    Atlas current = Plant.election(plant.apply(OLD), e -> e.id("iran-2024-03-01"));

    assertThat(previousRoundFindings(current, ValidationPolicy.defaults()))
        .as(change)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void every_rule_against_the_previous_round_has_a_planted_change() {
    Set<String> planted =
        plantedChanges()
            .flatMap(arguments -> ((List<?>) arguments.get()[2]).stream())
            .map(finding -> ((Finding) finding).ruleId())
            .collect(Collectors.toSet());

    assertThat(planted).containsExactlyInAnyOrderElementsOf(PREVIOUS_ROUND_RULES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plantedChanges")
  void each_finding_is_worded_in_both_languages_and_calendars(
      String change, UnaryOperator<Atlas> plant, List<Finding> expected) {
    Atlas current = Plant.election(plant.apply(OLD), e -> e.id("iran-2024-03-01"));
    List<Violation> found =
        Validator.builder().previous(PREVIOUS).build().validate(current).violations().stream()
            .filter(v -> PREVIOUS_ROUND_RULES.contains(v.ruleId()))
            .toList();

    assertThat(found).hasSameSizeAs(expected);
    for (Violation violation : found) {
      assertThat(violation.message().template().wording(org.electionatlas.message.Language.FA))
          .as("the Persian wording of %s writes no Latin digits", violation.message().key())
          .doesNotContainPattern("[0-9]");
      for (MessageStyle style :
          List.of(
              MessageStyle.ENGLISH,
              MessageStyle.PERSIAN,
              MessageStyle.of(
                  org.electionatlas.message.Language.FA,
                  org.electionatlas.message.CalendarSystem.JALALI))) {
        assertThat(violation.message(style))
            .as("%s in %s", violation.message().key(), style)
            .isNotBlank()
            .doesNotContainPattern("\\{[a-zA-Z]+\\}");
      }
    }
  }

  static Stream<Arguments> thresholds() {
    PollingStation k = OLD.pollingStations().get(K);
    return Stream.of(
        Arguments.of(
            "station-moved-far",
            (UnaryOperator<Atlas>) a -> Plant.station(a, K, s -> s.location(north(k, 0.018))),
            ValidationPolicy.builder().maxStationMoveMetres(2_500).build(),
            ValidationPolicy.builder().maxStationMoveMetres(1_500).build()),
        Arguments.of(
            "station-voters-changed",
            (UnaryOperator<Atlas>)
                a -> Plant.station(a, K, s -> s.expectedVoters(k.expectedVoters() * 13 / 10)),
            ValidationPolicy.builder().maxVotersChange(0.35).build(),
            ValidationPolicy.builder().maxVotersChange(0.25).build()),
        Arguments.of(
            "county-stations-lost",
            (UnaryOperator<Atlas>) a -> withNote(without(a, Set.of(K)), "closed: " + k.id()),
            ValidationPolicy.builder().maxCountyStationLoss(0.5).build(),
            ValidationPolicy.builder().maxCountyStationLoss(0.001).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("thresholds")
  void the_policy_sets_each_threshold(
      String ruleId,
      UnaryOperator<Atlas> plant,
      ValidationPolicy lenient,
      ValidationPolicy strict) {
    Atlas current = plant.apply(OLD);

    assertThat(previousRoundFindings(current, lenient)).extracting(Finding::ruleId).isEmpty();
    assertThat(previousRoundFindings(current, strict))
        .extracting(Finding::ruleId)
        .containsExactly(ruleId);
  }

  @Test
  void without_the_previous_round_the_rules_do_not_run() {
    Atlas current = withoutIssue(without(OLD, Set.of(K)), 0);

    ValidationReport report = Validator.standard().validate(current);

    assertThat(report.violations())
        .extracting(Violation::ruleId)
        .doesNotContainAnyElementsOf(PREVIOUS_ROUND_RULES);
    assertThat(PREVIOUS_ROUND_RULES)
        .containsExactlyInAnyOrder(
            "station-removed-unexplained",
            "station-moved-far",
            "station-voters-changed",
            "county-stations-lost",
            "issue-dropped-unresolved");
  }

  @Test
  void an_issue_may_name_a_removed_station_but_not_a_renamed_one_by_its_old_id() {
    PollingStation k = OLD.pollingStations().get(K);
    Atlas removed = withIssue(without(OLD, Set.of(K)), List.of(k.id()));
    Atlas renamed = withIssue(Plant.station(OLD, K, s -> s.id(k.id() + "-new")), List.of(k.id()));
    Validator validator = Validator.builder().previous(PREVIOUS).build();

    assertThat(validator.validate(removed).violations())
        .extracting(Violation::ruleId)
        .doesNotContain("issue-scope-unknown");
    assertThat(validator.validate(renamed).violations())
        .filteredOn(v -> v.ruleId().equals("issue-scope-unknown"))
        .extracting(Violation::pointer)
        .containsExactly("/issues/" + OLD.issues().size() + "/scope/0");
    assertThat(Validator.standard().validate(removed).violations())
        .extracting(Violation::ruleId)
        .contains("issue-scope-unknown");
  }

  @Test
  void a_removed_station_is_worded_in_both_languages_with_its_county() {
    PollingStation k = OLD.pollingStations().get(K);
    Violation removed =
        Validator.builder()
            .previous(PREVIOUS)
            .build()
            .validate(without(OLD, Set.of(K)))
            .violations()
            .stream()
            .filter(v -> v.ruleId().equals("station-removed-unexplained"))
            .findFirst()
            .orElseThrow();
    String countyName = OLD.index().county(k.county()).orElseThrow().name().fa();

    assertThat(removed.message(MessageStyle.ENGLISH))
        .startsWith("polling station \"" + k.id() + "\" of county \"" + k.county() + "\"")
        .contains("no issue or note names it");
    assertThat(removed.message(MessageStyle.PERSIAN)).contains(countyName).contains("یادداشت");
    assertThat(removed.document()).contains(OLD_NAME);
    assertThat(removed.subjectId()).contains(k.id());
  }

  @Test
  void a_station_streamed_gives_the_findings_of_the_atlas_in_memory() {
    Atlas current =
        Plant.station(
            without(OLD, Set.of(7)),
            K,
            s -> s.expectedVoters(OLD.pollingStations().get(K + 1).expectedVoters() * 3));
    Validator validator = Validator.builder().previous(PREVIOUS).build();
    Atlas frame = Atlas.builder().from(current).pollingStations(List.of()).build();

    ValidationSession session = validator.session(frame);
    current.pollingStations().forEach(session::station);

    assertThat(session.finish().violations())
        .containsExactlyElementsOf(validator.validate(current).violations());
  }

  @Test
  void matching_is_refused_before_every_station_has_passed() {
    RoundComparison comparison = new RoundComparison(PREVIOUS);

    assertThatThrownBy(() -> comparison.forEachRemoved(removed -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RuleCheck.end()");
  }

  @Test
  void a_note_names_ids_as_whole_words() {
    assertThat(StationRemovedUnexplainedRule.idsIn("Closed: ravar-0002. See bam-0001,bam-0003…"))
        .contains("ravar-0002", "bam-0001", "bam-0003")
        .doesNotContain("ravar-000", "bam");
    assertThat(StationRemovedUnexplainedRule.idsIn("شعبهٔ ravar-0002 بسته شد"))
        .contains("ravar-0002");
  }

  // Plants.

  private static int middleOfLargestCounty() {
    java.util.Map<String, List<Integer>> byCounty = new java.util.HashMap<>();
    for (int i = 0; i < OLD.pollingStations().size(); i++) {
      byCounty
          .computeIfAbsent(OLD.pollingStations().get(i).county(), c -> new ArrayList<>())
          .add(i);
    }
    List<Integer> largest =
        byCounty.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
    return largest.get(largest.size() / 2);
  }

  private static Arguments change(String name, UnaryOperator<Atlas> plant, Finding... expected) {
    return Arguments.of(name, plant, List.of(expected));
  }

  private static int firstIssue(java.util.function.Predicate<IssueStatus> status) {
    return IntStream.range(0, OLD.issues().size())
        .filter(i -> status.test(OLD.issues().get(i).status()))
        .findFirst()
        .orElseThrow();
  }

  private static Location north(PollingStation station, double degrees) {
    Location at = station.location().orElseThrow();
    return Location.of(at.lat() + degrees, at.lon());
  }

  private static Atlas without(Atlas atlas, Set<Integer> positions) {
    List<PollingStation> kept = new ArrayList<>();
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      if (!positions.contains(i)) {
        kept.add(atlas.pollingStations().get(i));
      }
    }
    return Atlas.builder().from(atlas).pollingStations(kept).build();
  }

  private static Atlas shuffled(Atlas atlas) {
    List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
    Collections.shuffle(stations, new Random(15));
    return Atlas.builder().from(atlas).pollingStations(stations).build();
  }

  private static Atlas withIssue(Atlas atlas, List<String> scope) {
    return Atlas.builder()
        .from(atlas)
        .addIssues(
            Issue.builder()
                .id("stations-closed")
                .title(LocalizedName.of("شعبه‌های بسته‌شده", "Stations closed"))
                .category(IssueCategory.LOGISTICS)
                .severity(IssueSeverity.LOW)
                .status(IssueStatus.OPEN)
                .scope(scope)
                .build())
        .build();
  }

  private static Atlas withNote(Atlas atlas, String note) {
    Provenance provenance =
        Provenance.builder().from(atlas.provenance().orElseThrow()).notes(note).build();
    return Atlas.builder().from(atlas).provenance(provenance).build();
  }

  private static Atlas withoutIssue(Atlas atlas, int position) {
    List<Issue> issues = new ArrayList<>(atlas.issues());
    issues.remove(position);
    return Atlas.builder().from(atlas).issues(issues).build();
  }
}
