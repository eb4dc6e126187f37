package org.electionatlas.testkit;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import org.electionatlas.validation.Violation;

/**
 * Fails a {@link ViolationAssert} when none of the violations it holds meets one more condition,
 * listing those it holds: the user sees where the rule did report, at which severity, with what
 * message.
 */
final class ShouldHaveMatchingViolation extends BasicErrorMessageFactory {

  private ShouldHaveMatchingViolation(
      String conditions, String condition, List<Violation> candidates) {
    super(
        "%nExpecting a violation %s %s, but the violations %s are:%n%s",
        unquotedString(conditions),
        unquotedString(condition),
        unquotedString(conditions),
        unquotedString(Listing.violations(candidates)));
  }

  /**
   * For violations that meet {@code conditions} (such as {@code of rule "x"}) but of which none
   * meets {@code condition} (such as {@code at "/counties/0"}).
   */
  static ErrorMessageFactory shouldHaveMatchingViolation(
      String conditions, String condition, List<Violation> candidates) {
    return new ShouldHaveMatchingViolation(conditions, condition, candidates);
  }
}
