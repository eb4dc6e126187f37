package org.electionatlas.testkit;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.electionatlas.validation.Violation;

/** Fails an atlas in which the standard validator finds errors, listing them. */
final class ShouldBeValid extends BasicErrorMessageFactory {

  private ShouldBeValid(List<Violation> errors) {
    super(
        "%nExpecting the atlas to be valid (no errors under the standard validator), but it has"
            + " %s:%n%s",
        unquotedString(Listing.count(errors.size(), "error")),
        unquotedString(Listing.violations(errors)));
  }

  /** For an atlas with the given errors. */
  static ErrorMessageFactory shouldBeValid(List<Violation> errors) {
    return new ShouldBeValid(errors);
  }
}
