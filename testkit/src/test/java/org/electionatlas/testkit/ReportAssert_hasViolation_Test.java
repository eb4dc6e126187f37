package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportAssert_hasViolation_Test {

  @Test
  void should_pass_when_the_report_has_a_violation_of_the_rule() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY, Reports.NO_STATION);
    // WHEN / THEN
    assertThat(report).hasViolation("county-without-station");
  }

  @Test
  void should_fail_when_the_rule_has_no_violation_and_list_those_of_other_rules() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.NO_STATION);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasViolation("station-county-unknown"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have a violation of rule \"station-county-unknown\", but it"
                    + " has none; its violations are:",
                "  warning [county-without-station] county \"anar\" has no polling station"
                    + " (at /counties/1)"));
  }

  @Test
  void should_fail_when_the_report_is_empty_and_say_so() {
    assertThatThrownBy(() -> assertThat(Reports.EMPTY).hasViolation("station-county-unknown"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have a violation of rule \"station-county-unknown\", but it"
                    + " has no violations at all"));
  }

  @Test
  void should_keep_the_description_when_narrowing_down_the_violations() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY);
    // WHEN / THEN
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .as("after import")
                    .hasViolation("station-county-unknown")
                    .at("/pollingStations/0/county"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(Reports.lines("[after import] ", "Expecting a violation of rule"));
  }
}
