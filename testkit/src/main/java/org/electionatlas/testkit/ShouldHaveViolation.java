package org.electionatlas.testkit;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.electionatlas.validation.ValidationReport;

/** Fails a report that has no violation of a rule, listing the violations it has instead. */
final class ShouldHaveViolation extends BasicErrorMessageFactory {

  private ShouldHaveViolation(String format, Object... arguments) {
    super(format, arguments);
  }

  /** For a report without a violation of the rule. */
  static ErrorMessageFactory shouldHaveViolation(ValidationReport report, String ruleId) {
    if (report.violations().isEmpty()) {
      return new ShouldHaveViolation(
          "%nExpecting the report to have a violation of rule %s, but it has no violations at all",
          ruleId);
    }
    return new ShouldHaveViolation(
        "%nExpecting the report to have a violation of rule %s, but it has none; its violations"
            + " are:%n%s",
        ruleId, unquotedString(Listing.violations(report.violations())));
  }
}
