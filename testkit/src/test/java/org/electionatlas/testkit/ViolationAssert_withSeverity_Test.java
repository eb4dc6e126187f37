package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ViolationAssert_withSeverity_Test {

  private static final ValidationReport REPORT = Reports.of(Reports.NO_STATION);

  @Test
  void should_pass_when_the_violation_has_the_severity() {
    assertThat(REPORT).hasViolation("county-without-station").withSeverity(Severity.WARNING);
  }

  @Test
  void should_fail_when_the_violation_has_another_severity() {
    assertThatThrownBy(
            () ->
                assertThat(REPORT)
                    .hasViolation("county-without-station")
                    .withSeverity(Severity.ERROR))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting a violation of rule \"county-without-station\" with severity ERROR, but"
                    + " the violations of rule \"county-without-station\" are:",
                "  warning [county-without-station] county \"anar\" has no polling station"
                    + " (at /counties/1)"));
  }

  @Test
  void should_name_every_earlier_condition_when_a_later_one_fails() {
    assertThatThrownBy(
            () ->
                assertThat(REPORT)
                    .hasViolation("county-without-station")
                    .at("/counties/1")
                    .withSeverity(Severity.INFO))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting a violation of rule \"county-without-station\" at \"/counties/1\" with"
                    + " severity INFO, but the violations of rule \"county-without-station\" at"
                    + " \"/counties/1\" are:",
                "  warning [county-without-station] county \"anar\" has no polling station"
                    + " (at /counties/1)"));
  }
}
