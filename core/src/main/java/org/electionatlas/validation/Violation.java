package org.electionatlas.validation;

import java.util.Locale;
import java.util.Optional;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.immutables.value.Value;

/**
 * One finding of a rule: which rule, how serious, where in the atlas (a JSON pointer such as {@code
 * /pollingStations/3/county}, and the line and column when the atlas was read from a document),
 * which entity, and what is wrong as a {@link Message}: a key with arguments, rendered in Persian
 * or English by {@link #message(MessageStyle)}.
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

  /** What is wrong, as a key and arguments. */
  public abstract Message message();

  /**
   * Where the offending value stands in the document the atlas was read from; empty for an atlas
   * built in code, or when the document was not kept.
   */
  public abstract Optional<SourceLocation> location();

  /** What is wrong, worded in the style's language and calendar. */
  public String message(MessageStyle style) {
    return message().render(style);
  }

  /** This violation, located. */
  public Violation at(SourceLocation location) {
    return builder().from(this).location(location).build();
  }

  /** {@code error [rule-id] message (at /pointer)}, in English with Gregorian dates. */
  @Override
  public String toString() {
    return severity().name().toLowerCase(Locale.ROOT)
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
