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

  /**
   * {@return the stable kebab-case id of the rule that found it, such as {@code
   * station-county-unknown}}
   */
  public abstract String ruleId();

  /** {@return how serious it is, after the policy's overrides} */
  public abstract Severity severity();

  /**
   * {@return the JSON pointer of the offending value, such as {@code /pollingStations/3/county};
   * empty for the atlas as a whole}
   */
  public abstract String pointer();

  /** {@return the id of the entity the finding is about, when there is one} */
  public abstract Optional<String> subjectId();

  /** {@return what is wrong, as a key and arguments} */
  public abstract Message message();

  /**
   * {@return where the offending value stands in the document the atlas was read from; empty for an
   * atlas built in code, or when the document was not kept}
   */
  public abstract Optional<SourceLocation> location();

  /**
   * {@return the name of the document that the pointer and the location are in when it is not the
   * atlas validated: the previous round's atlas, for a finding about what that round had and this
   * one lacks (a station removed, an issue dropped); empty for the atlas validated}
   */
  public abstract Optional<String> document();

  /**
   * {@return what is wrong, worded in the style's language and calendar}
   *
   * @param style the language and calendar to word the message in
   */
  public String message(MessageStyle style) {
    return message().render(style);
  }

  /**
   * {@return a copy of this violation with its place in the source document}
   *
   * @param location the line and column of the offending value, replacing any location it had
   */
  public Violation at(SourceLocation location) {
    return builder().from(this).location(location).build();
  }

  /**
   * {@return the violation in one line, in English with Gregorian dates: {@code error [rule-id]
   * message (at /pointer)}}
   */
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

  /** {@return an empty builder; rule id, severity, pointer and message must be set} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Violation} values. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
