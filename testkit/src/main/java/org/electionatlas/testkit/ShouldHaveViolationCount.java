package org.electionatlas.testkit;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.electionatlas.validation.ValidationReport;

/** Fails a report with another number of violations than expected, listing them. */
final class ShouldHaveViolationCount extends BasicErrorMessageFactory {

  private ShouldHaveViolationCount(String format, Object... arguments) {
    super(format, arguments);
  }

  /** For a report that should have had {@code expected} violations. */
  static ErrorMessageFactory shouldHaveViolationCount(ValidationReport report, int expected) {
    String wanted = Listing.count(expected, "violation");
    if (report.violations().isEmpty()) {
      return new ShouldHaveViolationCount(
          "%nExpecting the report to have %s, but it has none", unquotedString(wanted));
    }
    return new ShouldHaveViolationCount(
        "%nExpecting the report to have %s, but it has %s:%n%s",
        unquotedString(wanted),
        report.violations().size(),
        unquotedString(Listing.violations(report.violations())));
  }
}
