package org.electionatlas.calendar;

import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.AbstractChronology;
import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.ChronoZonedDateTime;
import java.time.chrono.Era;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.ValueRange;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Jalali (Solar Hijri) calendar system, the official calendar of Iran, for the years 1300 to
 * 1500 AP.
 *
 * <p>A year has twelve months: Farvardin to Shahrivar (1 to 6) have 31 days, Mehr to Bahman (7 to
 * 11) have 30, and Esfand (12) has 29, or 30 in a leap year. A year is a leap year when {@code (25
 * * year + 11) mod 33 < 8}; this 33-year rule matches the official, astronomical calendar from 1300
 * to 1500 AP, so 1399 and 1403 are leap years and the next after 1403 is 1408. The year 1300 AP
 * began on 21 March 1921 (ISO).
 *
 * <p>Outside 1300 to 1500 AP the rule and the official calendar part ways (the first difference is
 * in 1502), so every date, conversion and query for another year throws a {@link DateTimeException}
 * whose message names the supported range. Day-of-week values follow {@link
 * ChronoField#DAY_OF_WEEK}: 1 is Monday, even though the Iranian week starts on Saturday.
 *
 * <p>The chronology id is {@code Jalali} and the CLDR calendar type is {@code persian}. It is
 * registered with the JDK through {@code META-INF/services/java.time.chrono.Chronology}, so {@code
 * Chronology.of("Jalali")}, {@code Chronology.of("persian")} and {@code
 * Chronology.ofLocale(Locale.forLanguageTag("fa-IR-u-ca-persian"))} find it; they may return
 * another instance than {@link #INSTANCE}, equal to it. Month, day-of-week and era names come from
 * {@link JalaliFormat#ofPattern(String, java.util.Locale)}: the JDK's own formatters look them up
 * by calendar type, find no Persian calendar in its locale data, and print Gregorian month names.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JalaliChronology extends AbstractChronology implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The singleton instance of the Jalali chronology. */
  @SuppressWarnings("deprecation")
  public static final JalaliChronology INSTANCE = new JalaliChronology();

  /** The first supported year. */
  static final int MIN_YEAR = 1300;

  /** The last supported year. */
  static final int MAX_YEAR = 1500;

  /** Why a year outside the range is refused; every such exception message contains this. */
  static final String RANGE_MESSAGE = "the Jalali calendar is exact only for years 1300 to 1500 AP";

  /**
   * The epoch day of 1 Farvardin of each year from {@link #MIN_YEAR} to {@code MAX_YEAR + 1}: the
   * last entry closes the range, so the length of every supported year is a difference of two
   * entries.
   */
  private static final int[] FIRST_DAYS = firstDaysOfYears();

  /** The epoch day of 1 Farvardin 1300, the first supported day. */
  static final long MIN_EPOCH_DAY = FIRST_DAYS[0];

  /** The epoch day of 29 Esfand 1500, the last supported day. */
  static final long MAX_EPOCH_DAY = FIRST_DAYS[FIRST_DAYS.length - 1] - 1L;

  private static final ValueRange YEAR_RANGE = ValueRange.of(MIN_YEAR, MAX_YEAR);
  private static final ValueRange PROLEPTIC_MONTH_RANGE =
      ValueRange.of(MIN_YEAR * 12L, MAX_YEAR * 12L + 11);
  private static final ValueRange EPOCH_DAY_RANGE = ValueRange.of(MIN_EPOCH_DAY, MAX_EPOCH_DAY);
  private static final ValueRange DAY_OF_MONTH_RANGE = ValueRange.of(1, 29, 31);
  private static final ValueRange DAY_OF_YEAR_RANGE = ValueRange.of(1, 365, 366);
  private static final ValueRange MONTH_OF_YEAR_RANGE = ValueRange.of(1, 12);
  // Months have 29 to 31 days, so the last aligned week is always the fifth.
  private static final ValueRange ALIGNED_WEEK_OF_MONTH_RANGE = ValueRange.of(1, 5);
  private static final ValueRange ALIGNED_WEEK_OF_YEAR_RANGE = ValueRange.of(1, 53);
  private static final ValueRange ERA_RANGE = ValueRange.of(1, 1);

  /**
   * Creates the chronology; for the JDK's {@link java.util.ServiceLoader} only, which needs a
   * public constructor. Use {@link #INSTANCE}.
   *
   * @deprecated use {@link #INSTANCE}
   */
  @Deprecated
  public JalaliChronology() {}

  /**
   * Resolves a deserialized chronology to the singleton.
   *
   * @return {@link #INSTANCE}
   */
  private Object readResolve() {
    return INSTANCE;
  }

  private static int[] firstDaysOfYears() {
    int[] firstDays = new int[MAX_YEAR - MIN_YEAR + 2];
    // 1 Farvardin 1300 is fixed by history; every later new year follows by adding year lengths.
    int epochDay = (int) LocalDate.of(1921, 3, 21).toEpochDay();
    for (int year = MIN_YEAR; year <= MAX_YEAR + 1; year++) {
      firstDays[year - MIN_YEAR] = epochDay;
      epochDay += leapByRule(year) ? 366 : 365;
    }
    return firstDays;
  }

  private static boolean leapByRule(int year) {
    return (25 * year + 11) % 33 < 8;
  }

  /**
   * Checks that a year is supported.
   *
   * @throws DateTimeException naming the supported range if it is not
   */
  static int checkYear(long year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DateTimeException(
          "Year " + year + " AP is outside the supported range: " + RANGE_MESSAGE);
    }
    return (int) year;
  }

  /** Whether a supported year is a leap year; the caller has checked the year. */
  static boolean leap(int year) {
    return FIRST_DAYS[year - MIN_YEAR + 1] - FIRST_DAYS[year - MIN_YEAR] == 366;
  }

  /** The epoch day of 1 Farvardin of a supported year; the caller has checked the year. */
  static long firstEpochDay(int year) {
    return FIRST_DAYS[year - MIN_YEAR];
  }

  /** The year that holds a supported epoch day; the caller has checked the day. */
  static int yearOfEpochDay(long epochDay) {
    int found = Arrays.binarySearch(FIRST_DAYS, (int) epochDay);
    // A miss gives -(insertion point) - 1; the day then belongs to the year before that point.
    int index = found >= 0 ? found : -found - 2;
    return MIN_YEAR + index;
  }

  /**
   * Gets the id of the chronology, {@code Jalali}.
   *
   * @return the chronology id, not null
   */
  @Override
  public String getId() {
    return "Jalali";
  }

  /**
   * Gets the CLDR calendar type of the chronology, {@code persian}, the type ICU and CLDR use for
   * this calendar.
   *
   * @return the calendar type, not null
   */
  @Override
  public String getCalendarType() {
    return "persian";
  }

  /**
   * Obtains a Jalali date from the era, year-of-era, month-of-year and day-of-month.
   *
   * @param era the era, {@link JalaliEra#AP}, not null
   * @param yearOfEra the year-of-era, 1300 to 1500
   * @param month the month-of-year, 1 to 12
   * @param dayOfMonth the day-of-month, 1 to the length of the month
   * @return the date, not null
   * @throws DateTimeException if the date is invalid or outside the supported range
   * @throws ClassCastException if the era is not a {@link JalaliEra}
   */
  @Override
  public JalaliDate date(Era era, int yearOfEra, int month, int dayOfMonth) {
    return date(prolepticYear(era, yearOfEra), month, dayOfMonth);
  }

  /**
   * Obtains a Jalali date from the proleptic year, month-of-year and day-of-month.
   *
   * @param prolepticYear the year, 1300 to 1500
   * @param month the month-of-year, 1 to 12
   * @param dayOfMonth the day-of-month, 1 to the length of the month
   * @return the date, not null
   * @throws DateTimeException if the date is invalid or outside the supported range
   */
  @Override
  public JalaliDate date(int prolepticYear, int month, int dayOfMonth) {
    return JalaliDate.of(prolepticYear, month, dayOfMonth);
  }

  /**
   * Obtains a Jalali date from the era, year-of-era and day-of-year.
   *
   * @param era the era, {@link JalaliEra#AP}, not null
   * @param yearOfEra the year-of-era, 1300 to 1500
   * @param dayOfYear the day-of-year, 1 to the length of the year
   * @return the date, not null
   * @throws DateTimeException if the date is invalid or outside the supported range
   * @throws ClassCastException if the era is not a {@link JalaliEra}
   */
  @Override
  public JalaliDate dateYearDay(Era era, int yearOfEra, int dayOfYear) {
    return dateYearDay(prolepticYear(era, yearOfEra), dayOfYear);
  }

  /**
   * Obtains a Jalali date from the proleptic year and day-of-year.
   *
   * @param prolepticYear the year, 1300 to 1500
   * @param dayOfYear the day-of-year, 1 to the length of the year
   * @return the date, not null
   * @throws DateTimeException if the date is invalid or outside the supported range
   */
  @Override
  public JalaliDate dateYearDay(int prolepticYear, int dayOfYear) {
    return JalaliDate.ofYearDay(prolepticYear, dayOfYear);
  }

  /**
   * Obtains the Jalali date of an epoch day (day 0 is 1970-01-01 ISO).
   *
   * @param epochDay the epoch day
   * @return the date, not null
   * @throws DateTimeException if the day is outside the supported range
   */
  @Override
  public JalaliDate dateEpochDay(long epochDay) {
    return JalaliDate.ofEpochDay(epochDay);
  }

  /**
   * Obtains the current Jalali date from the system clock in the default time zone.
   *
   * @return the current date, not null
   * @throws DateTimeException if today is outside the supported range
   */
  @Override
  public JalaliDate dateNow() {
    return JalaliDate.now();
  }

  /**
   * Obtains the current Jalali date from the system clock in a time zone.
   *
   * @param zone the time zone, for Iran {@code Asia/Tehran}, not null
   * @return the current date, not null
   * @throws DateTimeException if today is outside the supported range
   */
  @Override
  public JalaliDate dateNow(ZoneId zone) {
    return JalaliDate.now(zone);
  }

  /**
   * Obtains the current Jalali date from a clock.
   *
   * @param clock the clock to use, not null
   * @return the current date, not null
   * @throws DateTimeException if today is outside the supported range
   */
  @Override
  public JalaliDate dateNow(Clock clock) {
    return JalaliDate.now(clock);
  }

  /**
   * Obtains a Jalali date from another temporal object, such as a {@link LocalDate}.
   *
   * @param temporal the temporal object to convert, not null
   * @return the date, not null
   * @throws DateTimeException if the object has no date or the date is outside the supported range
   */
  @Override
  public JalaliDate date(TemporalAccessor temporal) {
    return JalaliDate.from(temporal);
  }

  /**
   * Obtains a Jalali local date-time from another temporal object.
   *
   * @param temporal the temporal object to convert, not null
   * @return the local date-time, not null
   * @throws DateTimeException if the object has no date and time or the date is unsupported
   */
  @Override
  @SuppressWarnings("unchecked")
  public ChronoLocalDateTime<JalaliDate> localDateTime(TemporalAccessor temporal) {
    return (ChronoLocalDateTime<JalaliDate>) super.localDateTime(temporal);
  }

  /**
   * Obtains a Jalali zoned date-time from another temporal object.
   *
   * @param temporal the temporal object to convert, not null
   * @return the zoned date-time, not null
   * @throws DateTimeException if the object cannot be converted or the date is unsupported
   */
  @Override
  @SuppressWarnings("unchecked")
  public ChronoZonedDateTime<JalaliDate> zonedDateTime(TemporalAccessor temporal) {
    return (ChronoZonedDateTime<JalaliDate>) super.zonedDateTime(temporal);
  }

  /**
   * Obtains a Jalali zoned date-time from an instant in a time zone.
   *
   * @param instant the instant, not null
   * @param zone the time zone, not null
   * @return the zoned date-time, not null
   * @throws DateTimeException if the date is outside the supported range
   */
  @Override
  @SuppressWarnings("unchecked")
  public ChronoZonedDateTime<JalaliDate> zonedDateTime(Instant instant, ZoneId zone) {
    return (ChronoZonedDateTime<JalaliDate>) super.zonedDateTime(instant, zone);
  }

  /**
   * Tells whether a year is a leap year, one whose Esfand has 30 days.
   *
   * @param prolepticYear the year, 1300 to 1500
   * @return true if the year is a leap year
   * @throws DateTimeException if the year is outside the supported range, where the arithmetic rule
   *     may disagree with the official calendar
   */
  @Override
  public boolean isLeapYear(long prolepticYear) {
    return leap(checkYear(prolepticYear));
  }

  /**
   * Converts a year-of-era to a proleptic year; in the single era AP they are the same.
   *
   * @param era the era, {@link JalaliEra#AP}, not null
   * @param yearOfEra the year-of-era
   * @return the proleptic year, equal to {@code yearOfEra}
   * @throws ClassCastException if the era is not a {@link JalaliEra}
   */
  @Override
  public int prolepticYear(Era era, int yearOfEra) {
    if (!(era instanceof JalaliEra)) {
      throw new ClassCastException("Era must be a JalaliEra, not " + era.getClass().getName());
    }
    return yearOfEra;
  }

  /**
   * Returns the era with the given numeric value.
   *
   * @param eraValue the numeric value, 1
   * @return {@link JalaliEra#AP}, not null
   * @throws DateTimeException if the value is not 1
   */
  @Override
  public JalaliEra eraOf(int eraValue) {
    return JalaliEra.of(eraValue);
  }

  /**
   * Returns the eras of the calendar: only {@link JalaliEra#AP}.
   *
   * @return an unmodifiable list of the eras, not null
   */
  @Override
  public List<Era> eras() {
    return List.of(JalaliEra.AP);
  }

  /**
   * Returns the range of values a field can take in this calendar, over all supported dates.
   *
   * @param field the field, not null
   * @return the range of valid values, not null
   */
  @Override
  public ValueRange range(ChronoField field) {
    switch (field) {
      case DAY_OF_MONTH:
        return DAY_OF_MONTH_RANGE;
      case DAY_OF_YEAR:
        return DAY_OF_YEAR_RANGE;
      case ALIGNED_WEEK_OF_MONTH:
        return ALIGNED_WEEK_OF_MONTH_RANGE;
      case ALIGNED_WEEK_OF_YEAR:
        return ALIGNED_WEEK_OF_YEAR_RANGE;
      case MONTH_OF_YEAR:
        return MONTH_OF_YEAR_RANGE;
      case PROLEPTIC_MONTH:
        return PROLEPTIC_MONTH_RANGE;
      case YEAR_OF_ERA:
      case YEAR:
        return YEAR_RANGE;
      case ERA:
        return ERA_RANGE;
      case EPOCH_DAY:
        return EPOCH_DAY_RANGE;
      default:
        return field.range();
    }
  }

  /**
   * Resolves parsed date fields into a Jalali date, following the rules of {@link
   * AbstractChronology#resolveDate(Map, ResolverStyle)}.
   *
   * @param fieldValues the parsed fields, modified as fields are resolved, not null
   * @param resolverStyle how strictly to resolve, not null
   * @return the date, or null if the fields do not determine one
   * @throws DateTimeException if the fields do not form a valid, supported date
   */
  @Override
  public @Nullable JalaliDate resolveDate(
      Map<TemporalField, Long> fieldValues, ResolverStyle resolverStyle) {
    return (JalaliDate) super.resolveDate(fieldValues, resolverStyle);
  }
}
