package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import org.electionatlas.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ViolationAssert_withMessageContaining_Test {

  private static final ValidationReport REPORT = Reports.of(Reports.UNKNOWN_COUNTY);

  @Test
  void should_pass_when_the_message_contains_the_text() {
    assertThat(REPORT)
        .hasViolation("station-county-unknown")
        .withMessageContaining("names county \"nope\"");
  }

  @Test
  void should_fail_when_no_message_contains_the_text() {
    assertThatThrownBy(
            () ->
                assertThat(REPORT)
                    .hasViolation("station-county-unknown")
                    .withMessageContaining("ravr"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            Reports.lines(
                "",
                "Expecting a violation of rule \"station-county-unknown\" with a message containing"
                    + " \"ravr\", but the violations of rule \"station-county-unknown\" are:",
                "  error [station-county-unknown] polling station \"ravar-0004\" names county"
                    + " \"nope\", which is not a county of the atlas (at /pollingStations/3/county)"));
  }
}
