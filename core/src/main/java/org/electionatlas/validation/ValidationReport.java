package org.electionatlas.validation;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;

/**
 * Every violation a validation found, in a stable order: by JSON pointer (array positions compared
 * as numbers, so {@code /pollingStations/9} comes before {@code /pollingStations/10}), then rule
 * id, then message key, then message. The same atlas always gives the same report.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::pointer, ValidationReport::comparePointers)
          .thenComparing(Violation::ruleId)
          .thenComparing(v -> v.message().key())
          .thenComparing(v -> v.message().toString());

  private static final Noun ERRORS = Noun.of("error", "errors", "خطا");
  private static final Noun WARNINGS = Noun.of("warning", "warnings", "هشدار");
  private static final Noun INFOS = Noun.of("info", "infos", "آگاهی");
  private static final MessageTemplate SUMMARY =
      MessageTemplate.of(
          "report.summary", "{errors}, {warnings}, {infos}", "{errors}، {warnings}، {infos}");

  private final ImmutableList<Violation> violations;
  private final int[] counts = new int[Severity.values().length];

  private ValidationReport(List<Violation> violations) {
    this.violations = ImmutableList.sortedCopyOf(ORDER, violations);
    for (Violation violation : this.violations) {
      counts[violation.severity().ordinal()]++;
    }
  }

  /**
   * A report of the given violations, put in the report's order.
   *
   * @param violations the findings of a validation, in any order; copied
   * @return the report
   */
  public static ValidationReport of(List<Violation> violations) {
    return new ValidationReport(violations);
  }

  /** {@return all violations, in the report's order} */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return the number of violations of exactly the severity}
   *
   * @param severity the severity to count
   */
  public int count(Severity severity) {
    return counts[severity.ordinal()];
  }

  /** {@return whether any violation is an error} */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * {@return whether any violation is at least as serious as the given severity}
   *
   * @param threshold the least serious severity that counts, such as {@link Severity#WARNING} for a
   *     check that fails on warnings and errors
   */
  public boolean hasAtLeast(Severity threshold) {
    return violations.stream().anyMatch(v -> v.severity().isAtLeast(threshold));
  }

  /** {@return whether nothing was found} */
  public boolean isClean() {
    return violations.isEmpty();
  }

  /**
   * {@return the violations of one rule, in the report's order; empty if it found none}
   *
   * @param ruleId the rule's stable id, such as {@code station-number-gap}
   */
  public List<Violation> violationsOf(String ruleId) {
    return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }

  /** {@return the counts by severity in English: {@code 2 errors, 1 warning, 0 infos}} */
  public String summary() {
    return summary(MessageStyle.ENGLISH);
  }

  /**
   * {@return the counts by severity: {@code 2 errors, 1 warning, 0 infos} or {@code ۲ خطا، ۱ هشدار،
   * ۰ آگاهی}}
   *
   * @param style the language to word the counts in, which also chooses the digits
   */
  public String summary(MessageStyle style) {
    return SUMMARY
        .with("errors", Argument.count(count(Severity.ERROR), ERRORS))
        .with("warnings", Argument.count(count(Severity.WARNING), WARNINGS))
        .with("infos", Argument.count(count(Severity.INFO), INFOS))
        .render(style);
  }

  /** Orders pointers segment by segment, numbers numerically and before names. */
  static int comparePointers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i);
      int endB = segmentEnd(b, j);
      int bySegment = compareSegments(a.substring(i, endA), b.substring(j, endB));
      if (bySegment != 0) {
        return bySegment;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from + 1);
    return slash < 0 ? pointer.length() : slash;
  }

  private static int compareSegments(String a, String b) {
    boolean numberA = isNumber(a);
    boolean numberB = isNumber(b);
    if (numberA && numberB) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String segment) {
    if (segment.length() < 2) {
      return false;
    }
    for (int k = 1; k < segment.length(); k++) {
      if (segment.charAt(k) < '0' || segment.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return summary() + violations;
  }
}
