package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import org.electionatlas.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * One field of an entity that changed, in words: {@code polling station "kerman-0001" (…): moved
 * 4.2 km north-east, to 120 m from polling station "kerman-0107" (…)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FieldChange {

  private final String member;
  private final Message message;

  private FieldChange(String member, Message message) {
    this.member = member;
    this.message = message;
  }

  /**
   * A field change.
   *
   * @param member the path of the field within its entity, as a JSON pointer without the leading
   *     slash, such as {@code location} or {@code staff/officials}, not null
   * @param message what changed, in words, not null
   * @return the field change
   */
  public static FieldChange of(String member, Message message) {
    return new FieldChange(requireNonNull(member, "member"), requireNonNull(message, "message"));
  }

  /** {@return the path of the field within its entity, such as {@code staff/officials}} */
  public String member() {
    return member;
  }

  /** {@return what changed, as a message to render in either language} */
  public Message message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FieldChange that
        && member.equals(that.member)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return member.hashCode() * 31 + message.hashCode();
  }

  @Override
  public String toString() {
    return member + ": " + message;
  }
}
