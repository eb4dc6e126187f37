package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.Test;

class AtlasAssert_hasProvince_Test {

  @Test
  void should_pass_when_the_atlas_has_a_province_of_that_id() {
    assertThat(AtlasFixtures.valid().build()).hasProvince("kerman-province");
  }

  @Test
  void should_pass_when_the_atlas_has_a_province_of_that_code() {
    assertThat(AtlasFixtures.valid().build()).hasProvince("IR-08");
    assertThat(Fixtures.iranProvinces()).hasProvince("IR-00").hasProvince("IR-30");
  }

  @Test
  void should_fail_when_no_province_has_that_id_or_code_and_list_the_provinces() {
    // GIVEN
    Atlas atlas = AtlasFixtures.valid().build();
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(atlas).hasProvince("IR-15"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the atlas to have a province with id or code \"IR-15\", but its"
                    + " provinces are: \"kerman-province\" (IR-08)"));
  }
}
