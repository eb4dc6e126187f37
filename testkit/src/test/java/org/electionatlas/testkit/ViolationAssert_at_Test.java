package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ViolationAssert_at_Test {

  private static final ValidationReport REPORT =
      Reports.of(
          Reports.UNKNOWN_COUNTY,
          Reports.violation(
              "station-county-unknown",
              Severity.ERROR,
              "/pollingStations/7/county",
              "ravar-0008",
              "polling station \"ravar-0008\" names county \"ravr\", which is not a county of the"
                  + " atlas"));

  @Test
  void should_pass_when_a_violation_of_the_rule_is_at_the_pointer() {
    assertThat(REPORT).hasViolation("station-county-unknown").at("/pollingStations/7/county");
  }

  @Test
  void should_fail_when_no_violation_of_the_rule_is_at_the_pointer_and_list_where_they_are() {
    assertThatThrownBy(
            () ->
                assertThat(REPORT)
                    .hasViolation("station-county-unknown")
                    .at("/pollingStations/0/county"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting a violation of rule \"station-county-unknown\" at"
                    + " \"/pollingStations/0/county\", but the violations of rule"
                    + " \"station-county-unknown\" are:",
                "  error [station-county-unknown] polling station \"ravar-0004\" names county"
                    + " \"nope\", which is not a county of the atlas (at /pollingStations/3/county)",
                "  error [station-county-unknown] polling station \"ravar-0008\" names county"
                    + " \"ravr\", which is not a county of the atlas (at"
                    + " /pollingStations/7/county)"));
  }

  @Test
  void should_fail_when_the_pointer_belongs_to_a_violation_of_another_rule() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY, Reports.NO_STATION);
    // WHEN / THEN
    assertThatThrownBy(
            () -> assertThat(report).hasViolation("station-county-unknown").at("/counties/1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            Reports.lines(
                "",
                "Expecting a violation of rule \"station-county-unknown\" at \"/counties/1\","));
  }
}
