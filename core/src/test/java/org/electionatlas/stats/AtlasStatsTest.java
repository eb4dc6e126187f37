package org.electionatlas.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.Event;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.TestAtlases;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AtlasStatsTest {

  private final Atlas atlas = TestAtlases.valid();
  private final AtlasStats stats = AtlasStats.of(atlas);

  @Test
  void counts_stations_and_voters_by_county_and_province_with_coverage() {
    assertThat(stats.counties())
        .extracting(AtlasStats.Area::id, AtlasStats.Area::stations, AtlasStats.Area::expectedVoters)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ravar", 3, 1900L),
            org.assertj.core.groups.Tuple.tuple("anar", 1, 900L));
    AtlasStats.Area province = stats.provinces().get(0);
    assertThat(province.counties()).isEqualTo(2);
    assertThat(province.stations()).isEqualTo(4);
    assertThat(province.eligibleVoters()).hasValue(3000);
    assertThat(province.coverage().getAsDouble()).isCloseTo(2800 / 3000.0, within(1e-9));
    assertThat(stats.total().stations()).isEqualTo(4);
  }

  @Test
  void counts_every_kind_method_and_risk_level_including_zeros() {
    assertThat(stats.stationsByKind())
        .containsEntry(StationKind.FIXED, 4)
        .containsEntry(StationKind.MOBILE, 0);
    assertThat(stats.stationsByVotingMethod()).containsEntry(VotingMethod.ELECTRONIC, 1);
    assertThat(stats.stationsByRisk())
        .containsEntry(RiskLevel.LOW, 4)
        .containsEntry(RiskLevel.HIGH, 0);
    assertThat(stats.stationsWithoutRisk()).isZero();
  }

  @Test
  void timeline_lists_each_event_once_followed_by_its_sessions() {
    assertThat(stats.timeline())
        .extracting(entry -> entry.event().id(), AtlasStats.TimelineEntry::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("training", 0),
            org.assertj.core.groups.Tuple.tuple("workshop", 1));
  }

  @Test
  void events_in_a_parent_cycle_are_still_listed_once() {
    Event first = atlas.events().get(0);
    Atlas cyclic =
        Atlas.builder()
            .from(atlas)
            .events(
                java.util.List.of(
                    Event.builder().from(first).parent("workshop").build(), atlas.events().get(1)))
            .build();

    assertThat(AtlasStats.of(cyclic).timeline()).hasSize(2);
  }

  static Stream<Arguments> atlases() {
    return Stream.of(
        Arguments.of("the test atlas", TestAtlases.valid()),
        Arguments.of("no stations", AtlasGenerator.of(0, 1).generate()),
        Arguments.of("1,000 stations", AtlasGenerator.of(1_000, 3).generate()),
        Arguments.of("5,000 stations", AtlasGenerator.of(5_000, 17).generate()),
        Arguments.of("unknown and repeated counties", oddCounties(AtlasGenerator.of(800, 5))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atlases")
  void streamed_stations_give_the_figures_of_the_atlas_in_memory(String name, Atlas atlas) {
    AtlasStats.Accumulator accumulator =
        AtlasStats.accumulate(Atlas.builder().from(atlas).pollingStations(List.of()).build());
    atlas.pollingStations().forEach(accumulator::accept);

    assertSameFigures(accumulator.finish(), AtlasStats.of(atlas));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atlases")
  void counts_each_county_as_its_stations_in_the_index_say(String name, Atlas atlas) {
    AtlasStats figures = AtlasStats.of(atlas);

    for (int i = 0; i < atlas.counties().size(); i++) {
      County county = atlas.counties().get(i);
      List<PollingStation> stations = atlas.index().stationsOf(county.id());
      assertThat(figures.counties().get(i).stations()).isEqualTo(stations.size());
      assertThat(figures.counties().get(i).expectedVoters())
          .isEqualTo(stations.stream().mapToLong(PollingStation::expectedVoters).sum());
    }
    assertThat(figures.stationsByKind().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(atlas.pollingStations().size());
  }

  @Test
  void a_finished_accumulator_takes_no_more_stations() {
    AtlasStats.Accumulator accumulator = AtlasStats.accumulate(TestAtlases.valid());
    accumulator.finish();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> accumulator.accept(TestAtlases.valid().pollingStations().get(0)))
        .isInstanceOf(IllegalStateException.class);
  }

  private static void assertSameFigures(AtlasStats actual, AtlasStats expected) {
    assertThat(actual.provinces()).isEqualTo(expected.provinces());
    assertThat(actual.counties()).isEqualTo(expected.counties());
    assertThat(actual.total()).isEqualTo(expected.total());
    assertThat(actual.stationsByKind()).isEqualTo(expected.stationsByKind());
    assertThat(actual.stationsByVotingMethod()).isEqualTo(expected.stationsByVotingMethod());
    assertThat(actual.stationsByRisk()).isEqualTo(expected.stationsByRisk());
    assertThat(actual.stationsWithoutRisk()).isEqualTo(expected.stationsWithoutRisk());
    assertThat(actual.timeline()).isEqualTo(expected.timeline());
  }

  /** Every seventh station in a county no county has, and the first county twice. */
  private static Atlas oddCounties(AtlasGenerator generator) {
    Atlas atlas = generator.generate();
    List<PollingStation> stations = new ArrayList<>();
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      PollingStation station = atlas.pollingStations().get(i);
      stations.add(
          i % 7 == 0 ? PollingStation.builder().from(station).county("nowhere").build() : station);
    }
    List<County> counties = new ArrayList<>(atlas.counties());
    counties.add(counties.get(0));
    return Atlas.builder().from(atlas).pollingStations(stations).counties(counties).build();
  }
}
