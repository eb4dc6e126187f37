package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportAssert_hasOnlyViolations_Test {

  private static final String UNKNOWN_COUNTY_LINE =
      "  error [station-county-unknown] polling station \"ravar-0004\" names county \"nope\","
          + " which is not a county of the atlas (at /pollingStations/3/county)";
  private static final String NO_STATION_LINE =
      "  warning [county-without-station] county \"anar\" has no polling station (at /counties/1)";

  @Test
  void should_pass_when_the_violations_are_of_exactly_the_rules_given_in_any_order() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY, Reports.NO_STATION);
    // WHEN / THEN
    assertThat(report).hasOnlyViolations("station-county-unknown", "county-without-station");
  }

  @Test
  void should_pass_when_a_rule_has_several_violations() {
    // GIVEN
    ValidationReport report =
        Reports.of(
            Reports.UNKNOWN_COUNTY,
            Reports.violation(
                "station-county-unknown",
                Reports.UNKNOWN_COUNTY.severity(),
                "/pollingStations/4/county",
                "ravar-0005",
                "another"));
    // WHEN / THEN
    assertThat(report).hasOnlyViolations("station-county-unknown");
  }

  @Test
  void should_fail_when_a_rule_given_has_no_violation() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY);
    // WHEN / THEN
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasOnlyViolations("station-county-unknown", "county-without-station"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have violations of the rules \"station-county-unknown\","
                    + " \"county-without-station\" and of no other, but it has none of"
                    + " \"county-without-station\"; its violations are:",
                UNKNOWN_COUNTY_LINE));
  }

  @Test
  void should_fail_when_another_rule_has_a_violation() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY, Reports.NO_STATION);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasOnlyViolations("station-county-unknown"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have violations of the rules \"station-county-unknown\""
                    + " and of no other, but it has violations of other rules:"
                    + " \"county-without-station\"; its violations are:",
                NO_STATION_LINE,
                UNKNOWN_COUNTY_LINE));
  }

  @Test
  void should_fail_when_both_a_rule_is_missing_and_another_has_a_violation() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.NO_STATION);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasOnlyViolations("station-county-unknown"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have violations of the rules \"station-county-unknown\""
                    + " and of no other, but it has none of \"station-county-unknown\" and it has"
                    + " violations of other rules: \"county-without-station\"; its violations are:",
                NO_STATION_LINE));
  }

  @Test
  void should_fail_when_the_report_is_empty() {
    assertThatThrownBy(() -> assertThat(Reports.EMPTY).hasOnlyViolations("station-county-unknown"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have violations of the rules \"station-county-unknown\""
                    + " and of no other, but it has none of \"station-county-unknown\""));
  }
}
