package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that remember something from one station to the next (counts per county, tables of
 * numbers, ids and points, references that may name stations) report the same violations whether an
 * atlas is validated in memory or its stations are given to a session one by one, and report every
 * finding about a station while that station is the one being read.
 *
 * <p>The atlases are {@link PlantedDefectPropertyTest}'s: every seed's valid atlas, the same atlas
 * with each of its planted defects, and a few more defects aimed at these rules (a repeated station
 * id, a station of an unknown county, references that name stations).
 */
class StationRuleStreamingTest {

  private static final int SEEDS = 25;

  /** The rules converted to read stations one at a time while keeping state across them. */
  private static final List<String> STATEFUL =
      List.of(
          "id-duplicate",
          "station-number-duplicate",
          "station-number-gap",
          "station-location-duplicate",
          "county-without-station",
          "county-coverage-low",
          "county-coverage-high",
          "province-declared-stations-mismatch");

  static List<String> ruleIds() {
    List<String> ids = new ArrayList<>(STATEFUL);
    Validator.standardRules().stream()
        .filter(rule -> rule instanceof ReferenceRule<?>)
        .map(r -> r.info().id())
        .forEach(ids::add);
    return ids;
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, SEEDS).mapToObj(seed -> (long) seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void each_rule_streamed_reports_what_it_reports_in_memory_and_each_station_finding_on_time(
      long seed) {
    List<Atlas> atlases = atlases(seed);
    Map<String, Integer> found = new HashMap<>();
    for (String ruleId : ruleIds()) {
      Validator validator = only(ruleId);
      for (Atlas atlas : atlases) {
        List<Violation> inMemory = validator.validate(atlas).violations();
        List<Violation> streamed = stream(validator, atlas, ruleId);

        assertThat(streamed).as(ruleId).containsExactlyElementsOf(inMemory);
        found.merge(ruleId, inMemory.size(), Integer::sum);
      }
    }
    // Each stateful rule found something in this seed's atlases, so the equality above was not
    // only of empty reports.
    assertThat(STATEFUL).allSatisfy(id -> assertThat(found.get(id)).as(id).isPositive());
  }

  @Test
  void a_repeated_station_number_names_the_earlier_station_by_id_and_position() {
    Atlas valid = RandomAtlases.generate(3);
    PollingStation first = valid.pollingStations().get(0);
    int later =
        IntStream.range(1, valid.pollingStations().size())
            .filter(i -> valid.pollingStations().get(i).county().equals(first.county()))
            .findFirst()
            .getAsInt();
    Atlas atlas = Plant.station(valid, later, s -> s.number(first.number()));

    List<Violation> violations = only("station-number-duplicate").validate(atlas).violations();

    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).message().toString())
        .endsWith(
            ", already the number of polling station \""
                + first.id()
                + "\" at /pollingStations/0; numbers must differ within a county");
  }

  @Test
  void an_issue_may_name_a_station_that_comes_after_every_other() {
    Atlas valid = RandomAtlases.generate(5);
    int last = valid.pollingStations().size() - 1;
    String lastId = valid.pollingStations().get(last).id();
    Atlas atlas =
        Plant.issue(valid, 0, b -> b.addScope(lastId).addScope("nowhere-0001").owner(lastId));

    Validator validator = only("issue-scope-unknown", "issue-owner-unknown");
    List<Violation> streamed = stream(validator, atlas, "issue references");

    assertThat(streamed).containsExactlyElementsOf(validator.validate(atlas).violations());
    assertThat(streamed)
        .extracting(Violation::ruleId, Violation::pointer)
        .containsExactly(
            tuple("issue-owner-unknown", "/issues/0/owner"),
            tuple(
                "issue-scope-unknown",
                "/issues/0/scope/" + (atlas.issues().get(0).scope().size() - 1)));
    assertThat(streamed.get(0).message().toString())
        .endsWith(
            "names owner \""
                + lastId
                + "\", which is not a body of the atlas but a polling station");
    assertThat(streamed.get(1).message().toString())
        .endsWith(
            "names scope \"nowhere-0001\", which is not a province, a county, a constituency or a"
                + " polling station of the atlas");
  }

  @Test
  void the_long_table_maps_as_a_hash_map_does_across_growth() {
    LongIntTable table = new LongIntTable();
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(42);
    for (int i = 0; i < 100_000; i++) {
      long key = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(50_000) * 31L;
      Integer before = expected.putIfAbsent(key, i);
      assertThat(table.putIfAbsent(key, i))
          .isEqualTo(before == null ? LongIntTable.ABSENT : before);
    }
    assertThat(table.size()).isEqualTo(expected.size());
    expected.forEach((key, value) -> assertThat(table.get(key)).isEqualTo(value));
    assertThat(table.get(Long.MIN_VALUE + 7)).isEqualTo(LongIntTable.ABSENT);
  }

  // ---------------------------------------------------------------------------------------------

  /** A validator of the standard catalogue with every rule but these turned off. */
  private static Validator only(String... ruleIds) {
    Validator.Builder builder = Validator.builder();
    Validator.standardRules().stream()
        .map(r -> r.info().id())
        .filter(id -> !List.of(ruleIds).contains(id))
        .forEach(builder::disable);
    return builder.build();
  }

  /**
   * Validates the atlas as a stream, checking that what each station call hands out is about that
   * station, and that every finding about a station was handed out by its call.
   */
  private static List<Violation> stream(Validator validator, Atlas atlas, String what) {
    Atlas frame = Atlas.builder().from(atlas).pollingStations(List.of()).build();
    ValidationSession session = validator.session(frame);
    List<Violation> handedOut = new ArrayList<>();
    List<PollingStation> stations = atlas.pollingStations();
    for (int i = 0; i < stations.size(); i++) {
      List<Violation> now = session.station(stations.get(i));
      String station = "/pollingStations/" + i;
      assertThat(now)
          .as("%s, station %d", what, i)
          .allSatisfy(
              v ->
                  assertThat(v.pointer())
                      .matches(p -> p.equals(station) || p.startsWith(station + "/")));
      handedOut.addAll(now);
    }
    List<Violation> violations = session.finish().violations();
    assertThat(violations)
        .as(what)
        .filteredOn(v -> v.pointer().startsWith("/pollingStations/"))
        .containsExactlyInAnyOrderElementsOf(handedOut);
    return violations;
  }

  /**
   * The seed's valid atlas, each of {@link PlantedDefectPropertyTest}'s defects planted in it, and
   * defects aimed at the stateful rules.
   */
  private static List<Atlas> atlases(long seed) {
    Atlas valid = RandomAtlases.generate(seed);
    List<Atlas> atlases = new ArrayList<>();
    atlases.add(valid);
    List<PlantedDefectPropertyTest.Defect> defects = PlantedDefectPropertyTest.defects();
    for (int k = 0; k < defects.size(); k++) {
      atlases.add(defects.get(k).planter().plant(valid, new Random(seed * 1_000_003L + k)).atlas());
    }
    Random random = new Random(seed);
    int n = valid.pollingStations().size();
    int i = 1 + random.nextInt(n - 1);
    int j = random.nextInt(i);
    String earlierId = valid.pollingStations().get(j).id();
    String laterId = valid.pollingStations().get(i).id();
    // A station repeating an earlier station's id, twice over.
    atlases.add(
        Plant.station(Plant.station(valid, i, s -> s.id(earlierId)), n - 1, s -> s.id(earlierId)));
    // A station (and so its number and point) under a county the atlas does not have.
    atlases.add(Plant.station(valid, i, s -> s.county("nowhere")));
    // References that name stations: where a station may be named, and where it may not.
    atlases.add(Plant.issue(valid, 0, b -> b.addScope(laterId).addScope(laterId + "-x")));
    atlases.add(Plant.approval(valid, 0, b -> b.addScope(laterId)));
    atlases.add(Plant.body(valid, 0, b -> b.parent(laterId)));
    atlases.add(Plant.event(valid, 0, b -> b.parent(earlierId)));
    atlases.add(Plant.county(valid, 0, b -> b.province(laterId)));
    return atlases;
  }
}
