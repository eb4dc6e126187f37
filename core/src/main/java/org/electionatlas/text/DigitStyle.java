package org.electionatlas.text;

/**
 * The digits normalized text uses. Persian text may carry three sets of digits that look alike to a
 * reader but compare unequal: Persian (U+06F0 to U+06F9), Arabic-Indic (U+0660 to U+0669) and Latin
 * (0 to 9).
 */
public enum DigitStyle {
  /**
   * Every digit becomes Persian, {@code ۰} to {@code ۹}: the form for Persian names and text. A
   * token with a Latin letter in it (a URL, an e-mail address, an id) keeps its digits.
   */
  PERSIAN,
  /** Every digit becomes Latin, {@code 0} to {@code 9}: the form for codes and machine input. */
  LATIN,
  /** Digits stay as they are. */
  KEEP
}
