package org.electionatlas.validation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a date of years 1300 to 1500 as the Jalali (Solar Hijri) date it most likely is, to show
 * the Gregorian date a clerk meant when a Jalali date was typed into a Gregorian field.
 *
 * <p>Leap years follow the 33-year rule {@code (25 * y + 11) mod 33 < 8}, which matches the
 * official calendar over these years; the count starts from 1 Farvardin 1300 = 1921-03-21. This
 * small reading serves messages only; the full calendar lives in {@code
 * org.electionatlas.calendar}, and this class should give way to it once that is in core.
 */
final class JalaliGuess {

  static final int FIRST_YEAR = 1300;
  static final int LAST_YEAR = 1500;
  private static final LocalDate FARVARDIN_1_1300 = LocalDate.of(1921, 3, 21);

  private JalaliGuess() {}

  /**
   * The Gregorian date of the Jalali year, month and day, when the year is in 1300–1500 and the
   * month and day exist in it.
   */
  static Optional<LocalDate> toGregorian(int year, int month, int day) {
    if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) {
      return Optional.empty();
    }
    int monthLength = month <= 6 ? 31 : month <= 11 ? 30 : isLeap(year) ? 30 : 29;
    if (day > monthLength) {
      return Optional.empty();
    }
    long days = 0;
    for (int y = FIRST_YEAR; y < year; y++) {
      days += isLeap(y) ? 366 : 365;
    }
    days += month <= 6 ? (month - 1) * 31L : 186 + (month - 7) * 30L;
    days += day - 1;
    return Optional.of(FARVARDIN_1_1300.plusDays(days));
  }

  static boolean isLeap(int year) {
    return Math.floorMod(25 * year + 11, 33) < 8;
  }
}
