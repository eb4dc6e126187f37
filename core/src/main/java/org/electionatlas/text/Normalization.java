package org.electionatlas.text;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of normalizing a text with {@link PersianText}: the normalized {@link #text()} and
 * every {@link Change} that led to it from the {@link #original()}.
 *
 * <p>The changes are in order of offset and do not overlap, so replacing each change's original
 * text by its replacement, from first to last, turns the original into the normalized text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Normalization {

  private final String original;
  private final String text;
  private final ImmutableList<Change> changes;

  private Normalization(String original, String text, ImmutableList<Change> changes) {
    this.original = original;
    this.text = text;
    this.changes = changes;
  }

  static Normalization of(String original, String text, ImmutableList<Change> changes) {
    return new Normalization(original, text, changes);
  }

  /**
   * The text as it was given.
   *
   * @return the original text, not null
   */
  public String original() {
    return original;
  }

  /**
   * The normalized text; normalizing it again with the same options changes nothing.
   *
   * @return the normalized text, not null
   */
  public String text() {
    return text;
  }

  /**
   * The changes made, in order of offset in the original text, not overlapping; empty when the text
   * was already normalized.
   *
   * @return the changes, not null
   */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /**
   * Tells whether another object is a normalization of the same original to the same text by the
   * same changes.
   *
   * @param other the object to compare with, may be null
   * @return true if the other object is an equal normalization
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Normalization)) {
      return false;
    }
    Normalization that = (Normalization) other;
    return original.equals(that.original) && text.equals(that.text) && changes.equals(that.changes);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(original, text, changes);
  }

  /**
   * Describes the normalized text and its changes, for debugging.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Normalization{text=" + text + ", changes=" + changes + "}";
  }
}
