package org.electionatlas.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** Stations of the newer atlas fetched by index, counted by index. */
  private static final class Fetched implements IntFunction<PollingStation> {
    private final List<PollingStation> stations;
    private final Map<Integer, Integer> asked = new HashMap<>();

    Fetched(List<PollingStation> stations) {
      this.stations = stations;
    }

    @Override
    public PollingStation apply(int index) {
      asked.merge(index, 1, Integer::sum);
      return stations.get(index);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void stations_fetched_one_by_one_give_the_changes_of_the_whole_diff(long seed) {
    Atlas before = AtlasGenerator.of(300, seed).generate();
    Atlas after = changed(before, seed);
    List<PollingStation> was = before.pollingStations();
    List<PollingStation> is = after.pollingStations();
    StationMatching matching =
        StationMatching.between(StationFingerprints.of(was), StationFingerprints.of(is));
    StationComparison all = StationComparison.of(matching, before, after);

    List<EntityChange> changes = new ArrayList<>();
    Fetched newer = new Fetched(is);
    for (int i = 0; i < was.size(); i++) {
      all.before(i, was.get(i), newer).ifPresent(changes::add);
    }
    for (int j = 0; j < is.size(); j++) {
      all.added(j, is.get(j)).ifPresent(changes::add);
    }

    assertThat(changes)
        .isEqualTo(AtlasDiff.between(before, after).changes(EntityKind.POLLING_STATION))
        .isNotEmpty();
    // Only what a changed station became, and the station nearest to one that moved.
    Set<Integer> wanted = new HashSet<>();
    for (int i = 0; i < was.size(); i++) {
      if (matching.isChanged(i)) {
        wanted.add(matching.afterIndexOf(i));
        if (matching.landmarkOf(i) >= 0) {
          wanted.add(matching.landmarkOf(i));
        }
      }
    }
    assertThat(newer.asked.keySet()).isEqualTo(wanted);
  }

  @ParameterizedTest
  @ValueSource(longs = {5})
  void an_unchanged_or_removed_station_fetches_nothing(long seed) {
    Atlas before = AtlasGenerator.of(80, seed).generate();
    Atlas after = changed(before, seed);
    StationMatching matching =
        StationMatching.between(
            StationFingerprints.of(before.pollingStations()),
            StationFingerprints.of(after.pollingStations()));
    StationComparison comparison = StationComparison.of(matching, before, after);
    IntFunction<PollingStation> refuse =
        j -> {
          throw new AssertionError("fetched station " + j);
        };
    int same = 0;
    int removed = 0;
    for (int i = 0; i < before.pollingStations().size(); i++) {
      if (!matching.isChanged(i)) {
        Optional<EntityChange> change =
            comparison.before(i, before.pollingStations().get(i), refuse);
        if (matching.afterIndexOf(i) < 0) {
          removed++;
          assertThat(change).get().extracting(EntityChange::type).isEqualTo(ChangeType.REMOVED);
        } else {
          same++;
          assertThat(change).isEmpty();
        }
      }
    }
    assertThat(same).isPositive();
    assertThat(removed).isPositive();
  }
}
