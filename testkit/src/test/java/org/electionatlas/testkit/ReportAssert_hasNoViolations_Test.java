package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportAssert_hasNoViolations_Test {

  @Test
  void should_pass_when_the_report_is_empty() {
    assertThat(Reports.EMPTY).hasNoViolations();
  }

  @Test
  void should_fail_when_the_report_has_only_an_info_and_list_it() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.NUMBER_GAP);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have no violations, but it has 1:",
                "  info [station-number-gap] ravar's stations skip number 9"
                    + " (at /pollingStations/9/number)"));
  }

  @Test
  void should_fail_when_the_report_has_violations_and_list_them_in_the_reports_order() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY, Reports.NO_STATION);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have no violations, but it has 2:",
                "  warning [county-without-station] county \"anar\" has no polling station"
                    + " (at /counties/1)",
                "  error [station-county-unknown] polling station \"ravar-0004\" names county"
                    + " \"nope\", which is not a county of the atlas (at /pollingStations/3/county)"));
  }
}
