package org.electionatlas.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One fix {@link PersianText} made: the {@link #original()} text found at {@link #offset()} of the
 * text given to it was replaced by {@link #replacement()}, for the reason {@link #kind()} names.
 *
 * <p>Offsets count UTF-16 code units ({@code char}s) in the original text, as {@link
 * String#substring(int, int)} does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change {

  private final ChangeKind kind;
  private final int offset;
  private final String original;
  private final String replacement;

  private Change(ChangeKind kind, int offset, String original, String replacement) {
    this.kind = kind;
    this.offset = offset;
    this.original = original;
    this.replacement = replacement;
  }

  /**
   * A change; the original must be non-empty and differ from the replacement.
   *
   * @throws IllegalArgumentException if the change would change nothing or has a negative offset
   */
  static Change of(ChangeKind kind, int offset, String original, String replacement) {
    Objects.requireNonNull(kind, "kind");
    checkArgument(offset >= 0, "offset %s is negative", offset);
    checkArgument(!original.isEmpty(), "a change replaces at least one character");
    checkArgument(!original.equals(replacement), "a change must change something");
    return new Change(kind, offset, original, replacement);
  }

  /**
   * What kind of fix this is.
   *
   * @return the kind, not null
   */
  public ChangeKind kind() {
    return kind;
  }

  /**
   * Where the replaced text starts in the original text, in UTF-16 code units.
   *
   * @return the offset, zero or more
   */
  public int offset() {
    return offset;
  }

  /**
   * Where the replaced text ends in the original text, exclusive: {@code offset() +
   * original().length()}.
   *
   * @return the end offset, greater than {@link #offset()}
   */
  public int end() {
    return offset + original.length();
  }

  /**
   * The text that was replaced, exactly as it was in the original.
   *
   * @return the replaced text, never empty
   */
  public String original() {
    return original;
  }

  /**
   * The text put in its place; empty when the original was removed.
   *
   * @return the replacement, not null, different from {@link #original()}
   */
  public String replacement() {
    return replacement;
  }

  /**
   * Tells whether another object is a change of the same kind, offset, original and replacement.
   *
   * @param other the object to compare with, may be null
   * @return true if the other object is an equal change
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Change)) {
      return false;
    }
    Change that = (Change) other;
    return kind == that.kind
        && offset == that.offset
        && original.equals(that.original)
        && replacement.equals(that.replacement);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, offset, original, replacement);
  }

  /**
   * Describes the change with invisible characters written as escapes, for example <code>
   * ZWNJ at 4: " " -&gt; "&#92;u200C"</code>.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return kind + " at " + offset + ": " + visible(original) + " -> " + visible(replacement);
  }

  private static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Joiners, tabs, no-break spaces and lone marks print as nothing; show their code instead.
      boolean plain =
          c == ' '
              || (!Character.isWhitespace(c)
                  && !Character.isSpaceChar(c)
                  && Character.getType(c) != Character.FORMAT
                  && Character.getType(c) != Character.NON_SPACING_MARK
                  && Character.getType(c) != Character.CONTROL);
      shown.append(plain ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
    return shown.append('"').toString();
  }
}
