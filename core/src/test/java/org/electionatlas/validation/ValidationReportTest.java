package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Violation at(String pointer, String rule, Severity severity) {
    return Violation.builder()
        .ruleId(rule)
        .severity(severity)
        .pointer(pointer)
        .message(TestMessages.text("m"))
        .build();
  }

  @Test
  void violations_are_ordered_by_pointer_with_positions_compared_as_numbers() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                at("/pollingStations/10/county", "a", Severity.ERROR),
                at("/pollingStations/9/county", "a", Severity.ERROR),
                at("/counties/2", "b", Severity.WARNING),
                at("", "c", Severity.INFO),
                at("/pollingStations/9", "z", Severity.INFO)));

    assertThat(report.violations())
        .extracting(Violation::pointer)
        .containsExactly(
            "",
            "/counties/2",
            "/pollingStations/9",
            "/pollingStations/9/county",
            "/pollingStations/10/county");
  }

  @Test
  void counts_and_summary_are_by_severity() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                at("/a", "r", Severity.ERROR),
                at("/b", "r", Severity.WARNING),
                at("/c", "r", Severity.WARNING)));

    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.summary()).isEqualTo("1 error, 2 warnings, 0 infos");
    assertThat(report.hasAtLeast(Severity.WARNING)).isTrue();
    assertThat(
            ValidationReport.of(List.of(at("/a", "r", Severity.INFO))).hasAtLeast(Severity.WARNING))
        .isFalse();
  }
}
