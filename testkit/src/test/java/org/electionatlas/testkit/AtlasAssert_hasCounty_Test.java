package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.Test;

class AtlasAssert_hasCounty_Test {

  @Test
  void should_pass_when_the_atlas_has_the_county() {
    assertThat(AtlasFixtures.valid().build()).hasCounty("ravar").hasCounty("anar");
  }

  @Test
  void should_fail_when_the_atlas_has_no_county_of_that_id_and_list_its_counties() {
    // GIVEN
    Atlas atlas = AtlasFixtures.valid().build();
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(atlas).hasCounty("ravr"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the atlas to have the county \"ravr\", but its counties are:"
                    + " \"ravar\", \"anar\""));
  }

  @Test
  void should_fail_when_the_atlas_has_no_counties() {
    assertThatThrownBy(() -> assertThat(Fixtures.iranProvinces()).hasCounty("ravar"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "", "Expecting the atlas to have the county \"ravar\", but it has no counties"));
  }

  @Test
  void should_list_only_the_first_counties_of_a_large_atlas() {
    assertThatThrownBy(() -> assertThat(Fixtures.kerman1402()).hasCounty("yazd"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith(" and 5 more");
  }
}
