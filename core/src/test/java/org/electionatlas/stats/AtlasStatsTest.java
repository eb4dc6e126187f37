package org.electionatlas.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.TestAtlases;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.Test;

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
}
