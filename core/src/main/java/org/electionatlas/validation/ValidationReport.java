package org.electionatlas.validation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;

/**
 * Every violation a validation found, in a stable order: by JSON pointer (array positions compared
 * as numbers, so {@code /pollingStations/9} comes before {@code /pollingStations/10}), then rule
 * id, then message key, then message. The same atlas always gives the same report.
 *
 * <p>A report of very many findings may hold only the first of each rule, in that order, and count
 * the rest ({@link #omitted()}), as a compiler prints its first hundred errors and says how many
 * there were: {@link #collector(int)} makes such a report as findings stream by. The counts ({@link
 * #count}, {@link #summary()}, {@link #hasAtLeast}) always include what was left out.
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
  private final ImmutableList<Omitted> omitted;
  private final int[] counts = new int[Severity.values().length];

  private ValidationReport(List<Violation> violations, List<Omitted> omitted) {
    this.violations = ImmutableList.sortedCopyOf(ORDER, violations);
    this.omitted =
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Omitted::ruleId).thenComparing(Omitted::severity), omitted);
    for (Violation violation : this.violations) {
      counts[violation.severity().ordinal()]++;
    }
    for (Omitted left : this.omitted) {
      counts[left.severity().ordinal()] += left.count();
    }
  }

  /**
   * Findings of one rule (at one severity) that a report counts but does not hold.
   *
   * @param ruleId the rule's id
   * @param severity the severity of those findings
   * @param count how many were left out, at least 1
   */
  public record Omitted(String ruleId, Severity severity, int count) {

    /**
     * Checks the parts.
     *
     * @param ruleId the rule's id, not null
     * @param severity the severity, not null
     * @param count how many, at least 1
     */
    public Omitted {
      java.util.Objects.requireNonNull(ruleId, "ruleId");
      java.util.Objects.requireNonNull(severity, "severity");
      if (count < 1) {
        throw new IllegalArgumentException("an omission counts at least one finding");
      }
    }
  }

  /**
   * A report of the given violations, put in the report's order.
   *
   * @param violations the findings of a validation, in any order; copied
   * @return the report
   */
  public static ValidationReport of(List<Violation> violations) {
    return new ValidationReport(violations, List.of());
  }

  /**
   * A report of the given violations and of findings counted but not held.
   *
   * @param violations the findings held, in any order; copied
   * @param omitted the findings counted but not held, at most one per rule and severity; copied
   * @return the report
   */
  public static ValidationReport of(List<Violation> violations, List<Omitted> omitted) {
    return new ValidationReport(violations, omitted);
  }

  /**
   * A listener that keeps, of each rule's findings, the first {@code maxPerRule} in the report's
   * order, and counts every finding: for a validation that may find a million things, whose report
   * then holds at most {@code maxPerRule} findings a rule however many there are.
   *
   * @param maxPerRule how many findings of one rule to keep, at least 1; {@link Integer#MAX_VALUE}
   *     keeps all
   * @return the collector, for one validation
   * @throws IllegalArgumentException if {@code maxPerRule} is below 1
   */
  public static Collector collector(int maxPerRule) {
    if (maxPerRule < 1) {
      throw new IllegalArgumentException("a report keeps at least one finding a rule");
    }
    return new Collector(maxPerRule);
  }

  /**
   * Keeps the first findings of each rule, in the report's order, and counts the rest; from {@link
   * #collector(int)}. Memory stays that of {@code maxPerRule} findings a rule. Not thread-safe.
   */
  public static final class Collector implements ViolationListener {
    private final int maxPerRule;

    /** The kept findings of each rule, the last in the report's order on top. */
    private final Map<String, PriorityQueue<Violation>> kept = new HashMap<>();

    private final Map<String, int[]> left = new TreeMap<>();

    private Collector(int maxPerRule) {
      this.maxPerRule = maxPerRule;
    }

    /**
     * {@return whether the violation would be kept were it given now: for a caller that does more
     * for kept findings, such as locating them in a file}
     *
     * @param violation the violation, not null
     */
    public boolean keeps(Violation violation) {
      PriorityQueue<Violation> queue = kept.get(violation.ruleId());
      return queue == null
          || queue.size() < maxPerRule
          || ORDER.compare(violation, java.util.Objects.requireNonNull(queue.peek())) < 0;
    }

    @Override
    public void found(Violation violation) {
      PriorityQueue<Violation> queue =
          kept.computeIfAbsent(violation.ruleId(), id -> new PriorityQueue<>(16, ORDER.reversed()));
      if (queue.size() < maxPerRule) {
        queue.add(violation);
        return;
      }
      if (ORDER.compare(violation, java.util.Objects.requireNonNull(queue.peek())) < 0) {
        leaveOut(queue.poll());
        queue.add(violation);
      } else {
        leaveOut(violation);
      }
    }

    private void leaveOut(Violation violation) {
      left.computeIfAbsent(violation.ruleId(), id -> new int[Severity.values().length])[
          violation.severity().ordinal()]++;
    }

    /** {@return the report of what was kept and what was counted} */
    public ValidationReport report() {
      List<Violation> all = new ArrayList<>();
      kept.values().forEach(all::addAll);
      List<Omitted> omitted = new ArrayList<>();
      left.forEach(
          (ruleId, counts) -> {
            for (Severity severity : Severity.values()) {
              if (counts[severity.ordinal()] > 0) {
                omitted.add(new Omitted(ruleId, severity, counts[severity.ordinal()]));
              }
            }
          });
      return new ValidationReport(all, omitted);
    }
  }

  /** {@return all violations, in the report's order} */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return the findings counted but not held, by rule id; empty unless the report was made with a
   * cap, such as by {@link #collector(int)}}
   */
  public List<Omitted> omitted() {
    return omitted;
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
    return violations.stream().anyMatch(v -> v.severity().isAtLeast(threshold))
        || omitted.stream().anyMatch(o -> o.severity().isAtLeast(threshold));
  }

  /** {@return whether nothing was found} */
  public boolean isClean() {
    return violations.isEmpty() && omitted.isEmpty();
  }

  /**
   * {@return the violations of one rule that the report holds, in the report's order; empty if it
   * found none}
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
    return summary() + violations + (omitted.isEmpty() ? "" : " omitted " + omitted);
  }
}
