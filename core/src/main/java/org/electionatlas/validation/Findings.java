package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Rule} reports what it finds, and where it reads the {@link ValidationPolicy} in
 * force. The validator gives each rule its own, already carrying the rule's id and effective
 * severity, so a rule only says where and what.
 *
 * <p>Not thread-safe: a rule reports from the thread that called it.
 */
public final class Findings {

  private final String ruleId;
  private final Severity severity;
  private final ValidationPolicy policy;
  private final List<Violation> violations = new ArrayList<>();

  Findings(String ruleId, Severity severity, ValidationPolicy policy) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.policy = policy;
  }

  /** The policy in force: thresholds that rules read. */
  public ValidationPolicy policy() {
    return policy;
  }

  /**
   * Reports a violation.
   *
   * @param pointer the JSON pointer of the offending value, such as {@code
   *     /pollingStations/3/county}
   * @param subjectId the id of the entity it is about, or null when there is none
   * @param message what is wrong, in a sentence a person understands
   */
  public void report(String pointer, @Nullable String subjectId, String message) {
    violations.add(
        Violation.builder()
            .ruleId(ruleId)
            .severity(severity)
            .pointer(requireNonNull(pointer, "pointer"))
            .subjectId(Optional.ofNullable(subjectId))
            .message(requireNonNull(message, "message"))
            .build());
  }

  List<Violation> violations() {
    return violations;
  }
}
