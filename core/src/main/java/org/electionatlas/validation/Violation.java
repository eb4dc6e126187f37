package org.electionatlas.validation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding of a rule: which rule, how serious, where in the atlas (a JSON pointer such as {@code
 * /pollingStations/3/county}), which entity, and a message a person understands.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

  Violation() {}

  /** The stable kebab-case id of the rule that found it, such as {@code station-county-unknown}. */
  public abstract String ruleId();

  /** How serious it is, after the policy's overrides. */
  public abstract Severity severity();

  /** The JSON pointer of the offending value; empty for the atlas as a whole. */
  public abstract String pointer();

  /** The id of the entity the finding is about, when there is one. */
  public abstract Optional<String> subjectId();

  /** What is wrong, in a sentence a person understands. */
  public abstract String message();

  @Override
  public String toString() {
    return severity().name().toLowerCase(java.util.Locale.ROOT)
        + " ["
        + ruleId()
        + "] "
        + message()
        + " (at "
        + (pointer().isEmpty() ? "the top level" : pointer())
        + ")";
  }

  /** An empty builder; rule id, severity, pointer and message must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Violation} values. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
