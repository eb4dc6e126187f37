package org.electionatlas.text;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A combination of {@link Fold}s that turns text into a key: two spellings of the same Persian text
 * that differ only in what the folds cover get the same key. This is the project's one folding
 * module; the named constants are the keys its callers use, and {@link
 * PersianText#normalize(String)} maps letters with the same tables.
 *
 * <p>Folding is for matching, never for display: a key may lose the madda of {@code آ}, or every
 * space, which no reader would accept as the name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Folding {

  /**
   * How names are matched (settlement names, province names): NFC, presentation forms, Arabic and
   * variant letters as Persian, whitespace collapsed and trimmed.
   */
  public static final Folding NAME =
      of(
          Fold.COMPOSE,
          Fold.PRESENTATION_FORMS,
          Fold.ARABIC_LETTERS,
          Fold.LETTER_VARIANTS,
          Fold.SPACES);

  /**
   * How column headers and enum words of a CSV file are matched: as {@link #NAME}, and also without
   * hamza on alef, invisible characters, whitespace, underscores or hyphens, in lower case.
   */
  public static final Folding HEADER =
      of(
          Fold.COMPOSE,
          Fold.PRESENTATION_FORMS,
          Fold.ARABIC_LETTERS,
          Fold.LETTER_VARIANTS,
          Fold.ALEF_HAMZA,
          Fold.INVISIBLES,
          Fold.NO_SPACES,
          Fold.WORD_SEPARATORS,
          Fold.LOWER_CASE);

  /** How numbers written in any digits are read: Latin digits and Latin number signs. */
  public static final Folding NUMBER = of(Fold.LATIN_DIGITS, Fold.NUMBER_SIGNS);

  /**
   * How dates are read: as {@link #NAME}, and also Latin digits, no madda on alef (so {@code ابان}
   * is {@code آبان}), no invisible characters, lower case.
   */
  public static final Folding DATE =
      of(
          Fold.COMPOSE,
          Fold.PRESENTATION_FORMS,
          Fold.ARABIC_LETTERS,
          Fold.LETTER_VARIANTS,
          Fold.ALEF_HAMZA,
          Fold.ALEF_MADDA,
          Fold.LATIN_DIGITS,
          Fold.INVISIBLES,
          Fold.SPACES,
          Fold.LOWER_CASE);

  private static final char ZWNJ = '\u200C';

  private final Set<Fold> folds;
  // The folds as flags: a key is made for every name of every station, so the loop stays cheap.
  private final boolean compose;
  private final boolean presentationForms;
  private final boolean arabicLetters;
  private final boolean letterVariants;
  private final boolean alefHamza;
  private final boolean alefMadda;
  private final boolean latinDigits;
  private final boolean numberSigns;
  private final boolean invisibles;
  private final boolean spaces;
  private final boolean noSpaces;
  private final boolean wordSeparators;
  private final boolean lowerCase;

  private Folding(Set<Fold> folds) {
    this.folds = folds;
    this.compose = folds.contains(Fold.COMPOSE);
    this.presentationForms = folds.contains(Fold.PRESENTATION_FORMS);
    this.arabicLetters = folds.contains(Fold.ARABIC_LETTERS);
    this.letterVariants = folds.contains(Fold.LETTER_VARIANTS);
    this.alefHamza = folds.contains(Fold.ALEF_HAMZA);
    this.alefMadda = folds.contains(Fold.ALEF_MADDA);
    this.latinDigits = folds.contains(Fold.LATIN_DIGITS);
    this.numberSigns = folds.contains(Fold.NUMBER_SIGNS);
    this.invisibles = folds.contains(Fold.INVISIBLES);
    this.spaces = folds.contains(Fold.SPACES);
    this.noSpaces = folds.contains(Fold.NO_SPACES);
    this.wordSeparators = folds.contains(Fold.WORD_SEPARATORS);
    this.lowerCase = folds.contains(Fold.LOWER_CASE);
  }

  /**
   * A folding that applies the given folds.
   *
   * @param first the first fold, not null
   * @param rest the other folds, not null
   * @return the folding, not null
   */
  public static Folding of(Fold first, Fold... rest) {
    return new Folding(Sets.immutableEnumSet(EnumSet.of(first, rest)));
  }

  /**
   * Tells whether this folding applies a fold.
   *
   * @param fold the fold, not null
   * @return true if the fold is one of this folding's
   */
  public boolean has(Fold fold) {
    return folds.contains(Objects.requireNonNull(fold, "fold"));
  }

  /**
   * Folds text.
   *
   * @param text the text to fold, not null
   * @return the key, not null
   */
  public String apply(CharSequence text) {
    String source = text.toString();
    if (compose) {
      source = compose(source);
    }
    StringBuilder key = new StringBuilder(source.length());
    boolean[] pendingSpace = {false};
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (presentationForms && isPresentationForm(c)) {
        String shown = presentationForm(c);
        for (int j = 0; j < shown.length(); j++) {
          append(shown.charAt(j), key, pendingSpace);
        }
      } else {
        append(c, key, pendingSpace);
      }
    }
    return key.toString();
  }

  private void append(char original, StringBuilder key, boolean[] pendingSpace) {
    char c = original;
    if (arabicLetters) {
      c = arabicLetter(c);
    }
    if (letterVariants) {
      c = letterVariant(c);
    }
    if (alefHamza && (c == '\u0623' || c == '\u0625')) {
      c = '\u0627';
    }
    if (alefMadda && c == '\u0622') {
      c = '\u0627';
    }
    if (latinDigits) {
      c = latinDigit(c);
    }
    if (numberSigns) {
      c = numberSign(c);
    }
    if (invisibles && isInvisible(c)) {
      return;
    }
    if (wordSeparators && (c == '_' || c == '-')) {
      return;
    }
    if (isWhitespace(c)) {
      if (noSpaces) {
        return;
      }
      if (spaces) {
        pendingSpace[0] = key.length() > 0;
        return;
      }
    }
    if (pendingSpace[0]) {
      key.append(' ');
      pendingSpace[0] = false;
    }
    key.append(lowerCase ? Character.toLowerCase(c) : c);
  }

  /** The text in Unicode normalization form C. */
  static String compose(String text) {
    return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)
        ? text
        : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  /** Arabic yeh and alef maksura as Persian yeh, Arabic kaf as Persian kaf; else the character. */
  static char arabicLetter(char c) {
    switch (c) {
      case '\u064A':
      case '\u0649':
        return '\u06CC';
      case '\u0643':
        return '\u06A9';
      default:
        return c;
    }
  }

  /** Heh goal, heh doachashmee and ae as heh, swash kaf as keheh; else the character. */
  static char letterVariant(char c) {
    switch (c) {
      case '\u06C1':
      case '\u06BE':
      case '\u06D5':
        return '\u0647';
      case '\u06AA':
        return '\u06A9';
      default:
        return c;
    }
  }

  /**
   * {@return the text with each Latin digit written as the Persian digit of the same value; every
   * other character as it is}
   *
   * @param text the text, not null
   */
  public static String persianDigits(CharSequence text) {
    StringBuilder persian = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      persian.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
    }
    return persian.toString();
  }

  /** A Persian or Arabic-Indic digit as a Latin one; else the character. */
  static char latinDigit(char c) {
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    return c;
  }

  private static char numberSign(char c) {
    switch (c) {
      case '\u066B':
        return '.';
      case '\u066C':
        return ',';
      case '\u2212':
        return '-';
      default:
        return c;
    }
  }

  /**
   * Whether a character is an Arabic presentation form this fold maps: U+FB50 to U+FDFF and U+FE70
   * to U+FEFC, but not the byte order mark U+FEFF, nor the phrase ligatures U+FDFA (ﷺ), U+FDFB (ﷻ)
   * and U+FDFD (﷽), which stand for whole phrases.
   */
  static boolean isPresentationForm(char c) {
    return ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC'))
        && c != '\uFDFA'
        && c != '\uFDFB'
        && c != '\uFDFD';
  }

  /**
   * The letters a presentation form shows, by its compatibility decomposition, without the space
   * that the isolated forms of diacritics carry; the character itself when it has no decomposition.
   */
  static String presentationForm(char c) {
    String shown =
        java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
    return shown.indexOf(' ') < 0 ? shown : shown.replace(" ", "");
  }

  /** Whether a character changes how text looks but not what it says. */
  static boolean isInvisible(char c) {
    return c == ZWNJ
        || c == '\u200D'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD'
        || c == '\u0640'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Tells whether text holds an Arabic-Indic digit (U+0660 to U+0669), which {@link
   * Fold#LATIN_DIGITS} folds and Persian text should not use.
   *
   * @param text the text to check, not null
   * @return true if the text holds an Arabic-Indic digit
   */
  public static boolean hasArabicIndicDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        return true;
      }
    }
    return false;
  }

  /**
   * Describes the folding by its folds, for example {@code Folding[LATIN_DIGITS, NUMBER_SIGNS]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Folding" + folds;
  }
}
