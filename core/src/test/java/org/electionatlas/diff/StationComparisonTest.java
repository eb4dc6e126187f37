package org.electionatlas.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationComparisonTest {

  /** An atlas with a tenth of its stations changed in one way or another, a few removed. */
  private static Atlas changed(Atlas atlas, long seed) {
    Random random = new Random(seed);
    List<PollingStation> stations = new ArrayList<>();
    for (PollingStation station : atlas.pollingStations()) {
      int roll = random.nextInt(20);
      PollingStation.Builder builder = PollingStation.builder();
      builder.from(station);
      if (roll == 0) {
        continue;
      } else if (roll == 1) {
        builder.expectedVoters(station.expectedVoters() + 1 + random.nextInt(100));
      } else if (roll == 2) {
        Location at = station.location().orElseThrow();
        builder.location(Location.of(at.lat() + random.nextDouble() / 50, at.lon()));
      }
      stations.add(builder.build());
    }
    return Atlas.builder().from(atlas).pollingStations(stations).build();
  }

  @ParameterizedTest(name = "seed {0}, budget {1}")
  @CsvSource({"1, 1", "2, 3", "3, 17", "4, 1000000"})
  void windows_of_any_budget_give_the_changes_of_the_whole_comparison(long seed, int budget) {
    Atlas before = AtlasGenerator.of(300, seed).generate();
    Atlas after = changed(before, seed);
    List<PollingStation> was = before.pollingStations();
    List<PollingStation> is = after.pollingStations();
    StationMatching matching =
        StationMatching.between(StationFingerprints.of(was), StationFingerprints.of(is));
    StationComparison all = StationComparison.of(matching, before, after);

    List<EntityChange> windowed = new ArrayList<>();
    int windows = 0;
    for (int from = 0; from < was.size(); windows++) {
      int to = all.windowEnd(from, budget);
      StationComparison window = all.window(from, to);
      int kept = 0;
      for (int j = 0; j < is.size(); j++) {
        window.after(j, is.get(j));
        kept += window.wantsAfter(j) ? 1 : 0;
      }
      assertThat(kept).isLessThanOrEqualTo(Math.max(budget, 2));
      for (int i = 0; i < was.size(); i++) {
        window.before(i, was.get(i)).ifPresent(windowed::add);
      }
      from = to;
    }
    for (int j = 0; j < is.size(); j++) {
      all.added(j, is.get(j)).ifPresent(windowed::add);
    }

    assertThat(windowed)
        .isEqualTo(AtlasDiff.between(before, after).changes(EntityKind.POLLING_STATION));
    assertThat(windowed).isNotEmpty();
    if (budget == 1) {
      assertThat(windows).isGreaterThan(1);
    }
  }

  @ParameterizedTest
  @CsvSource({"5"})
  void a_changed_station_needs_its_newer_version_first(long seed) {
    Atlas before = AtlasGenerator.of(50, seed).generate();
    Atlas after = changed(before, seed);
    StationMatching matching =
        StationMatching.between(
            StationFingerprints.of(before.pollingStations()),
            StationFingerprints.of(after.pollingStations()));
    StationComparison comparison = StationComparison.of(matching, before, after);
    int changed = 0;
    while (!matching.isChanged(changed)) {
      changed++;
    }
    int index = changed;

    assertThatThrownBy(() -> comparison.before(index, before.pollingStations().get(index)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("give every station of the newer atlas");
  }
}
