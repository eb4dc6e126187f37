package org.electionatlas.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.electionatlas.message.Message;
import org.electionatlas.model.Atlas;
import org.jspecify.annotations.Nullable;

/**
 * What a rule checking one atlas is given besides the atlas: where it reports what it finds, the
 * {@link ValidationPolicy} in force, the ids of the stations seen so far, and the previous round
 * when there is one. The validator gives each rule its own, already carrying the rule's id and
 * effective severity, so a rule only says where and what.
 *
 * <p>Not thread-safe: a rule reports from the thread that called it.
 */
public final class RuleContext {

  private final String ruleId;
  private final Severity severity;
  private final ValidationPolicy policy;
  private final StationIds stations;
  private final StationTextWalk texts;
  private final List<Violation> found;
  private final @Nullable Atlas whole;
  private final @Nullable RoundComparison previous;

  RuleContext(
      String ruleId,
      Severity severity,
      ValidationPolicy policy,
      StationIds stations,
      StationTextWalk texts,
      List<Violation> found,
      @Nullable Atlas whole,
      @Nullable RoundComparison previous) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.policy = policy;
    this.stations = stations;
    this.texts = texts;
    this.found = found;
    this.whole = whole;
    this.previous = previous;
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

  /**
   * {@return this atlas set against the previous round, when the validator was given one ({@link
   * Validator.Builder#previous}); always present for a rule that {@linkplain
   * RuleInfo#needsPreviousRound() needs it}, since such a rule runs only then}
   */
  public Optional<RoundComparison> previous() {
    return Optional.ofNullable(previous);
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
    found.add(violation(pointer, subjectId, message).build());
  }

  /**
   * Reports a violation about a value of the previous round's atlas, such as a station it had that
   * this atlas lacks: the violation names the previous round's document and is located there.
   *
   * @param pointer the JSON pointer of the value in the previous round's atlas, such as {@code
   *     /pollingStations/3}
   * @param subjectId the id of the entity it is about, or null when there is none
   * @param message what is wrong, with every placeholder of its template given
   * @throws IllegalStateException if the validator has no previous round, or the message lacks an
   *     argument its template names: a mistake in the rule, not in the atlas
   */
  public void reportInPrevious(String pointer, @Nullable String subjectId, Message message) {
    if (previous == null) {
      throw new IllegalStateException(
          "rule " + ruleId + " reports about the previous round, but none was given");
    }
    PreviousRound round = previous.previous();
    Violation.Builder violation =
        violation(pointer, subjectId, message).document(round.sourceName());
    round.locate(pointer).ifPresent(violation::location);
    found.add(violation.build());
  }

  private Violation.Builder violation(String pointer, @Nullable String subjectId, Message message) {
    return Violation.builder()
        .ruleId(ruleId)
        .severity(severity)
        .pointer(requireNonNull(pointer, "pointer"))
        .subjectId(Optional.ofNullable(subjectId))
        .message(requireNonNull(message, "message").complete());
  }

  /**
   * The texts of the station being checked, walked once for all the rules of the session that ask,
   * before they see it: for the built-in text rules, which ask in {@code begin}.
   */
  StationTextWalk stationTexts() {
    texts.want();
    return texts;
  }

  /** The whole atlas, when it is held in memory; for {@link WholeAtlasRule}. */
  Optional<Atlas> whole() {
    return Optional.ofNullable(whole);
  }
}
