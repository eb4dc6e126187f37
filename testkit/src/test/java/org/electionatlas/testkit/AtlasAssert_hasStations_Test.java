package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.Test;

class AtlasAssert_hasStations_Test {

  @Test
  void should_pass_when_the_atlas_has_that_many_stations() {
    assertThat(AtlasFixtures.valid().build()).hasStations(16);
    assertThat(Fixtures.kerman1402()).hasStations(2_400);
  }

  @Test
  void should_fail_when_the_atlas_has_another_number_of_stations() {
    // GIVEN
    Atlas atlas = AtlasFixtures.valid().build();
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(atlas).hasStations(2_400))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines("", "Expecting the atlas to have 2400 polling stations, but it has 16"));
  }

  @Test
  void should_say_polling_station_when_one_is_expected() {
    // GIVEN
    Atlas atlas = AtlasFixtures.generated(0, 1);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(atlas).hasStations(1))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines("", "Expecting the atlas to have 1 polling station, but it has 0"));
  }
}
