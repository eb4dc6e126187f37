package org.electionatlas.text;

/** What kind of fix a {@link Change} made. */
public enum ChangeKind {
  /**
   * A letter and its combining marks composed by Unicode NFC: alef and madda above (U+0627 U+0653)
   * become {@code آ} (U+0622).
   */
  COMPOSED,
  /** An Arabic presentation form (U+FB50 to U+FDFF, U+FE70 to U+FEFC) replaced by its letters. */
  PRESENTATION_FORM,
  /** Arabic yeh (U+064A) or alef maksura (U+0649) replaced by Persian yeh (U+06CC). */
  ARABIC_YEH,
  /** Arabic kaf (U+0643) replaced by Persian kaf (U+06A9). */
  ARABIC_KAF,
  /**
   * Heh goal (U+06C1), heh doachashmee (U+06BE) or ae (U+06D5) replaced by heh (U+0647), or swash
   * kaf (U+06AA) by Persian kaf (U+06A9).
   */
  LETTER_VARIANT,
  /** Digits converted to the chosen {@link DigitStyle}. */
  DIGIT,
  /** Kashida (tatweel, U+0640), a stretching stroke with no meaning, removed. */
  KASHIDA,
  /** Arabic diacritics (harakat U+064B to U+0652 and marks U+0656 to U+065F) removed. */
  DIACRITIC,
  /**
   * Zero width non-joiner (U+200C) inserted for an affix, freed of spaces and repeats, or, when
   * stray next to a real space, removed.
   */
  ZWNJ,
  /** Whitespace collapsed to one space, or removed at the ends of the text or of a line. */
  WHITESPACE
}
