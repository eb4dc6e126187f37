package org.electionatlas.testkit;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.electionatlas.validation.ValidationReport;

/**
 * Fails a report whose violations are not of exactly the expected rules: some expected rule found
 * nothing, or some other rule found something.
 */
final class ShouldHaveOnlyViolations extends BasicErrorMessageFactory {

  private ShouldHaveOnlyViolations(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * For a report with no violation of the {@code missing} rules, and violations of the {@code
   * unexpected} ones.
   */
  static ErrorMessageFactory shouldHaveOnlyViolations(
      ValidationReport report,
      List<String> expected,
      List<String> missing,
      List<String> unexpected) {
    List<String> faults = new ArrayList<>();
    if (!missing.isEmpty()) {
      faults.add("it has none of " + Listing.quoted(missing));
    }
    if (!unexpected.isEmpty()) {
      faults.add("it has violations of other rules: " + Listing.quoted(unexpected));
    }
    String because = String.join(" and ", faults);
    if (report.violations().isEmpty()) {
      return new ShouldHaveOnlyViolations(
          "%nExpecting the report to have violations of the rules %s and of no other, but %s",
          unquotedString(Listing.quoted(expected)), unquotedString(because));
    }
    return new ShouldHaveOnlyViolations(
        "%nExpecting the report to have violations of the rules %s and of no other, but %s; its"
            + " violations are:%n%s",
        unquotedString(Listing.quoted(expected)),
        unquotedString(because),
        unquotedString(Listing.violations(report.violations())));
  }
}
