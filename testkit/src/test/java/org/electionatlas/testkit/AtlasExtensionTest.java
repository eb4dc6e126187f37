package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AtlasExtension.class)
class AtlasExtensionTest {

  /** The atlas the first repetition got, which the second must get again. */
  private static final AtomicReference<Atlas> FIRST = new AtomicReference<>();

  @Test
  void should_inject_the_kerman_sample_when_a_parameter_asks_for_it(
      @Fixture("kerman-1402") Atlas kerman) {
    assertThat(kerman).isSameAs(Fixtures.kerman1402()).hasStations(2_400);
  }

  @Test
  void should_inject_each_bundled_sample_by_name(
      @Fixture("minimal") Atlas minimal, @Fixture("iran-provinces") Atlas provinces) {
    assertThat(minimal).isSameAs(Fixtures.minimal());
    assertThat(provinces).isSameAs(Fixtures.iranProvinces());
  }

  @Test
  void should_inject_a_generated_atlas_of_the_requested_size_and_seed(
      @GeneratedAtlas(stations = 1_000, seed = 7) Atlas atlas) {
    assertThat(atlas).hasStations(1_000).isEqualTo(AtlasFixtures.generated(1_000, 7));
  }

  @Test
  void should_inject_the_same_instance_for_the_same_stations_and_seed(
      @GeneratedAtlas(stations = 300, seed = 3) Atlas first,
      @GeneratedAtlas(stations = 300, seed = 3) Atlas second,
      @GeneratedAtlas(stations = 300, seed = 4) Atlas otherSeed) {
    assertThat(second).isSameAs(first);
    assertThat(otherSeed).isNotSameAs(first);
    assertThat(otherSeed.pollingStations()).isNotEqualTo(first.pollingStations());
  }

  @RepeatedTest(2)
  void should_keep_a_generated_atlas_from_one_test_to_the_next(
      @GeneratedAtlas(stations = 200) Atlas atlas) {
    FIRST.compareAndSet(null, atlas);
    assertThat(atlas).isSameAs(FIRST.get());
  }

  @Test
  void should_use_seed_1_when_none_is_given(@GeneratedAtlas(stations = 50) Atlas atlas) {
    assertThat(atlas).isEqualTo(AtlasFixtures.generated(50, 1));
  }
}
