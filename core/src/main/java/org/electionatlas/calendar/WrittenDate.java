package org.electionatlas.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import org.electionatlas.text.Folding;
import org.jspecify.annotations.Nullable;

/**
 * A day as a person wrote it, in either calendar: {@code 2023-07-11}, {@code 1402/4/20}, {@code
 * ۱۴۰۲-۰۴-۲۰} or {@code سه‌شنبه ۲۰ تیر ۱۴۰۲}, with the calendar it was written in. One rule decides
 * the calendar, whatever the digits:
 *
 * <ul>
 *   <li>text with a Persian month name is Jalali;
 *   <li>a numeric date ({@code yyyy-M-d} or {@code yyyy/M/d}) is Jalali when its year is below
 *       {@value #FIRST_GREGORIAN_YEAR}, and Gregorian from that year on.
 * </ul>
 *
 * <p>The supported Jalali years (1300 to 1500 AP) and the Gregorian years they cover (1921 to 2122)
 * lie far on either side of {@value #FIRST_GREGORIAN_YEAR}, so no supported day is read in the
 * wrong calendar, and a year between the two ranges (1501 to 1920) is refused as outside the range
 * of the calendar the rule gives it, never passed through unconverted. Both calendars read the same
 * numeric forms, in Latin, Persian or Arabic-Indic digits, with the leniency of {@link
 * JalaliFormat}; an impossible day says why ({@code 2024-02-30 is not a date: February 2024 has 29
 * days}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WrittenDate {

  /** The first year a numeric date is read as Gregorian. */
  public static final int FIRST_GREGORIAN_YEAR = 1800;

  private final LocalDate date;
  private final boolean jalali;

  private WrittenDate(LocalDate date, boolean jalali) {
    this.date = date;
    this.jalali = jalali;
  }

  /**
   * Parses a day written in either calendar, by the rule of the class description.
   *
   * @param text the text to parse, not null
   * @return the day and its calendar, not null
   * @throws DateTimeParseException if the text is not a date in either calendar, has a time of day,
   *     names a day that does not exist, or is outside the supported range; the message says which
   */
  public static WrittenDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String folded = Folding.DATE.apply(text);
    Matcher numeric = JalaliFormat.NUMERIC.matcher(folded);
    if (numeric.matches() && Integer.parseInt(numeric.group(1)) >= FIRST_GREGORIAN_YEAR) {
      if (numeric.group(5) != null) {
        throw JalaliFormat.hasTime(text);
      }
      if (folded
          .codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
        throw new DateTimeParseException(
            "Text '" + text + "' could not be parsed: a Gregorian date cannot carry the Jalali era",
            text,
            0);
      }
      return new WrittenDate(
          gregorian(
              text,
              Integer.parseInt(numeric.group(1)),
              Integer.parseInt(numeric.group(3)),
              Integer.parseInt(numeric.group(4))),
          false);
    }
    if (!numeric.matches()
        && folded
            .codePoints()
            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
      throw new DateTimeParseException(
          "Text '"
              + text
              + "' could not be parsed: expected a date such as 2023-07-11 (Gregorian),"
              + " 1402-04-20 or ۲۰ تیر ۱۴۰۲ (Jalali)",
          text,
          0);
    }
    return new WrittenDate(JalaliFormat.parse(text).toLocalDate(), true);
  }

  private static LocalDate gregorian(CharSequence text, int year, int month, int day) {
    @Nullable String reason = null;
    if (month < 1 || month > 12) {
      reason = "the month must be from 1 to 12";
    } else if (day < 1) {
      reason = "the day of the month must be at least 1";
    } else {
      YearMonth yearMonth = YearMonth.of(year, month);
      if (day > yearMonth.lengthOfMonth()) {
        reason =
            Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + year
                + " has "
                + yearMonth.lengthOfMonth()
                + " days"
                + (month == 2
                    ? (yearMonth.isLeapYear()
                        ? " (" + year + " is a leap year)"
                        : " (" + year + " is not a leap year)")
                    : "");
      }
    }
    if (reason != null) {
      throw new DateTimeParseException(
          "Text '"
              + text
              + "' could not be parsed: "
              + String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
              + " is not a date: "
              + reason,
          text,
          0);
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * The day, in the ISO calendar.
   *
   * @return the day, not null
   */
  public LocalDate toLocalDate() {
    return date;
  }

  /**
   * The day in the Jalali calendar.
   *
   * @return the Jalali date, not null
   * @throws DateTimeException if a Gregorian day is outside the supported Jalali range
   */
  public JalaliDate toJalaliDate() {
    return JalaliDate.from(date);
  }

  /**
   * Whether the text was written in the Jalali calendar.
   *
   * @return true for Jalali text, false for Gregorian
   */
  public boolean isJalali() {
    return jalali;
  }

  /**
   * Compares with another written date: equal when the day and the calendar are the same.
   *
   * @param other the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WrittenDate
        && ((WrittenDate) other).date.equals(date)
        && ((WrittenDate) other).jalali == jalali;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(date, jalali);
  }

  /**
   * Describes the day and its calendar, for example {@code 2023-07-11 (written Jalali)}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return date + (jalali ? " (written Jalali)" : " (written Gregorian)");
  }
}
