package org.electionatlas.text;

/**
 * One named way in which two spellings of the same Persian text differ; a {@link Folding} combines
 * several to make a key under which the spellings compare equal. Each constant says exactly which
 * characters it affects, so that every caller that matches Persian text (names, CSV headers, month
 * names, numbers) chooses its folds by name instead of writing its own table.
 */
public enum Fold {
  /**
   * Unicode canonical composition (NFC): alef + U+0653 becomes {@code آ}, alef + U+0654 {@code أ}.
   */
  COMPOSE,
  /**
   * Arabic presentation forms (U+FB50 to U+FDFF and U+FE70 to U+FEFC) become the letters they show,
   * by their Unicode compatibility decomposition: {@code ﻛﺘﺎﺏ} becomes {@code کتاب}, the ligature
   * {@code ﻻ} becomes {@code لا}. The phrase ligatures U+FDFA, U+FDFB and U+FDFD are kept: each
   * stands for a whole phrase, not for letters.
   */
  PRESENTATION_FORMS,
  /**
   * Arabic yeh (U+064A) and alef maksura (U+0649) become Persian yeh (U+06CC), Arabic kaf (U+0643)
   * becomes Persian kaf (keheh, U+06A9).
   */
  ARABIC_LETTERS,
  /**
   * The heh and kaf of neighbouring scripts' keyboards become the Persian ones, as hazm maps them:
   * heh goal (U+06C1), heh doachashmee (U+06BE) and ae (U+06D5) become heh (U+0647), swash kaf
   * (U+06AA) becomes keheh (U+06A9).
   */
  LETTER_VARIANTS,
  /**
   * Alef with hamza above or below ({@code أ}, {@code إ}) becomes alef: {@code رأی} as {@code رای}.
   */
  ALEF_HAMZA,
  /** Alef with madda ({@code آ}) becomes alef, as many write it: {@code آبان} as {@code ابان}. */
  ALEF_MADDA,
  /** Persian (U+06F0 to U+06F9) and Arabic-Indic (U+0660 to U+0669) digits become Latin digits. */
  LATIN_DIGITS,
  /**
   * The Arabic decimal separator (U+066B) becomes {@code .}, the Arabic thousands separator
   * (U+066C) {@code ,} and the minus sign (U+2212) {@code -}.
   */
  NUMBER_SIGNS,
  /**
   * Characters that change how text looks but not what it says are removed: zero width non-joiner
   * and joiner, direction marks and embeddings, zero width space, word joiner, byte order mark,
   * soft hyphen and kashida.
   */
  INVISIBLES,
  /** Runs of whitespace become one space, and whitespace at either end is removed. */
  SPACES,
  /** All whitespace is removed. */
  NO_SPACES,
  /**
   * Underscores and hyphens are removed, so that {@code voting_method} matches {@code
   * votingMethod}.
   */
  WORD_SEPARATORS,
  /** Letters become lower case (locale-independent). */
  LOWER_CASE
}
