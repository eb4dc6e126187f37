package org.electionatlas.text;

import java.util.Objects;

/**
 * Normalizes Persian text, the one entry point of this package. Two strings that a reader sees as
 * the same Persian name often differ in their characters; normalizing both makes them equal. The
 * fixes, each reported as a {@link Change} of a {@link ChangeKind}:
 *
 * <ul>
 *   <li>First, Unicode NFC: a letter and the combining marks after it become the one character they
 *       show, so alef and madda above (U+0627 U+0653) become {@code آ} and alef and hamza above
 *       {@code أ}.
 *   <li>Arabic yeh (U+064A) and alef maksura (U+0649) become Persian yeh (U+06CC), and Arabic kaf
 *       (U+0643) becomes Persian kaf (U+06A9).
 *   <li>The heh and kaf other keyboards type, as hazm maps them: heh goal (U+06C1), heh doachashmee
 *       (U+06BE) and ae (U+06D5) become heh (U+0647), swash kaf (U+06AA) becomes Persian kaf.
 *       Kurdish, Urdu and Baluchi letters with sounds of their own ({@code ڕ}, {@code ۆ}, {@code
 *       ێ}...) stay: they belong to names.
 *   <li>Arabic presentation forms (U+FB50 to U+FDFF, U+FE70 to U+FEFC) become the letters they
 *       show: {@code ﻛﺘﺎﺏ} becomes {@code کتاب}, {@code ﻻ} becomes {@code لا}; the phrase ligatures
 *       ﷺ, ﷻ and ﷽ stay.
 *   <li>Digits, Persian, Arabic-Indic or Latin, become the {@link DigitStyle} of the options
 *       (Persian by default), except in a token that holds a Latin letter, such as a URL, an e-mail
 *       address or an id: {@code info2@example.ir} keeps its digits.
 *   <li>Kashida (U+0640) and stray diacritics (U+064B to U+0652, U+0656 to U+065F) are removed. The
 *       hamza and madda marks (U+0653 to U+0655) and the superscript alef (U+0670) stay, as Persian
 *       spelling uses them.
 *   <li>A zero width non-joiner (ZWNJ, U+200C) replaces the space after the verb prefixes {@code
 *       می} and {@code نمی} ({@code می شود} becomes {@code می‌شود}) and before the suffixes {@code
 *       ها}, {@code های}, {@code هایی}, {@code تر} and {@code ترین} ({@code کتاب ها} becomes {@code
 *       کتاب‌ها}), but only when the affix is a whole word of its own next to a Persian word of two
 *       letters or more. After {@code می}, a few words that cannot be verbs ({@code را}, {@code
 *       از}, {@code به}...) keep the space, since {@code می} alone is also the noun "wine". The
 *       rule cannot tell {@code تر} "wet" from the suffix, and a prefix written with no separator
 *       at all ({@code میشود}, as in the source article) is left alone: splitting it would need a
 *       dictionary.
 *   <li>{@code می} after {@code ماه} ("month") or a number is the month May, not the prefix ({@code
 *       ماه می سال جاری}), and a suffix is not joined to another suffix ({@code ها ها ها}).
 *   <li>Repeated ZWNJs collapse to one. A ZWNJ next to a real space is stray and the space stays,
 *       keeping the words apart ({@code سلام ‌دنیا} becomes {@code سلام دنیا}), unless an affix
 *       stands there ({@code کتاب ‌ها} becomes {@code کتاب‌ها}).
 *   <li>Runs of spaces and tabs (and other Unicode spaces) collapse to one space; whitespace at the
 *       start and end of the text, and spaces or ZWNJs next to a line break, are removed. Line
 *       breaks inside the text are kept.
 * </ul>
 *
 * <p>Normalizing is idempotent: normalizing a normalized text with the same options changes
 * nothing. Arabic (not Persian) text is not a goal: its yeh and kaf would be changed too.
 *
 * <p>This class is immutable and thread-safe: it holds only static methods.
 */
public final class PersianText {

  private PersianText() {}

  /**
   * Normalizes text with the {@link NormalizationOptions#defaults() default options}.
   *
   * @param text the text to normalize, not null
   * @return the normalized text and the changes that made it, not null
   */
  public static Normalization normalize(String text) {
    return normalize(text, NormalizationOptions.defaults());
  }

  /**
   * Normalizes text.
   *
   * @param text the text to normalize, not null
   * @param options how to normalize, not null
   * @return the normalized text and the changes that made it, not null
   */
  public static Normalization normalize(String text, NormalizationOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    return Normalizer.normalize(text, options);
  }

  /**
   * Tells whether normalizing text with the default options would make a change of this kind; the
   * same as asking {@link #normalize(String)}'s changes, without building them or the text.
   *
   * @param text the text to check, not null
   * @param kind the kind of change asked about, not null
   * @return true if normalizing the text makes at least one change of that kind
   */
  public static boolean changes(String text, ChangeKind kind) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    return Normalizer.changes(text, NormalizationOptions.defaults(), kind);
  }

  /**
   * Tells whether normalizing text with the default options would change nothing. Cheaper than
   * {@link #normalize(String)}: it builds neither the normalized text nor the list of changes.
   *
   * @param text the text to check, not null
   * @return true if the text is already normalized
   */
  public static boolean isNormalized(String text) {
    return isNormalized(text, NormalizationOptions.defaults());
  }

  /**
   * Tells whether normalizing text with the given options would change nothing.
   *
   * @param text the text to check, not null
   * @param options how to normalize, not null
   * @return true if the text is already normalized
   */
  public static boolean isNormalized(String text, NormalizationOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    return Normalizer.isNormalized(text, options);
  }
}
