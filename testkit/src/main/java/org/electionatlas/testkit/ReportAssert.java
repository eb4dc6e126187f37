package org.electionatlas.testkit;

import static org.electionatlas.testkit.ShouldHaveNoViolations.shouldHaveNoErrors;
import static org.electionatlas.testkit.ShouldHaveNoViolations.shouldHaveNoViolations;
import static org.electionatlas.testkit.ShouldHaveOnlyViolations.shouldHaveOnlyViolations;
import static org.electionatlas.testkit.ShouldHaveViolation.shouldHaveViolation;
import static org.electionatlas.testkit.ShouldHaveViolationCount.shouldHaveViolationCount;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.ValidationReport;
import org.electionatlas.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link ValidationReport}; get one from {@link
 * AtlasAssertions#assertThat(ValidationReport)}. A failure lists the violations the report has, one
 * per line, so that the failing test explains itself.
 *
 * <p>Not thread-safe, like every AssertJ assertion: use it where it is made.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {

  ReportAssert(@Nullable ValidationReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that the report has no violation of severity {@link Severity#ERROR}.
   *
   * @return this assertion, for chaining
   */
  public ReportAssert hasNoErrors() {
    isNotNull();
    List<Violation> errors =
        actual.violations().stream().filter(v -> v.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throwAssertionError(shouldHaveNoErrors(errors));
    }
    return this;
  }

  /**
   * Verifies that the report has no violation at all, of any severity.
   *
   * @return this assertion, for chaining
   */
  public ReportAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      throwAssertionError(shouldHaveNoViolations(actual.violations()));
    }
    return this;
  }

  /**
   * Verifies that the report has at least one violation of the rule, and returns assertions that
   * narrow them down: {@code
   * .hasViolation("station-county-unknown").at("/pollingStations/3/county")}.
   *
   * @param ruleId the rule's id, not null
   * @return assertions on the violations of the rule
   */
  public ViolationAssert hasViolation(String ruleId) {
    isNotNull();
    List<Violation> found = actual.violationsOf(ruleId);
    if (found.isEmpty()) {
      throwAssertionError(shouldHaveViolation(actual, ruleId));
    }
    return ViolationAssert.of(found, "of rule " + Listing.quoted(ruleId), this);
  }

  /**
   * Verifies that every violation of the report is of one of the rules, and that each rule has at
   * least one: the report says exactly what is expected, and nothing else.
   *
   * @param ruleIds the rules' ids, not null
   * @return this assertion, for chaining
   */
  public ReportAssert hasOnlyViolations(String... ruleIds) {
    isNotNull();
    Set<String> expected = new LinkedHashSet<>(List.of(ruleIds));
    Set<String> found = new LinkedHashSet<>();
    actual.violations().forEach(v -> found.add(v.ruleId()));
    List<String> missing = expected.stream().filter(id -> !found.contains(id)).toList();
    List<String> unexpected = found.stream().filter(id -> !expected.contains(id)).toList();
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      throwAssertionError(
          shouldHaveOnlyViolations(actual, List.copyOf(expected), missing, unexpected));
    }
    return this;
  }

  /**
   * Verifies that the report has exactly this many violations, of any rule and severity.
   *
   * @param expected the number of violations
   * @return this assertion, for chaining
   */
  public ReportAssert hasViolationCount(int expected) {
    isNotNull();
    if (actual.violations().size() != expected) {
      throwAssertionError(shouldHaveViolationCount(actual, expected));
    }
    return this;
  }
}
