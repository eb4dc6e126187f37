package org.electionatlas.calendar;

import java.time.DateTimeException;
import java.time.chrono.Era;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The era of the Jalali calendar. Only years of the Persian era (AP, Anno Persico, in Persian
 * "ه‍.ش.") are supported, so there is a single constant.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum JalaliEra implements Era {
  /** Anno Persico, the era counted from the Hijra of 622 CE; numeric value 1. */
  AP;

  // Heh, zero width joiner, full stop, sheen, full stop: the joiner keeps the heh in its medial
  // form.
  private static final String PERSIAN_NAME = "\u0647\u200D.\u0634.";

  /**
   * Returns the era with the given numeric value.
   *
   * @param era the numeric value of the era; only 1 is valid
   * @return the era, not null
   * @throws DateTimeException if the value is not 1
   */
  public static JalaliEra of(int era) {
    if (era != 1) {
      throw new DateTimeException("Invalid Jalali era: " + era + " (the only era is AP, value 1)");
    }
    return AP;
  }

  /**
   * Returns the numeric value of the era, which is 1 for {@link #AP}.
   *
   * @return 1
   */
  @Override
  public int getValue() {
    return 1;
  }

  /**
   * Returns the name of the era: the Persian abbreviation of hijri shamsi (as CLDR spells it) for a
   * Persian locale and "AP" for every other. The JDK's default would look the era up in the ISO
   * tables and answer "AD".
   *
   * @param style ignored: the name is short in every style, not null
   * @param locale the locale to use, not null
   * @return the name of the era, not null
   */
  @Override
  public String getDisplayName(TextStyle style, Locale locale) {
    Objects.requireNonNull(style, "style");
    return locale.getLanguage().equals("fa") ? PERSIAN_NAME : "AP";
  }
}
