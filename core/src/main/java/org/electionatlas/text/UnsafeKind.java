package org.electionatlas.text;

/** Why {@link TextSafety} finds a character, or a whole text, unsafe to show. */
public enum UnsafeKind {
  /**
   * A bidirectional control (U+202A to U+202E, U+2066 to U+2069) or mark (U+200E, U+200F, U+061C):
   * it reorders what is shown, so that text reads differently from what it holds.
   */
  BIDI_CONTROL,
  /**
   * An invisible character with no place in a name or an address: zero width space, byte order
   * mark, word joiner, soft hyphen, invisible operators, fillers, or a zero width non-joiner or
   * joiner that does not stand between two letters.
   */
  INVISIBLE,
  /** A C0 or C1 control character other than tab and line breaks, or delete (U+007F). */
  CONTROL,
  /** A noncharacter (U+FDD0 to U+FDEF, and the last two code points of every plane). */
  NONCHARACTER,
  /** Half of a surrogate pair without its other half: not a character at all. */
  LONE_SURROGATE,
  /** The text shows nothing: it is empty, or holds only spaces and invisible characters. */
  DISPLAYS_AS_NOTHING
}
