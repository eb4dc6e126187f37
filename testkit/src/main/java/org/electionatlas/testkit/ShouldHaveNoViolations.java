package org.electionatlas.testkit;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.electionatlas.validation.Violation;

/** Fails a report that should have no errors, or no violations at all, listing what it has. */
final class ShouldHaveNoViolations extends BasicErrorMessageFactory {

  private ShouldHaveNoViolations(String kind, List<Violation> found) {
    super(
        "%nExpecting the report to have no %s, but it has %s:%n%s",
        unquotedString(kind), found.size(), unquotedString(Listing.violations(found)));
  }

  /** For a report whose errors are the given ones. */
  static ErrorMessageFactory shouldHaveNoErrors(List<Violation> errors) {
    return new ShouldHaveNoViolations("errors", errors);
  }

  /** For a report with the given violations. */
  static ErrorMessageFactory shouldHaveNoViolations(List<Violation> violations) {
    return new ShouldHaveNoViolations("violations", violations);
  }
}
