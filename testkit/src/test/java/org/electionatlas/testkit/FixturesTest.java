package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  void should_return_the_same_instance_when_a_sample_is_asked_for_again() {
    assertThat(Fixtures.kerman1402()).isSameAs(Fixtures.kerman1402());
    assertThat(Fixtures.minimal()).isSameAs(Fixtures.minimal());
    assertThat(Fixtures.iranProvinces()).isSameAs(Fixtures.iranProvinces());
    assertThat(Fixtures.sample("kerman-1402")).isSameAs(Fixtures.kerman1402());
  }

  @Test
  void should_give_the_kerman_sample_with_its_2400_stations_and_no_error() {
    assertThat(Fixtures.kerman1402())
        .hasStations(2_400)
        .hasProvince("IR-08")
        .hasCounty("ravar")
        .isValid();
  }

  @Test
  void kerman_sample_reports_only_the_pending_e_voting_approval() {
    assertThat(Validator.standard().validate(Fixtures.kerman1402()))
        .hasViolationCount(1)
        .hasViolation("station-electronic-approval-pending")
        .at("/approvals/0/status")
        .withMessageContaining("40 electronic stations");
  }

  @Test
  void should_give_the_minimal_sample_with_no_violation() {
    assertThat(Fixtures.minimal()).hasStations(1).hasCounty("ravar");
    assertThat(Validator.standard().validate(Fixtures.minimal())).hasNoViolations();
  }

  @Test
  void should_give_the_thirty_one_provinces_with_no_error() {
    assertThat(Fixtures.iranProvinces()).hasStations(0).hasProvince("IR-00").isValid();
    assertThat(Fixtures.iranProvinces().provinces()).hasSize(31);
  }

  @Test
  void should_fail_when_no_sample_has_the_name() {
    assertThatThrownBy(() -> Fixtures.sample("kerman-1403"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no sample named \"kerman-1403\"");
  }
}
