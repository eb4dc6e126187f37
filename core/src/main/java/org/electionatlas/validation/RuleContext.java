package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.electionatlas.message.Message;
import org.electionatlas.model.Atlas;
import org.jspecify.annotations.Nullable;

/**
 * What a rule checking one atlas is given besides the atlas: where it reports what it finds, the
 * {@link ValidationPolicy} in force, and the ids of the stations seen so far. The validator gives
 * each rule its own, already carrying the rule's id and effective severity, so a rule only says
 * where and what.
 *
 * <p>Not thread-safe: a rule reports from the thread that called it.
 */
public final class RuleContext {

  private final String ruleId;
  private final Severity severity;
  private final ValidationPolicy policy;
  private final StationIds stations;
  private final List<Violation> found;
  private final @Nullable Atlas whole;

  RuleContext(
      String ruleId,
      Severity severity,
      ValidationPolicy policy,
      StationIds stations,
      List<Violation> found,
      @Nullable Atlas whole) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.policy = policy;
    this.stations = stations;
    this.found = found;
    this.whole = whole;
  }

  /** {@return the policy in force: thresholds that rules read} */
  public ValidationPolicy policy() {
    return policy;
  }

  /**
   * {@return the ids of the stations seen so far: while a station is checked, those before it; at
   * {@link RuleCheck#end()}, all of them}
   */
  public StationIds stations() {
    return stations;
  }

  /** {@return the severity this rule's findings carry, after the policy's overrides} */
  public Severity severity() {
    return severity;
  }

  /**
   * Reports a violation.
   *
   * @param pointer the JSON pointer of the offending value, such as {@code
   *     /pollingStations/3/county}; empty for the atlas as a whole
   * @param subjectId the id of the entity it is about, or null when there is none
   * @param message what is wrong, with every placeholder of its template given
   * @throws IllegalStateException if the message lacks an argument its template names: a mistake in
   *     the rule, not in the atlas
   */
  public void report(String pointer, @Nullable String subjectId, Message message) {
    found.add(
        Violation.builder()
            .ruleId(ruleId)
            .severity(severity)
            .pointer(requireNonNull(pointer, "pointer"))
            .subjectId(Optional.ofNullable(subjectId))
            .message(requireNonNull(message, "message").complete())
            .build());
  }

  /** The whole atlas, when it is held in memory; for {@link WholeAtlasRule}. */
  Optional<Atlas> whole() {
    return Optional.ofNullable(whole);
  }
}
