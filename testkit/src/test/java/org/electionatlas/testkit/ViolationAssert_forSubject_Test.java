package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import java.util.List;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Violation;
import org.junit.jupiter.api.Test;

class ViolationAssert_forSubject_Test {

  @Test
  void should_pass_when_the_violation_is_about_the_entity() {
    assertThat(Reports.of(Reports.UNKNOWN_COUNTY))
        .hasViolation("station-county-unknown")
        .forSubject("ravar-0004");
  }

  @Test
  void should_fail_when_the_violation_is_about_another_entity() {
    assertThatThrownBy(
            () ->
                assertThat(Reports.of(Reports.UNKNOWN_COUNTY))
                    .hasViolation("station-county-unknown")
                    .forSubject("ravar-0001"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting a violation of rule \"station-county-unknown\" for subject"
                    + " \"ravar-0001\", but the violations of rule \"station-county-unknown\" are:",
                "  error [station-county-unknown] polling station \"ravar-0004\" names county"
                    + " \"nope\", which is not a county of the atlas (at /pollingStations/3/county)"));
  }

  @Test
  void should_fail_when_the_violation_is_about_no_entity() {
    // GIVEN
    Violation aboutTheAtlas =
        Violation.builder()
            .ruleId("atlas-empty")
            .severity(Severity.WARNING)
            .pointer("")
            .message(Reports.text("the atlas has no province"))
            .build();
    ValidationReport report = ValidationReport.of(List.of(aboutTheAtlas));
    // WHEN / THEN
    assertThatThrownBy(() -> assertThat(report).hasViolation("atlas-empty").forSubject("kerman"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith(
            Reports.lines(
                "are:", "  warning [atlas-empty] the atlas has no province (at the top level)"));
  }
}
