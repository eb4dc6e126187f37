package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.electionatlas.message.Message;
import org.electionatlas.model.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * One entity that was added, removed or changed between two atlases: its kind, where it stood in
 * each (index and id), how it was matched, a message that says what happened to it as a whole, and
 * for a changed one, each {@link FieldChange}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EntityChange {

  private final EntityKind kind;
  private final ChangeType type;
  private final int beforeIndex;
  private final int afterIndex;
  private final @Nullable String beforeId;
  private final @Nullable String afterId;
  private final @Nullable MatchKind match;
  private final Message message;
  private final List<FieldChange> fields;

  private EntityChange(
      EntityKind kind,
      ChangeType type,
      int beforeIndex,
      int afterIndex,
      @Nullable String beforeId,
      @Nullable String afterId,
      @Nullable MatchKind match,
      Message message,
      List<FieldChange> fields) {
    this.kind = kind;
    this.type = type;
    this.beforeIndex = beforeIndex;
    this.afterIndex = afterIndex;
    this.beforeId = beforeId;
    this.afterId = afterId;
    this.match = match;
    this.message = message;
    this.fields = List.copyOf(fields);
  }

  /**
   * An entity of the newer atlas only.
   *
   * @param kind what the entity is, not null
   * @param afterIndex its position in the newer atlas, from 0
   * @param afterId its id, not null
   * @param message what happened, in words, not null
   * @return the change
   */
  public static EntityChange added(
      EntityKind kind, int afterIndex, String afterId, Message message) {
    return new EntityChange(
        requireNonNull(kind, "kind"),
        ChangeType.ADDED,
        -1,
        afterIndex,
        null,
        requireNonNull(afterId, "afterId"),
        null,
        requireNonNull(message, "message"),
        List.of());
  }

  /**
   * An entity of the older atlas only.
   *
   * @param kind what the entity is, not null
   * @param beforeIndex its position in the older atlas, from 0
   * @param beforeId its id, not null
   * @param message what happened, in words, not null
   * @return the change
   */
  public static EntityChange removed(
      EntityKind kind, int beforeIndex, String beforeId, Message message) {
    return new EntityChange(
        requireNonNull(kind, "kind"),
        ChangeType.REMOVED,
        beforeIndex,
        -1,
        requireNonNull(beforeId, "beforeId"),
        null,
        null,
        requireNonNull(message, "message"),
        List.of());
  }

  /**
   * An entity of both atlases whose fields (and maybe id) changed.
   *
   * @param kind what the entity is, not null
   * @param beforeIndex its position in the older atlas, from 0
   * @param beforeId its id there, not null
   * @param afterIndex its position in the newer atlas, from 0
   * @param afterId its id there, not null
   * @param match how the two were found to be one, not null
   * @param message what happened to it as a whole, not null
   * @param fields each field that changed, in the order of the format, not null
   * @return the change, {@link ChangeType#RENAMED} when the ids differ
   */
  public static EntityChange changed(
      EntityKind kind,
      int beforeIndex,
      String beforeId,
      int afterIndex,
      String afterId,
      MatchKind match,
      Message message,
      List<FieldChange> fields) {
    return new EntityChange(
        requireNonNull(kind, "kind"),
        beforeId.equals(afterId) ? ChangeType.CHANGED : ChangeType.RENAMED,
        beforeIndex,
        afterIndex,
        beforeId,
        afterId,
        requireNonNull(match, "match"),
        requireNonNull(message, "message"),
        fields);
  }

  /** {@return what the entity is} */
  public EntityKind kind() {
    return kind;
  }

  /** {@return what happened to it} */
  public ChangeType type() {
    return type;
  }

  /** {@return its position in the older atlas; empty if it was added} */
  public OptionalInt beforeIndex() {
    return beforeIndex < 0 ? OptionalInt.empty() : OptionalInt.of(beforeIndex);
  }

  /** {@return its position in the newer atlas; empty if it was removed} */
  public OptionalInt afterIndex() {
    return afterIndex < 0 ? OptionalInt.empty() : OptionalInt.of(afterIndex);
  }

  /** {@return its id in the older atlas; empty if it was added} */
  public Optional<String> beforeId() {
    return Optional.ofNullable(beforeId);
  }

  /** {@return its id in the newer atlas; empty if it was removed} */
  public Optional<String> afterId() {
    return Optional.ofNullable(afterId);
  }

  /** {@return its id: the newer one, or the older one if it was removed} */
  public String id() {
    return afterId != null ? afterId : Objects.requireNonNull(beforeId);
  }

  /** {@return how the two versions were found to be one; empty if it was added or removed} */
  public Optional<MatchKind> match() {
    return Optional.ofNullable(match);
  }

  /**
   * {@return the JSON pointer of the entity in the older atlas, such as {@code /pollingStations/3};
   * empty if it was added}
   */
  public Optional<String> beforePointer() {
    return beforeIndex < 0 ? Optional.empty() : Optional.of(kind.pointer(beforeIndex));
  }

  /** {@return the JSON pointer of the entity in the newer atlas; empty if it was removed} */
  public Optional<String> afterPointer() {
    return afterIndex < 0 ? Optional.empty() : Optional.of(kind.pointer(afterIndex));
  }

  /** {@return what happened to the entity as a whole, in words} */
  public Message message() {
    return message;
  }

  /** {@return each field that changed, in the order of the format; empty if added or removed} */
  public List<FieldChange> fields() {
    return fields;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EntityChange that
        && kind == that.kind
        && type == that.type
        && beforeIndex == that.beforeIndex
        && afterIndex == that.afterIndex
        && Objects.equals(beforeId, that.beforeId)
        && Objects.equals(afterId, that.afterId)
        && match == that.match
        && message.equals(that.message)
        && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, type, beforeIndex, afterIndex, beforeId, afterId, match, fields);
  }

  @Override
  public String toString() {
    return type + " " + message + (fields.isEmpty() ? "" : " " + fields);
  }
}
