package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Violation;
import org.junit.jupiter.api.Test;

class ReportAssert_hasViolationCount_Test {

  @Test
  void should_pass_when_the_count_matches() {
    assertThat(Reports.of(Reports.UNKNOWN_COUNTY, Reports.NO_STATION)).hasViolationCount(2);
    assertThat(Reports.EMPTY).hasViolationCount(0);
  }

  @Test
  void should_fail_when_the_report_has_more_and_list_them() {
    // GIVEN
    ValidationReport report = Reports.of(Reports.NO_STATION, Reports.NUMBER_GAP);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasViolationCount(1))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting the report to have 1 violation, but it has 2:",
                "  warning [county-without-station] county \"anar\" has no polling station"
                    + " (at /counties/1)",
                "  info [station-number-gap] ravar's stations skip number 9"
                    + " (at /pollingStations/9/number)"));
  }

  @Test
  void should_fail_when_the_report_has_none() {
    assertThatThrownBy(() -> assertThat(Reports.EMPTY).hasViolationCount(2))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines("", "Expecting the report to have 2 violations, but it has none"));
  }

  @Test
  void should_cut_a_long_list_and_say_how_many_more_there_are() {
    // GIVEN
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < Listing.MAX_ITEMS + 5; i++) {
      many.add(
          Reports.violation(
              "county-without-station",
              Reports.NO_STATION.severity(),
              "/counties/" + i,
              "c" + i,
              "county \"c" + i + "\" has no polling station"));
    }
    ValidationReport report = ValidationReport.of(many);
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasViolationCount(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("(at /counties/19)")
        .hasMessageNotContaining("(at /counties/20)")
        .hasMessageEndingWith(Reports.lines("", "  … and 5 more"));
  }
}
