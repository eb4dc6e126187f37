package org.electionatlas.testkit;

import static org.electionatlas.testkit.ShouldHaveMatchingViolation.shouldHaveMatchingViolation;

import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.Violation;

/**
 * Assertions that narrow down the violations of one rule, from {@link
 * ReportAssert#hasViolation(String)}. Each method keeps the violations that also meet its condition
 * and fails when none does; the conditions add up:
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasViolation("station-number-duplicate")
 *     .at("/pollingStations/7/number")
 *     .withSeverity(Severity.ERROR)
 *     .forSubject("ravar-0008");
 * }</pre>
 *
 * <p>The value under test is the list of the violations that meet every condition so far, never
 * empty. Not thread-safe, like every AssertJ assertion: use it where it is made.
 */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, List<Violation>> {

  /** What the violations meet so far, in words: {@code of rule "x" at "/p"}. */
  private final String conditions;

  private ViolationAssert(List<Violation> matching, String conditions) {
    super(matching, ViolationAssert.class);
    this.conditions = conditions;
  }

  /** Assertions on the violations, which meet the conditions, carrying the parent's description. */
  static ViolationAssert of(
      List<Violation> matching, String conditions, AbstractAssert<?, ?> parent) {
    ViolationAssert next = new ViolationAssert(List.copyOf(matching), conditions);
    return parent.info.hasDescription() ? next.describedAs(parent.info.description()) : next;
  }

  /**
   * Verifies that one of the violations is at the JSON pointer.
   *
   * @param pointer the pointer, such as {@code /pollingStations/3/county}, not null
   * @return these assertions, narrowed to the violations that matched
   */
  public ViolationAssert at(String pointer) {
    return narrow("at " + Listing.quoted(pointer), v -> v.pointer().equals(pointer));
  }

  /**
   * Verifies that one of the violations has the severity.
   *
   * @param severity the severity, not null
   * @return these assertions, narrowed to the violations that matched
   */
  public ViolationAssert withSeverity(Severity severity) {
    return narrow("with severity " + severity, v -> v.severity() == severity);
  }

  /**
   * Verifies that one of the violations has a message containing the text, in English with
   * Gregorian dates.
   *
   * @param text the text, not null
   * @return these assertions, narrowed to the violations that matched
   */
  public ViolationAssert withMessageContaining(String text) {
    return narrow(
        "with a message containing " + Listing.quoted(text),
        v -> v.message(MessageStyle.ENGLISH).contains(text));
  }

  /**
   * Verifies that one of the violations has a message containing the text when rendered in the
   * style, such as {@link MessageStyle#PERSIAN}.
   *
   * @param style the language and calendar to render in, not null
   * @param text the text, not null
   * @return these assertions, narrowed to the violations that matched
   */
  public ViolationAssert withMessageContaining(MessageStyle style, String text) {
    return narrow(
        "with a message (" + style + ") containing " + Listing.quoted(text),
        v -> v.message(style).contains(text));
  }

  /**
   * Verifies that one of the violations has a message of the key, such as {@code
   * station-number-gap}.
   *
   * @param key the message key, not null
   * @return these assertions, narrowed to the violations that matched
   */
  public ViolationAssert withMessageKey(String key) {
    return narrow("with message key " + Listing.quoted(key), v -> v.message().key().equals(key));
  }

  /**
   * Verifies that one of the violations is about the entity with the id.
   *
   * @param subjectId the entity's id, not null
   * @return these assertions, narrowed to the violations that matched
   */
  public ViolationAssert forSubject(String subjectId) {
    return narrow(
        "for subject " + Listing.quoted(subjectId),
        v -> v.subjectId().map(subjectId::equals).orElse(false));
  }

  private ViolationAssert narrow(String condition, Predicate<Violation> test) {
    List<Violation> matching = actual.stream().filter(test).toList();
    if (matching.isEmpty()) {
      throwAssertionError(shouldHaveMatchingViolation(conditions, condition, actual));
    }
    return of(matching, conditions + " " + condition, this);
  }
}
