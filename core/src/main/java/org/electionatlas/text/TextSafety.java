package org.electionatlas.text;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the characters that make a text display differently from what it holds: bidirectional
 * controls that reorder it, invisible and control characters, noncharacters and lone surrogates,
 * and texts that show nothing at all. A station list with a right-to-left override in a name, or a
 * name that is one zero width space, looks right on screen and is wrong in data.
 *
 * <p>The zero width non-joiner (U+200C) is part of Persian spelling ({@code کتاب‌ها}) and is found
 * only where it cannot belong: not between two letters. The zero width joiner is treated the same
 * way, as it legitimately holds a letter in its joining form ({@code ه‍.ش.}) or joins an emoji
 * sequence.
 *
 * <p>This is detection only: it never changes the text. {@link Finding#fix()} says what to do, and
 * {@link #withoutUnsafeCharacters(String)} gives the text without the characters found.
 *
 * <p>This class is immutable and thread-safe: it holds only static methods.
 */
public final class TextSafety {

  private TextSafety() {}

  /**
   * Tells whether a text is safe to show: none of its characters is unsafe and it shows something.
   *
   * @param text the text to check, not null
   * @return true if {@link #check(String)} finds nothing
   */
  public static boolean isSafe(String text) {
    return check(text).isEmpty();
  }

  /**
   * Finds every unsafe character of a text, in order, then whether the text displays as nothing.
   *
   * @param text the text to check, not null
   * @return the findings, empty when the text is safe, not null
   */
  public static ImmutableList<Finding> check(String text) {
    Objects.requireNonNull(text, "text");
    return TextTraits.of(text).mayBeUnsafe() ? everyCharacter(text) : ImmutableList.of();
  }

  /** {@link #check} without its shortcut for plainly safe text: each code point looked at. */
  static ImmutableList<Finding> everyCharacter(String text) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    boolean visible = false;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int width = Character.charCount(codePoint);
      UnsafeKind kind = kindOf(text, i, codePoint);
      if (kind != null) {
        findings.add(new Finding(kind, i, codePoint, ""));
      } else if (!showsNothing(codePoint)) {
        visible = true;
      }
      i += width;
    }
    if (!visible) {
      // One finding for the whole text: its invisible characters are the symptom, not the fix.
      return ImmutableList.of(new Finding(UnsafeKind.DISPLAYS_AS_NOTHING, 0, -1, held(text)));
    }
    return findings.build();
  }

  /**
   * The text without the unsafe characters {@link #check(String)} finds: the fix for all but a text
   * that shows nothing, which needs a real name.
   *
   * @param text the text, not null
   * @return the text without its unsafe characters, not null
   */
  public static String withoutUnsafeCharacters(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (kindOf(text, i, codePoint) == null) {
        kept.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return kept.toString();
  }

  private static @Nullable UnsafeKind kindOf(String text, int index, int c) {
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return UnsafeKind.BIDI_CONTROL;
    }
    if (c == 0x200E || c == 0x200F || c == 0x061C) {
      return UnsafeKind.BIDI_CONTROL;
    }
    if (c == 0x200C || c == 0x200D) {
      return betweenLetters(text, index) ? null : UnsafeKind.INVISIBLE;
    }
    if (c == 0x200B
        || c == 0xFEFF
        || c == 0x00AD
        || c == 0x034F
        || c == 0x180E
        || (c >= 0x2060 && c <= 0x2064)
        || c == 0x115F
        || c == 0x1160
        || c == 0x3164
        || c == 0xFFA0
        || (c >= 0xFFF9 && c <= 0xFFFB)) {
      return UnsafeKind.INVISIBLE;
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0x7F
        || (c >= 0x80 && c <= 0x9F && c != 0x85)) {
      return UnsafeKind.CONTROL;
    }
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
      return UnsafeKind.NONCHARACTER;
    }
    if (Character.isSurrogate((char) c) && c <= Character.MAX_VALUE) {
      return UnsafeKind.LONE_SURROGATE;
    }
    return null;
  }

  /**
   * Whether the joiner at {@code index} stands after a letter, mark or symbol and before something
   * visible: the only places where it changes how the text is drawn.
   */
  static boolean betweenLetters(String text, int index) {
    if (index == 0 || index + 1 >= text.length()) {
      return false;
    }
    char before = text.charAt(index - 1);
    char after = text.charAt(index + 1);
    if (before < TABLED && after < TABLED) {
      return joinsAroundTabled(before, after);
    }
    return joinsAround(text.codePointBefore(index), text.codePointAt(index + 1));
  }

  /** Whether a joiner between these two code points stands between letters, by their properties. */
  static boolean joinsAround(int before, int after) {
    return joins(before) && !Character.isWhitespace(after) && !showsNothing(after);
  }

  /**
   * {@link #joinsAround} for two characters below {@link #TABLED}, where the joiners of Persian
   * names stand (between Arabic-block letters), from two tables rather than Unicode lookups.
   */
  static boolean joinsAroundTabled(char before, char after) {
    return JOINS[before] && SHOWS[after];
  }

  /** The end of the two tables: ASCII, Latin-1 and the rest below the Arabic block, and it. */
  static final char TABLED = 0x0700;

  private static final boolean[] JOINS = new boolean[TABLED];
  private static final boolean[] SHOWS = new boolean[TABLED];

  static {
    for (char c = 0; c < TABLED; c++) {
      JOINS[c] = joins(c);
      SHOWS[c] = !Character.isWhitespace(c) && !showsNothing(c);
    }
  }

  private static boolean joins(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.OTHER_SYMBOL;
  }

  /** Whether a safe character draws nothing: a space, a line break, a format character, a mark. */
  private static boolean showsNothing(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.CONTROL;
  }

  /** The code points of a text, escaped: {@code U+200B U+0020}; at most eight, then an ellipsis. */
  private static String held(String text) {
    StringBuilder held = new StringBuilder();
    int[] codePoints = text.codePoints().toArray();
    for (int k = 0; k < Math.min(8, codePoints.length); k++) {
      held.append(k == 0 ? "" : " ").append(escaped(codePoints[k]));
    }
    return codePoints.length > 8 ? held + " …" : held.toString();
  }

  /** Formats a code point as {@code U+202E}. */
  static String escaped(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /**
   * One unsafe character of a text, or the whole text when it displays as nothing.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Finding {
    private final UnsafeKind kind;
    private final int offset;
    private final int codePoint;
    // For a text that displays as nothing, the code points it holds, escaped; else empty.
    private final String held;

    Finding(UnsafeKind kind, int offset, int codePoint, String held) {
      this.kind = kind;
      this.offset = offset;
      this.codePoint = codePoint;
      this.held = held;
    }

    /**
     * What is unsafe.
     *
     * @return the kind, not null
     */
    public UnsafeKind kind() {
      return kind;
    }

    /**
     * For a text that displays as nothing, the code points it holds, escaped ({@code U+200B}); else
     * empty.
     *
     * @return the escaped code points, not null
     */
    public String held() {
      return held;
    }

    /**
     * Where the character is, in UTF-16 units from the start of the text; 0 for a text that
     * displays as nothing.
     *
     * @return the offset
     */
    public int offset() {
      return offset;
    }

    /**
     * The character as a code point, or -1 for a text that displays as nothing.
     *
     * @return the code point
     */
    public int codePoint() {
      return codePoint;
    }

    /**
     * Describes the finding with the character escaped, never printed: {@code U+202E RIGHT-TO-LEFT
     * OVERRIDE (a bidirectional control) at character 3}.
     *
     * @return the description, not null
     */
    public String describe() {
      if (kind == UnsafeKind.DISPLAYS_AS_NOTHING) {
        return held.isEmpty()
            ? "shows nothing: it is empty"
            : "shows nothing: it holds only " + held + ", spaces or invisible characters";
      }
      String name = Character.getName(codePoint);
      return escaped(codePoint)
          + (name == null ? "" : " " + name)
          + " ("
          + noun()
          + ") at character "
          + offset;
    }

    private String noun() {
      switch (kind) {
        case BIDI_CONTROL:
          return "a bidirectional control, which reorders what is shown";
        case INVISIBLE:
          return codePoint == 0x200C || codePoint == 0x200D
              ? "a joiner that stands between no two letters"
              : "an invisible character";
        case CONTROL:
          return "a control character";
        case NONCHARACTER:
          return "a noncharacter";
        default:
          return "half of a surrogate pair";
      }
    }

    /**
     * What to do about it.
     *
     * @return the fix, not null
     */
    public String fix() {
      return kind == UnsafeKind.DISPLAYS_AS_NOTHING
          ? "write a name that can be read"
          : "remove " + escaped(codePoint);
    }

    /**
     * Equal when the other finding is of the same kind, at the same offset, of the same character.
     *
     * @param other the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Finding)) {
        return false;
      }
      Finding that = (Finding) other;
      return kind == that.kind && offset == that.offset && codePoint == that.codePoint;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(kind, offset, codePoint);
    }

    /**
     * The description, as {@link #describe()}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return kind + ": " + describe();
    }
  }
}
