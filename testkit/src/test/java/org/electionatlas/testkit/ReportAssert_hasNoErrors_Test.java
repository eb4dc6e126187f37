package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportAssert_hasNoErrors_Test {

  @Test
  void should_pass_when_the_report_is_empty() {
    assertThat(Reports.EMPTY).hasNoErrors();
  }

  @Test
  void should_pass_when_the_report_has_only_warnings_and_infos() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.NO_STATION, Reports.NUMBER_GAP);
    // WHEN / THEN
    assertThat(report).hasNoErrors();
  }

  @Test
  void should_fail_when_the_report_has_an_error_and_list_the_errors() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY, Reports.NO_STATION);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have no errors, but it has 1:",
                "  error [station-county-unknown] polling station \"ravar-0004\" names county"
                    + " \"nope\", which is not a county of the atlas (at /pollingStations/3/county)"));
  }

  @Test
  void should_fail_when_the_report_is_null() {
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void should_put_the_description_before_the_message_when_one_is_given() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.UNKNOWN_COUNTY);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).as("kerman after import").hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            Reports.lines("[kerman after import] ", "Expecting the report to have no errors"));
  }
}
