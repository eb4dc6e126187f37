package org.electionatlas.calendar;

import static org.electionatlas.calendar.JalaliChronology.MAX_EPOCH_DAY;
import static org.electionatlas.calendar.JalaliChronology.MIN_EPOCH_DAY;
import static org.electionatlas.calendar.JalaliChronology.RANGE_MESSAGE;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.ChronoPeriod;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.temporal.ValueRange;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date in the Jalali (Solar Hijri) calendar, such as 20 Tir 1402 (11 July 2023 ISO), for the
 * years 1300 to 1500 AP. See {@link JalaliChronology} for the rules of the calendar and why other
 * years are refused.
 *
 * <p>Convert with {@link #from(TemporalAccessor)} (for example from a {@link LocalDate}) and back
 * with {@link #toLocalDate()} or {@code LocalDate.from(jalaliDate)}. Arithmetic goes through the
 * {@link ChronoLocalDate} machinery: {@code plus(1, ChronoUnit.MONTHS)}, {@code
 * with(ChronoField.DAY_OF_MONTH, 1)}, or the shortcuts {@link #plusDays}, {@link #plusMonths} and
 * {@link #plusYears}. When adding months or years lands on a day the month lacks, the last day of
 * the month is used: 31 Shahrivar plus one month is 30 Mehr.
 *
 * <p>{@link #parse(CharSequence)} reads the numeric form {@code 1402-04-20}; {@link JalaliFormat}
 * formats and parses the Persian form {@code ۲۰ تیر ۱۴۰۲}.
 *
 * <p>Dates are serializable, in the manner of java.time: a compact proxy is written in place of the
 * date. Date-times ({@code date.atTime(time)}), zoned date-times and the periods of {@link
 * #until(ChronoLocalDate)} serialize through the JDK's own forms, which find the chronology again
 * by its id with {@link java.time.chrono.Chronology#of(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JalaliDate implements ChronoLocalDate, Serializable {

  private static final long serialVersionUID = 1L;

  /** The Latin (transliterated) month names, used in messages. */
  private static final String[] LATIN_MONTHS = {
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"
  };

  /**
   * @serial the Jalali year, 1300 to 1500
   */
  private final int year;

  /**
   * @serial the month of the year, 1 (Farvardin) to 12 (Esfand)
   */
  private final int month;

  /**
   * @serial the day of the month, from 1
   */
  private final int day;

  private JalaliDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Obtains a Jalali date from a year, month and day.
   *
   * @param year the year, 1300 to 1500
   * @param month the month-of-year, 1 (Farvardin) to 12 (Esfand)
   * @param dayOfMonth the day-of-month, 1 to the length of the month
   * @return the date, not null
   * @throws DateTimeException if the year is outside the supported range or the date does not
   *     exist; the message says which, for example "1402-12-30 is not a date: Esfand 1402 has 29
   *     days (1402 is not a leap year)"
   */
  public static JalaliDate of(int year, int month, int dayOfMonth) {
    JalaliChronology.checkYear(year);
    if (month < 1 || month > 12) {
      throw notADate(year, month, dayOfMonth, "the month must be from 1 to 12");
    }
    if (dayOfMonth < 1) {
      throw notADate(year, month, dayOfMonth, "the day of the month must be at least 1");
    }
    int length = monthLength(year, month);
    if (dayOfMonth > length) {
      String reason = LATIN_MONTHS[month - 1] + " " + year + " has " + length + " days";
      if (month == 12) {
        reason += JalaliChronology.leap(year) ? " (" + year + " is a leap year)" : notLeap(year);
      }
      throw notADate(year, month, dayOfMonth, reason);
    }
    return new JalaliDate(year, month, dayOfMonth);
  }

  private static String notLeap(int year) {
    return " (" + year + " is not a leap year)";
  }

  private static DateTimeException notADate(int year, int month, int day, String reason) {
    return new DateTimeException(
        String.format(Locale.ROOT, "%04d-%02d-%02d is not a date: %s", year, month, day, reason));
  }

  /** Obtains the date of a day of a year; package-private, reached through the chronology. */
  static JalaliDate ofYearDay(int year, int dayOfYear) {
    JalaliChronology.checkYear(year);
    int length = JalaliChronology.leap(year) ? 366 : 365;
    if (dayOfYear < 1 || dayOfYear > length) {
      throw new DateTimeException(
          "Day "
              + dayOfYear
              + " of "
              + year
              + " is not a date: the year has "
              + length
              + " days"
              + (length == 365 ? notLeap(year) : ""));
    }
    return fromDayOfYear(year, dayOfYear);
  }

  private static JalaliDate fromDayOfYear(int year, int dayOfYear) {
    int index = dayOfYear - 1;
    // The first six months have 31 days (186 in all), the rest 30, except a short Esfand.
    if (index < 186) {
      return new JalaliDate(year, index / 31 + 1, index % 31 + 1);
    }
    index -= 186;
    return new JalaliDate(year, index / 30 + 7, index % 30 + 1);
  }

  /**
   * Obtains the Jalali date of an epoch day, the count of days since 1970-01-01 ISO.
   *
   * @param epochDay the epoch day
   * @return the date, not null
   * @throws DateTimeException if the day is before 1 Farvardin 1300 (1921-03-21) or after the last
   *     day of 1500 AP (2122-03-20)
   */
  public static JalaliDate ofEpochDay(long epochDay) {
    if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
      throw new DateTimeException(
          describeEpochDay(epochDay)
              + " is outside the supported range: "
              + RANGE_MESSAGE
              + " ("
              + LocalDate.ofEpochDay(MIN_EPOCH_DAY)
              + " to "
              + LocalDate.ofEpochDay(MAX_EPOCH_DAY)
              + ")");
    }
    int year = JalaliChronology.yearOfEpochDay(epochDay);
    return fromDayOfYear(year, (int) (epochDay - JalaliChronology.firstEpochDay(year)) + 1);
  }

  private static String describeEpochDay(long epochDay) {
    // LocalDate covers years -999999999 to 999999999; beyond that only the number is meaningful.
    if (ChronoField.EPOCH_DAY.range().isValidValue(epochDay)) {
      return LocalDate.ofEpochDay(epochDay).toString();
    }
    return "Epoch day " + epochDay;
  }

  /**
   * Obtains the Jalali date of another temporal object, such as a {@link LocalDate}, through its
   * epoch day.
   *
   * @param temporal the temporal object to convert, not null
   * @return the date, not null
   * @throws DateTimeException if the object has no epoch day or the date is outside the supported
   *     range
   */
  public static JalaliDate from(TemporalAccessor temporal) {
    if (temporal instanceof JalaliDate) {
      return (JalaliDate) temporal;
    }
    return ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY));
  }

  /**
   * Obtains the current Jalali date from the system clock in the default time zone.
   *
   * @return the current date, not null
   * @throws DateTimeException if today is outside the supported range
   */
  public static JalaliDate now() {
    return now(Clock.systemDefaultZone());
  }

  /**
   * Obtains the current Jalali date from the system clock in a time zone.
   *
   * @param zone the time zone, for Iran {@code Asia/Tehran}, not null
   * @return the current date, not null
   * @throws DateTimeException if today is outside the supported range
   */
  public static JalaliDate now(ZoneId zone) {
    return now(Clock.system(zone));
  }

  /**
   * Obtains the current Jalali date from a clock; pass a fixed clock in tests.
   *
   * @param clock the clock to use, not null
   * @return the current date, not null
   * @throws DateTimeException if today is outside the supported range
   */
  public static JalaliDate now(Clock clock) {
    return ofEpochDay(LocalDate.now(clock).toEpochDay());
  }

  /**
   * Parses the numeric form of a Jalali date: exactly four digits of year, two of month and two of
   * day, separated by two hyphens or two slashes, in Latin, Persian or Arabic-Indic digits, for
   * example {@code 1402-04-20}, {@code ۱۴۰۲/۰۴/۲۰} or {@code ١٤٠٢-٠٤-٢٠}. Nothing else may surround
   * the date; {@link JalaliFormat#parse(CharSequence)} is the lenient alternative that also reads
   * the Persian form.
   *
   * @param text the text to parse, not null
   * @return the date, not null
   * @throws java.time.format.DateTimeParseException if the text is not of that form, or names a day
   *     that does not exist or is outside the supported range
   */
  public static JalaliDate parse(CharSequence text) {
    return JalaliFormat.parseNumeric(text);
  }

  /** The Latin (transliterated) name of a month, 1 (Farvardin) to 12 (Esfand). */
  static String latinMonthName(int month) {
    return LATIN_MONTHS[month - 1];
  }

  static int monthLength(int year, int month) {
    if (month <= 6) {
      return 31;
    }
    if (month <= 11) {
      return 30;
    }
    return JalaliChronology.leap(year) ? 30 : 29;
  }

  private int dayOfYear() {
    return (month <= 7 ? 31 * (month - 1) : 186 + 30 * (month - 7)) + day;
  }

  private long prolepticMonth() {
    return year * 12L + month - 1;
  }

  /**
   * Returns the year, 1300 to 1500.
   *
   * @return the year
   */
  public int getYear() {
    return year;
  }

  /**
   * Returns the month-of-year, 1 (Farvardin) to 12 (Esfand).
   *
   * @return the month-of-year
   */
  public int getMonthValue() {
    return month;
  }

  /**
   * Returns the day-of-month, 1 to 31.
   *
   * @return the day-of-month
   */
  public int getDayOfMonth() {
    return day;
  }

  /**
   * Returns the same day in the ISO calendar; equivalent to {@code LocalDate.from(this)}.
   *
   * @return the ISO date, not null
   */
  public LocalDate toLocalDate() {
    return LocalDate.ofEpochDay(toEpochDay());
  }

  /**
   * Returns the Jalali chronology.
   *
   * @return {@link JalaliChronology#INSTANCE}, not null
   */
  @Override
  public JalaliChronology getChronology() {
    return JalaliChronology.INSTANCE;
  }

  /**
   * Returns the era, always {@link JalaliEra#AP}.
   *
   * @return the era, not null
   */
  @Override
  public JalaliEra getEra() {
    return JalaliEra.AP;
  }

  /**
   * Returns the length of the month in days: 31, 30, or for Esfand 29 or 30.
   *
   * @return the length of the month
   */
  @Override
  public int lengthOfMonth() {
    return monthLength(year, month);
  }

  /**
   * Returns the length of the year in days: 366 in a leap year, else 365.
   *
   * @return the length of the year
   */
  @Override
  public int lengthOfYear() {
    return JalaliChronology.leap(year) ? 366 : 365;
  }

  /**
   * Returns the range of values a field can take for this date; for example the day-of-month of a
   * date in Esfand 1402 ranges from 1 to 29.
   *
   * @param field the field, not null
   * @return the range of valid values, not null
   * @throws UnsupportedTemporalTypeException if the field is a time field
   */
  @Override
  public ValueRange range(TemporalField field) {
    if (!(field instanceof ChronoField)) {
      return field.rangeRefinedBy(this);
    }
    ChronoField chronoField = (ChronoField) field;
    if (!chronoField.isDateBased()) {
      throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }
    switch (chronoField) {
      case DAY_OF_MONTH:
        return ValueRange.of(1, lengthOfMonth());
      case DAY_OF_YEAR:
        return ValueRange.of(1, lengthOfYear());
      default:
        return getChronology().range(chronoField);
    }
  }

  /**
   * Returns the value of a field as a {@code long}. Day-of-week counts from 1 for Monday, as {@link
   * ChronoField#DAY_OF_WEEK} specifies.
   *
   * @param field the field, not null
   * @return the value of the field
   * @throws UnsupportedTemporalTypeException if the field is a time field
   */
  @Override
  public long getLong(TemporalField field) {
    if (!(field instanceof ChronoField)) {
      return field.getFrom(this);
    }
    switch ((ChronoField) field) {
      case DAY_OF_WEEK:
        return Math.floorMod(toEpochDay() + 3, 7) + 1;
      case ALIGNED_DAY_OF_WEEK_IN_MONTH:
        return (day - 1) % 7 + 1;
      case ALIGNED_DAY_OF_WEEK_IN_YEAR:
        return (dayOfYear() - 1) % 7 + 1;
      case DAY_OF_MONTH:
        return day;
      case DAY_OF_YEAR:
        return dayOfYear();
      case EPOCH_DAY:
        return toEpochDay();
      case ALIGNED_WEEK_OF_MONTH:
        return (day - 1) / 7 + 1;
      case ALIGNED_WEEK_OF_YEAR:
        return (dayOfYear() - 1) / 7 + 1;
      case MONTH_OF_YEAR:
        return month;
      case PROLEPTIC_MONTH:
        return prolepticMonth();
      case YEAR_OF_ERA:
      case YEAR:
        return year;
      case ERA:
        return 1;
      default:
        throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }
  }

  /**
   * Returns the count of days since 1970-01-01 ISO.
   *
   * @return the epoch day
   */
  @Override
  public long toEpochDay() {
    return JalaliChronology.firstEpochDay(year) + dayOfYear() - 1;
  }

  /**
   * Returns a copy of this date with a field changed. Changing the month or the year keeps the day
   * of the month, or uses the last day of the month when the month is shorter: setting the year of
   * 30 Esfand 1403 to 1404 gives 29 Esfand 1404.
   *
   * @param field the field to set, not null
   * @param newValue the new value of the field
   * @return the adjusted date, not null
   * @throws DateTimeException if the value is invalid for the field or the result is outside the
   *     supported range
   * @throws UnsupportedTemporalTypeException if the field is a time field
   */
  @Override
  public JalaliDate with(TemporalField field, long newValue) {
    if (!(field instanceof ChronoField)) {
      return ensureJalali(field.adjustInto(this, newValue));
    }
    ChronoField chronoField = (ChronoField) field;
    if (!chronoField.isDateBased()) {
      throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }
    // Fields whose range is the supported range go straight to the checks that explain it.
    switch (chronoField) {
      case YEAR:
      case YEAR_OF_ERA:
        return withClampedDay(JalaliChronology.checkYear(newValue), month, day);
      case EPOCH_DAY:
        return ofEpochDay(newValue);
      case PROLEPTIC_MONTH:
        return plusMonths(Math.subtractExact(newValue, prolepticMonth()));
      default:
        break;
    }
    getChronology().range(chronoField).checkValidValue(newValue, chronoField);
    long current = getLong(chronoField);
    if (newValue == current) {
      return this;
    }
    switch (chronoField) {
      case DAY_OF_WEEK:
      case ALIGNED_DAY_OF_WEEK_IN_MONTH:
      case ALIGNED_DAY_OF_WEEK_IN_YEAR:
        return plusDays(newValue - current);
      case ALIGNED_WEEK_OF_MONTH:
      case ALIGNED_WEEK_OF_YEAR:
        return plusDays((newValue - current) * 7);
      case DAY_OF_MONTH:
        return of(year, month, (int) newValue);
      case DAY_OF_YEAR:
        return ofYearDay(year, (int) newValue);
      case MONTH_OF_YEAR:
        return withClampedDay(year, (int) newValue, day);
      default:
        // ERA: its range holds one value, which equals the current one, handled above.
        throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
    }
  }

  private static JalaliDate withClampedDay(int year, int month, int day) {
    return new JalaliDate(year, month, Math.min(day, monthLength(year, month)));
  }

  /**
   * Returns a copy of this date adjusted by an adjuster, such as {@code
   * TemporalAdjusters.lastDayOfMonth()}.
   *
   * @param adjuster the adjuster, not null
   * @return the adjusted date, not null
   * @throws DateTimeException if the adjustment fails or leaves the supported range
   */
  @Override
  public JalaliDate with(TemporalAdjuster adjuster) {
    return ensureJalali(adjuster.adjustInto(this));
  }

  /**
   * Returns a copy of this date with an amount of a unit added. Months and years keep the day of
   * the month, or use the last day of a shorter month.
   *
   * @param amountToAdd the amount to add, may be negative
   * @param unit the unit of the amount, not null
   * @return the date, not null
   * @throws DateTimeException if the result is outside the supported range
   * @throws UnsupportedTemporalTypeException if the unit is a time unit
   * @throws ArithmeticException if the amount overflows
   */
  @Override
  public JalaliDate plus(long amountToAdd, TemporalUnit unit) {
    if (!(unit instanceof ChronoUnit)) {
      return ensureJalali(unit.addTo(this, amountToAdd));
    }
    switch ((ChronoUnit) unit) {
      case DAYS:
        return plusDays(amountToAdd);
      case WEEKS:
        return plusDays(Math.multiplyExact(amountToAdd, 7));
      case MONTHS:
        return plusMonths(amountToAdd);
      case YEARS:
        return plusYears(amountToAdd);
      case DECADES:
        return plusYears(Math.multiplyExact(amountToAdd, 10));
      case CENTURIES:
        return plusYears(Math.multiplyExact(amountToAdd, 100));
      case MILLENNIA:
        return plusYears(Math.multiplyExact(amountToAdd, 1000));
      case ERAS:
        return with(ChronoField.ERA, Math.addExact(getLong(ChronoField.ERA), amountToAdd));
      default:
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }
  }

  /**
   * Returns a copy of this date with an amount added, such as a {@link java.time.Period} or a
   * {@link ChronoPeriod} of this chronology.
   *
   * @param amount the amount to add, not null
   * @return the date, not null
   * @throws DateTimeException if the addition fails or leaves the supported range
   */
  @Override
  public JalaliDate plus(TemporalAmount amount) {
    return ensureJalali(amount.addTo(this));
  }

  /**
   * Returns a copy of this date with an amount of a unit subtracted.
   *
   * @param amountToSubtract the amount to subtract, may be negative
   * @param unit the unit of the amount, not null
   * @return the date, not null
   * @throws DateTimeException if the result is outside the supported range
   * @throws UnsupportedTemporalTypeException if the unit is a time unit
   */
  @Override
  public JalaliDate minus(long amountToSubtract, TemporalUnit unit) {
    if (amountToSubtract == Long.MIN_VALUE) {
      return plus(Long.MAX_VALUE, unit).plus(1, unit);
    }
    return plus(-amountToSubtract, unit);
  }

  /**
   * Returns a copy of this date with an amount subtracted.
   *
   * @param amount the amount to subtract, not null
   * @return the date, not null
   * @throws DateTimeException if the subtraction fails or leaves the supported range
   */
  @Override
  public JalaliDate minus(TemporalAmount amount) {
    return ensureJalali(amount.subtractFrom(this));
  }

  /**
   * Returns a copy of this date with days added; equivalent to {@code plus(days, DAYS)}.
   *
   * @param days the days to add, may be negative
   * @return the date, not null
   * @throws DateTimeException if the result is outside the supported range
   */
  public JalaliDate plusDays(long days) {
    return days == 0 ? this : ofEpochDay(Math.addExact(toEpochDay(), days));
  }

  /**
   * Returns a copy of this date with months added; equivalent to {@code plus(months, MONTHS)}. The
   * day of the month is kept, or becomes the last day of a shorter month.
   *
   * @param months the months to add, may be negative
   * @return the date, not null
   * @throws DateTimeException if the result is outside the supported range
   */
  public JalaliDate plusMonths(long months) {
    if (months == 0) {
      return this;
    }
    long target = Math.addExact(prolepticMonth(), months);
    int newYear = JalaliChronology.checkYear(Math.floorDiv(target, 12));
    return withClampedDay(newYear, Math.floorMod(target, 12) + 1, day);
  }

  /**
   * Returns a copy of this date with years added; equivalent to {@code plus(years, YEARS)}. 30
   * Esfand of a leap year becomes 29 Esfand when the target year is not a leap year.
   *
   * @param years the years to add, may be negative
   * @return the date, not null
   * @throws DateTimeException if the result is outside the supported range
   */
  public JalaliDate plusYears(long years) {
    if (years == 0) {
      return this;
    }
    return withClampedDay(JalaliChronology.checkYear(Math.addExact(year, years)), month, day);
  }

  private static JalaliDate ensureJalali(Temporal temporal) {
    if (temporal instanceof JalaliDate) {
      return (JalaliDate) temporal;
    }
    throw new DateTimeException(
        "Expected a JalaliDate but the adjustment returned " + temporal.getClass().getName());
  }

  /**
   * Returns this date at a time of day.
   *
   * @param localTime the time of day, not null
   * @return the local date-time, not null
   */
  @Override
  @SuppressWarnings("unchecked")
  public ChronoLocalDateTime<JalaliDate> atTime(LocalTime localTime) {
    return (ChronoLocalDateTime<JalaliDate>) ChronoLocalDate.super.atTime(localTime);
  }

  /**
   * Returns the amount of time from this date to another, in a unit. The other date may be of any
   * calendar; it is converted to a Jalali date first. Months count only when complete: from 31
   * Farvardin to 30 Ordibehesht is zero months.
   *
   * @param endExclusive the end date, exclusive, not null
   * @param unit the unit to measure in, not null
   * @return the whole units between the two dates, negative if the end is before this date
   * @throws DateTimeException if the end cannot be converted to a supported Jalali date
   * @throws UnsupportedTemporalTypeException if the unit is a time unit
   */
  @Override
  public long until(Temporal endExclusive, TemporalUnit unit) {
    JalaliDate end = from(endExclusive);
    if (!(unit instanceof ChronoUnit)) {
      return unit.between(this, end);
    }
    switch ((ChronoUnit) unit) {
      case DAYS:
        return end.toEpochDay() - toEpochDay();
      case WEEKS:
        return (end.toEpochDay() - toEpochDay()) / 7;
      case MONTHS:
        return monthsUntil(end);
      case YEARS:
        return monthsUntil(end) / 12;
      case DECADES:
        return monthsUntil(end) / 120;
      case CENTURIES:
        return monthsUntil(end) / 1200;
      case MILLENNIA:
        return monthsUntil(end) / 12000;
      case ERAS:
        return 0;
      default:
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }
  }

  private long monthsUntil(JalaliDate end) {
    // Packing the day below the month makes truncating division drop an incomplete last month.
    long start = prolepticMonth() * 32 + day;
    long stop = end.prolepticMonth() * 32 + end.day;
    return (stop - start) / 32;
  }

  /**
   * Returns the period from this date to another in years, months and days of this calendar, such
   * that adding the period to this date gives the end date. The years, months and days all have the
   * sign of the direction from this date to the end.
   *
   * @param endDateExclusive the end date, exclusive, of any calendar, not null
   * @return the period, not null
   * @throws DateTimeException if the end cannot be converted to a supported Jalali date
   */
  @Override
  public ChronoPeriod until(ChronoLocalDate endDateExclusive) {
    JalaliDate end = from(endDateExclusive);
    long months = end.prolepticMonth() - prolepticMonth();
    int dayDifference = end.day - day;
    if (months > 0 && dayDifference < 0) {
      months--;
    } else if (months < 0 && dayDifference > 0) {
      months++;
    }
    // Counting the days from where the months land, rather than from the day numbers, keeps
    // start.plus(period) equal to the end even when adding the months shortened the day.
    int days = (int) (end.toEpochDay() - plusMonths(months).toEpochDay());
    return getChronology().period((int) (months / 12), (int) (months % 12), days);
  }

  /**
   * Compares this date with another object: equal when the other is a {@code JalaliDate} of the
   * same day. Use {@link #isEqual(ChronoLocalDate)} to compare dates of different calendars.
   *
   * @param other the object to compare with, may be null
   * @return true if the other is the same Jalali date
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof JalaliDate)) {
      return false;
    }
    JalaliDate that = (JalaliDate) other;
    return year == that.year && month == that.month && day == that.day;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    // Day needs 5 bits and month 4, so supported dates never collide.
    return Objects.hash(getChronology().getId(), (year << 9) | (month << 5) | day);
  }

  /**
   * Writes the serial proxy in place of the date.
   *
   * @return the proxy that is serialized instead
   */
  private Object writeReplace() {
    return new Ser(Ser.JALALI_DATE, this);
  }

  /**
   * Refuses a date stream that does not come through the serial proxy.
   *
   * @param in the stream, never read
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Deserialization via serialization delegate");
  }

  /**
   * Returns the date as the chronology, the era and the numeric date, for example {@code Jalali AP
   * 1402-04-20}. Use {@link JalaliFormat} for the forms people read.
   *
   * @return the description of the date, not null
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s %s %04d-%02d-%02d", getChronology().getId(), getEra(), year, month, day);
  }
}
