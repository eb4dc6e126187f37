package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;
import org.junit.jupiter.api.Test;

class AtlasAssert_isValid_Test {

  @Test
  void should_pass_when_the_standard_validator_finds_no_error() {
    assertThat(AtlasFixtures.valid().build()).isValid();
  }

  @Test
  void should_fail_when_the_standard_validator_finds_an_error_and_list_it() {
    // GIVEN
    Atlas atlas = AtlasFixtures.valid().withStation(s -> s.county("nope")).build();
    Violation error =
        Validator.standard().validate(atlas).violationsOf("station-county-unknown").get(0);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(atlas).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            Reports.lines(
                "",
                "Expecting the atlas to be valid (no errors under the standard validator), but it"
                    + " has "))
        .hasMessageContaining(Reports.lines("", "  " + error));
  }

  @Test
  void should_fail_with_the_number_of_errors() {
    // GIVEN an atlas without counties, whose stations and constituencies all name unknown ones
    Atlas atlas = AtlasFixtures.valid().with(b -> b.counties(List.of())).build();
    long errors =
        Validator.standard().validate(atlas).violations().stream()
            .filter(v -> v.severity() == Severity.ERROR)
            .count();
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(atlas).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it has " + errors + " errors:");
  }
}
