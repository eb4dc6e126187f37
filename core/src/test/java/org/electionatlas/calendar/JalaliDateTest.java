package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.ChronoPeriod;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.time.temporal.ValueRange;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDateTest {

  private static final String RANGE = "the Jalali calendar is exact only for years 1300 to 1500 AP";
  private static final LocalDate FIRST_ISO = LocalDate.of(1921, 3, 21);
  private static final LocalDate LAST_ISO = LocalDate.of(2122, 3, 20);

  // Spot dates from data/kerman.md and the source article.
  @ParameterizedTest(name = "{0}-{1}-{2} AP = {3}")
  @CsvSource({
    "1300, 1, 1, 1921-03-21", // 1 Farvardin 1300, the first supported day
    "1403, 1, 1, 2024-03-20", // Nowruz 1403, which begins a leap year
    "1403, 12, 30, 2025-03-20", // 30 Esfand 1403, the leap day
    "1402, 12, 11, 2024-03-01", // voting day of the 12th Majlis election
    "1402, 4, 20, 2023-07-11", // the article's date
    "1402, 4, 21, 2023-07-12", // first day of the regional training
    "1402, 4, 22, 2023-07-13", // second day of the regional training
    "1404, 1, 1, 2025-03-21",
    "1500, 12, 29, 2122-03-20" // the last supported day
  })
  void spotDates_convertBothWays(int year, int month, int day, LocalDate iso) {
    JalaliDate jalali = JalaliDate.of(year, month, day);

    assertThat(LocalDate.from(jalali)).isEqualTo(iso);
    assertThat(jalali.toLocalDate()).isEqualTo(iso);
    assertThat(JalaliDate.from(iso)).isEqualTo(jalali);
    assertThat(JalaliDate.ofEpochDay(iso.toEpochDay())).isEqualTo(jalali);
    assertThat(jalali.toEpochDay()).isEqualTo(iso.toEpochDay());
    assertThat(jalali.isEqual(iso)).isTrue();
  }

  @Test
  void everySupportedDay_roundTripsThroughItsFields_andNamesTheSameWeekdayAsIso() {
    for (LocalDate iso = FIRST_ISO; !iso.isAfter(LAST_ISO); iso = iso.plusDays(1)) {
      JalaliDate jalali = JalaliDate.from(iso);
      JalaliDate rebuilt =
          JalaliDate.of(jalali.getYear(), jalali.getMonthValue(), jalali.getDayOfMonth());

      assertThat(rebuilt.toLocalDate()).isEqualTo(iso);
      assertThat(jalali.get(ChronoField.DAY_OF_WEEK)).isEqualTo(iso.getDayOfWeek().getValue());
    }
  }

  @Test
  void consecutiveDays_advanceByOneDayOrToTheFirstOfTheNextMonth() {
    JalaliDate previous = JalaliDate.of(1300, 1, 1);
    for (long day = previous.toEpochDay() + 1; day <= LAST_ISO.toEpochDay(); day++) {
      JalaliDate next = JalaliDate.ofEpochDay(day);
      boolean sameMonth =
          next.getYear() == previous.getYear()
              && next.getMonthValue() == previous.getMonthValue()
              && next.getDayOfMonth() == previous.getDayOfMonth() + 1;
      boolean nextMonth =
          next.getDayOfMonth() == 1 && previous.getDayOfMonth() == previous.lengthOfMonth();
      assertThat(sameMonth || nextMonth).as("%s after %s", next, previous).isTrue();
      previous = next;
    }
  }

  @ParameterizedTest(name = "month {1} of {0} has {2} days")
  @CsvSource({
    "1402, 1, 31", "1402, 2, 31", "1402, 3, 31", "1402, 4, 31", "1402, 5, 31", "1402, 6, 31",
    "1402, 7, 30", "1402, 8, 30", "1402, 9, 30", "1402, 10, 30", "1402, 11, 30", "1402, 12, 29",
    "1403, 12, 30", "1404, 12, 29", "1408, 12, 30"
  })
  void lengthOfMonth_is31Then30ThenEsfandByLeapYear(int year, int month, int length) {
    JalaliDate date = JalaliDate.of(year, month, 1);

    assertThat(date.lengthOfMonth()).isEqualTo(length);
    assertThat(date.range(ChronoField.DAY_OF_MONTH)).isEqualTo(ValueRange.of(1, length));
  }

  @ParameterizedTest(name = "{0} has {1} days")
  @CsvSource({"1402, 365, false", "1403, 366, true", "1404, 365, false", "1399, 366, true"})
  void lengthOfYear_is366OnlyInLeapYears(int year, int length, boolean leap) {
    JalaliDate date = JalaliDate.of(year, 6, 15);

    assertThat(date.lengthOfYear()).isEqualTo(length);
    assertThat(date.isLeapYear()).isEqualTo(leap);
    assertThat(date.range(ChronoField.DAY_OF_YEAR)).isEqualTo(ValueRange.of(1, length));
  }

  static Stream<Arguments> fieldsOf20Tir1402() {
    return Stream.of(
        Arguments.of(ChronoField.DAY_OF_WEEK, 2L), // Tuesday, 11 July 2023
        Arguments.of(ChronoField.DAY_OF_MONTH, 20L),
        Arguments.of(ChronoField.DAY_OF_YEAR, 113L), // 3 * 31 + 20
        Arguments.of(ChronoField.MONTH_OF_YEAR, 4L),
        Arguments.of(ChronoField.PROLEPTIC_MONTH, 1402L * 12 + 3),
        Arguments.of(ChronoField.YEAR, 1402L),
        Arguments.of(ChronoField.YEAR_OF_ERA, 1402L),
        Arguments.of(ChronoField.ERA, 1L),
        Arguments.of(ChronoField.EPOCH_DAY, 19549L),
        Arguments.of(ChronoField.ALIGNED_DAY_OF_WEEK_IN_MONTH, 6L), // day 20 = week 3, day 6
        Arguments.of(ChronoField.ALIGNED_WEEK_OF_MONTH, 3L),
        Arguments.of(ChronoField.ALIGNED_DAY_OF_WEEK_IN_YEAR, 1L), // day 113 = 16 weeks + 1
        Arguments.of(ChronoField.ALIGNED_WEEK_OF_YEAR, 17L));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("fieldsOf20Tir1402")
  void getLong_readsEachDateField(ChronoField field, long value) {
    JalaliDate date = JalaliDate.of(1402, 4, 20);

    assertThat(date.isSupported(field)).isTrue();
    assertThat(date.getLong(field)).isEqualTo(value);
    assertThat(date.range(field).isValidValue(value)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ChronoField.class,
      names = {"HOUR_OF_DAY", "NANO_OF_SECOND", "INSTANT_SECONDS", "OFFSET_SECONDS"})
  void timeFields_areUnsupported(ChronoField field) {
    JalaliDate date = JalaliDate.of(1402, 4, 20);

    assertThat(date.isSupported(field)).isFalse();
    assertThatThrownBy(() -> date.getLong(field))
        .isInstanceOf(UnsupportedTemporalTypeException.class);
    assertThatThrownBy(() -> date.range(field))
        .isInstanceOf(UnsupportedTemporalTypeException.class);
    assertThatThrownBy(() -> date.with(field, 1))
        .isInstanceOf(UnsupportedTemporalTypeException.class);
  }

  static Stream<Arguments> withField() {
    return Stream.of(
        Arguments.of("1402-04-20", ChronoField.DAY_OF_MONTH, 1, "1402-04-01"),
        Arguments.of("1402-04-20", ChronoField.DAY_OF_YEAR, 1, "1402-01-01"),
        Arguments.of("1403-04-20", ChronoField.DAY_OF_YEAR, 366, "1403-12-30"),
        Arguments.of("1402-06-31", ChronoField.MONTH_OF_YEAR, 7, "1402-07-30"), // clamped
        Arguments.of("1402-06-31", ChronoField.MONTH_OF_YEAR, 12, "1402-12-29"), // clamped
        Arguments.of("1403-12-30", ChronoField.YEAR, 1404, "1404-12-29"), // clamped
        Arguments.of("1403-12-30", ChronoField.YEAR_OF_ERA, 1408, "1408-12-30"),
        Arguments.of("1402-04-20", ChronoField.PROLEPTIC_MONTH, 1403 * 12, "1403-01-20"),
        Arguments.of("1402-04-20", ChronoField.EPOCH_DAY, 0, "1348-10-11"), // 1970-01-01
        Arguments.of("1402-04-20", ChronoField.DAY_OF_WEEK, 5, "1402-04-23"), // Tue -> Fri
        Arguments.of("1402-04-20", ChronoField.ALIGNED_DAY_OF_WEEK_IN_MONTH, 1, "1402-04-15"),
        Arguments.of("1402-04-20", ChronoField.ALIGNED_WEEK_OF_MONTH, 1, "1402-04-06"),
        Arguments.of("1402-04-20", ChronoField.ALIGNED_DAY_OF_WEEK_IN_YEAR, 7, "1402-04-26"),
        Arguments.of("1402-04-20", ChronoField.ALIGNED_WEEK_OF_YEAR, 1, "1402-01-01"),
        Arguments.of("1402-04-20", ChronoField.ERA, 1, "1402-04-20"));
  }

  @ParameterizedTest(name = "{0} with {1} {2} = {3}")
  @MethodSource("withField")
  void with_setsOneFieldAndClampsTheDayWhenTheMonthIsShorter(
      String start, ChronoField field, long value, String expected) {
    assertThat(JalaliDate.parse(start).with(field, value)).isEqualTo(JalaliDate.parse(expected));
  }

  @Test
  void with_aDayEsfandLacks_isRefusedWithTheReason() {
    JalaliDate date = JalaliDate.of(1402, 12, 1);

    assertThatThrownBy(() -> date.with(ChronoField.DAY_OF_MONTH, 30))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("1402-12-30 is not a date: Esfand 1402 has 29 days (1402 is not a leap year)");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"YEAR, 1501", "YEAR_OF_ERA, 1299", "PROLEPTIC_MONTH, 18012", "EPOCH_DAY, -17819"})
  void with_aValueOutsideTheSupportedRange_isRefused(ChronoField field, long value) {
    assertThatThrownBy(() -> JalaliDate.of(1402, 4, 20).with(field, value))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining(RANGE);
  }

  @Test
  void with_eraOtherThanAp_isRefused() {
    assertThatThrownBy(() -> JalaliDate.of(1402, 4, 20).with(ChronoField.ERA, 0))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void temporalAdjusters_workInTheJalaliCalendar() {
    JalaliDate date = JalaliDate.of(1402, 12, 11);

    assertThat(date.with(TemporalAdjusters.lastDayOfMonth()))
        .isEqualTo(JalaliDate.of(1402, 12, 29));
    assertThat(date.with(TemporalAdjusters.firstDayOfNextMonth()))
        .isEqualTo(JalaliDate.of(1403, 1, 1));
    assertThat(date.with(TemporalAdjusters.lastDayOfYear())).isEqualTo(JalaliDate.of(1402, 12, 29));
    // 1 March 2024 was a Friday, the Iranian weekend; the next Saturday starts the week.
    assertThat(date.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)))
        .isEqualTo(JalaliDate.of(1402, 12, 12));
  }

  static Stream<Arguments> plusUnits() {
    return Stream.of(
        Arguments.of("1402-12-29", 1, ChronoUnit.DAYS, "1403-01-01"),
        Arguments.of("1403-12-29", 1, ChronoUnit.DAYS, "1403-12-30"), // leap day
        Arguments.of("1403-12-30", 1, ChronoUnit.DAYS, "1404-01-01"),
        Arguments.of("1402-04-20", -20, ChronoUnit.DAYS, "1402-03-31"),
        Arguments.of("1402-04-20", 2, ChronoUnit.WEEKS, "1402-05-03"),
        Arguments.of("1402-06-31", 1, ChronoUnit.MONTHS, "1402-07-30"), // 31-day into 30-day
        Arguments.of("1402-11-30", 1, ChronoUnit.MONTHS, "1402-12-29"), // into a short Esfand
        Arguments.of("1403-11-30", 1, ChronoUnit.MONTHS, "1403-12-30"), // into a leap Esfand
        Arguments.of("1402-01-31", 11, ChronoUnit.MONTHS, "1402-12-29"),
        Arguments.of("1402-12-29", 1, ChronoUnit.MONTHS, "1403-01-29"),
        Arguments.of("1402-07-30", -1, ChronoUnit.MONTHS, "1402-06-30"),
        Arguments.of("1402-01-15", -1, ChronoUnit.MONTHS, "1401-12-15"),
        Arguments.of("1402-04-20", 25, ChronoUnit.MONTHS, "1404-05-20"),
        Arguments.of("1403-12-30", 1, ChronoUnit.YEARS, "1404-12-29"), // leap day to common year
        Arguments.of("1403-12-30", 5, ChronoUnit.YEARS, "1408-12-30"), // leap day to leap year
        Arguments.of("1403-12-30", -4, ChronoUnit.YEARS, "1399-12-30"),
        Arguments.of("1402-04-20", 1, ChronoUnit.DECADES, "1412-04-20"),
        Arguments.of("1402-04-20", -1, ChronoUnit.CENTURIES, "1302-04-20"),
        Arguments.of("1402-04-20", 0, ChronoUnit.MILLENNIA, "1402-04-20"),
        Arguments.of("1402-04-20", 0, ChronoUnit.ERAS, "1402-04-20"));
  }

  @ParameterizedTest(name = "{0} plus {1} {2} = {3}")
  @MethodSource("plusUnits")
  void plus_addsAnAmountOfAUnit(String start, long amount, ChronoUnit unit, String expected) {
    JalaliDate from = JalaliDate.parse(start);
    JalaliDate to = JalaliDate.parse(expected);

    assertThat(from.plus(amount, unit)).isEqualTo(to);
    assertThat(from.minus(-amount, unit)).isEqualTo(to);
  }

  @Test
  void plusShortcuts_matchThePlusMachinery() {
    JalaliDate date = JalaliDate.of(1402, 6, 31);

    assertThat(date.plusDays(40)).isEqualTo(date.plus(40, ChronoUnit.DAYS));
    assertThat(date.plusMonths(7)).isEqualTo(date.plus(7, ChronoUnit.MONTHS));
    assertThat(date.plusYears(-3)).isEqualTo(date.plus(-3, ChronoUnit.YEARS));
    assertThat(date.plusDays(0)).isSameAs(date);
  }

  @Test
  void plusAChronoPeriod_addsMonthsThenDays() {
    ChronoPeriod period = JalaliChronology.INSTANCE.period(1, 2, 3);

    assertThat(JalaliDate.of(1402, 4, 20).plus(period)).isEqualTo(JalaliDate.of(1403, 6, 23));
    assertThat(JalaliDate.of(1403, 6, 23).minus(period)).isEqualTo(JalaliDate.of(1402, 4, 20));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ChronoUnit.class,
      names = {"HOURS", "MINUTES", "HALF_DAYS", "FOREVER"})
  void timeUnits_areUnsupported(ChronoUnit unit) {
    JalaliDate date = JalaliDate.of(1402, 4, 20);

    assertThatThrownBy(() -> date.plus(1, unit))
        .isInstanceOf(UnsupportedTemporalTypeException.class);
    assertThatThrownBy(() -> date.until(date, unit))
        .isInstanceOf(UnsupportedTemporalTypeException.class);
  }

  static Stream<Arguments> arithmeticLeavingTheRange() {
    JalaliDate first = JalaliDate.of(1300, 1, 1);
    JalaliDate last = JalaliDate.of(1500, 12, 29);
    return Stream.of(
        Arguments.of(
            "first day minus one day", (Supplier<?>) () -> first.minus(1, ChronoUnit.DAYS)),
        Arguments.of("last day plus one day", (Supplier<?>) () -> last.plusDays(1)),
        Arguments.of("last day plus one month", (Supplier<?>) () -> last.plusMonths(1)),
        Arguments.of("first day minus one year", (Supplier<?>) () -> first.plusYears(-1)),
        Arguments.of("plus a millennium", (Supplier<?>) () -> first.plus(1, ChronoUnit.MILLENNIA)),
        Arguments.of("plus one era", (Supplier<?>) () -> first.plus(1, ChronoUnit.ERAS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arithmeticLeavingTheRange")
  void arithmeticLeavingTheSupportedRange_isRefused(String what, Supplier<?> arithmetic) {
    assertThatThrownBy(arithmetic::get).isInstanceOf(DateTimeException.class);
  }

  @Test
  void arithmeticLeavingTheSupportedRange_saysWhy() {
    assertThatThrownBy(() -> JalaliDate.of(1500, 12, 29).plusDays(1))
        .hasMessage(
            "2122-03-21 is outside the supported range: " + RANGE + " (1921-03-21 to 2122-03-20)");
    assertThatThrownBy(() -> JalaliDate.of(1500, 1, 1).plusYears(1))
        .hasMessage("Year 1501 AP is outside the supported range: " + RANGE);
  }

  static Stream<Arguments> untilUnits() {
    return Stream.of(
        Arguments.of("1402-04-20", "1402-04-22", ChronoUnit.DAYS, 2L),
        Arguments.of("1402-04-22", "1402-04-20", ChronoUnit.DAYS, -2L),
        Arguments.of("1402-04-20", "1402-12-11", ChronoUnit.WEEKS, 33L),
        Arguments.of("1402-01-31", "1402-02-30", ChronoUnit.MONTHS, 0L), // incomplete month
        Arguments.of("1402-01-31", "1402-02-31", ChronoUnit.MONTHS, 1L),
        Arguments.of("1402-02-31", "1402-01-31", ChronoUnit.MONTHS, -1L),
        Arguments.of("1402-04-20", "1403-04-19", ChronoUnit.YEARS, 0L),
        Arguments.of("1402-04-20", "1403-04-20", ChronoUnit.YEARS, 1L),
        Arguments.of("1300-01-01", "1500-12-29", ChronoUnit.DECADES, 20L),
        Arguments.of("1300-01-01", "1500-12-29", ChronoUnit.CENTURIES, 2L),
        Arguments.of("1300-01-01", "1500-12-29", ChronoUnit.MILLENNIA, 0L),
        Arguments.of("1300-01-01", "1500-12-29", ChronoUnit.ERAS, 0L));
  }

  @ParameterizedTest(name = "{0} until {1} in {2} = {3}")
  @MethodSource("untilUnits")
  void until_countsWholeUnits(String start, String end, ChronoUnit unit, long expected) {
    assertThat(JalaliDate.parse(start).until(JalaliDate.parse(end), unit)).isEqualTo(expected);
  }

  @Test
  void until_acceptsAnIsoEnd() {
    JalaliDate article = JalaliDate.of(1402, 4, 20);

    assertThat(article.until(LocalDate.of(2024, 3, 1), ChronoUnit.DAYS)).isEqualTo(234);
  }

  @Test
  void untilAsPeriod_fromTheArticleToVotingDay() {
    ChronoPeriod period = JalaliDate.of(1402, 4, 20).until(JalaliDate.of(1402, 12, 11));

    assertThat(period).isEqualTo(JalaliChronology.INSTANCE.period(0, 7, 21));
  }

  static Stream<Long> periodSeeds() {
    return Stream.of(1L, 2L, 3L, 4L, 5L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("periodSeeds")
  void untilAsPeriod_addedToTheStart_reachesTheEnd(long seed) {
    Random random = new Random(seed);
    long first = FIRST_ISO.toEpochDay();
    int span = (int) (LAST_ISO.toEpochDay() - first + 1);
    for (int i = 0; i < 2_000; i++) {
      JalaliDate start = JalaliDate.ofEpochDay(first + random.nextInt(span));
      JalaliDate end = JalaliDate.ofEpochDay(first + random.nextInt(span));

      ChronoPeriod period = start.until(end);

      assertThat(start.plus(period)).as("%s + %s", start, period).isEqualTo(end);
      assertThat(start.until(end, ChronoUnit.DAYS))
          .isEqualTo(start.toLocalDate().until(end.toLocalDate(), ChronoUnit.DAYS));
    }
  }

  // Invalid dates: each refused with a message that says what is wrong.
  @ParameterizedTest(name = "{0}-{1}-{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1402|12|30|1402-12-30 is not a date: Esfand 1402 has 29 days (1402 is not a leap year)",
        "1404|12|30|1404-12-30 is not a date: Esfand 1404 has 29 days (1404 is not a leap year)",
        "1403|12|31|1403-12-31 is not a date: Esfand 1403 has 30 days (1403 is a leap year)",
        "1402|13|01|1402-13-01 is not a date: the month must be from 1 to 12",
        "1402|00|01|1402-00-01 is not a date: the month must be from 1 to 12",
        "1402|01|32|1402-01-32 is not a date: Farvardin 1402 has 31 days",
        "1402|07|31|1402-07-31 is not a date: Mehr 1402 has 30 days",
        "1402|04|00|1402-04-00 is not a date: the day of the month must be at least 1"
      })
  void invalidDates_areRefusedWithTheReason(int year, int month, int day, String message) {
    assertThatThrownBy(() -> JalaliDate.of(year, month, day))
        .isInstanceOf(DateTimeException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {1299, 1501, 0, -1402, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void yearsOutsideTheSupportedRange_areRefused(int year) {
    assertThatThrownBy(() -> JalaliDate.of(year, 1, 1))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("Year " + year + " AP is outside the supported range: " + RANGE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1921-03-20", "2122-03-21", "1900-01-01", "2200-01-01"})
  void isoDatesOutsideTheSupportedRange_areRefused(LocalDate iso) {
    assertThatThrownBy(() -> JalaliDate.from(iso))
        .isInstanceOf(DateTimeException.class)
        .hasMessage(
            iso + " is outside the supported range: " + RANGE + " (1921-03-21 to 2122-03-20)");
  }

  @ParameterizedTest(name = "epoch day {0}")
  @ValueSource(longs = {Long.MIN_VALUE, Long.MAX_VALUE})
  void epochDaysBeyondEveryCalendar_areRefusedByNumber(long epochDay) {
    assertThatThrownBy(() -> JalaliDate.ofEpochDay(epochDay))
        .isInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("Epoch day " + epochDay + " is outside the supported range")
        .hasMessageContaining(RANGE);
  }

  @Test
  void now_takesTheDayInTheClocksZone() {
    // 00:30 on 11 July 2023 in Tehran (UTC+3:30) is still 10 July in UTC.
    Instant instant = Instant.parse("2023-07-10T21:00:00Z");

    assertThat(JalaliDate.now(Clock.fixed(instant, ZoneId.of("Asia/Tehran"))))
        .isEqualTo(JalaliDate.of(1402, 4, 20));
    assertThat(JalaliDate.now(Clock.fixed(instant, ZoneOffset.UTC)))
        .isEqualTo(JalaliDate.of(1402, 4, 19));
  }

  @Test
  void now_outsideTheSupportedRange_isRefused() {
    Clock future = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneOffset.UTC);

    assertThatThrownBy(() -> JalaliDate.now(future)).hasMessageContaining(RANGE);
  }

  @Test
  void now_withoutAClock_isTodayInTheSystemZone() {
    JalaliDate before = JalaliDate.now(ZoneId.systemDefault());
    JalaliDate now = JalaliDate.now();
    JalaliDate after = JalaliDate.now(ZoneId.systemDefault());

    assertThat(now).isBetween(before, after);
  }

  @Test
  void toString_namesChronologyEraAndNumericDate() {
    assertThat(JalaliDate.of(1402, 4, 20)).hasToString("Jalali AP 1402-04-20");
    assertThat(JalaliDate.of(1300, 1, 1)).hasToString("Jalali AP 1300-01-01");
  }

  @Test
  void accessors_andChronology() {
    JalaliDate date = JalaliDate.of(1402, 12, 11);

    assertThat(date.getYear()).isEqualTo(1402);
    assertThat(date.getMonthValue()).isEqualTo(12);
    assertThat(date.getDayOfMonth()).isEqualTo(11);
    assertThat(date.getChronology()).isSameAs(JalaliChronology.INSTANCE);
    assertThat(date.getEra()).isEqualTo(JalaliEra.AP);
    assertThat(JalaliDate.from(date)).isSameAs(date);
  }

  @Test
  void equality_isByDay_andHashCodesOfSupportedDaysNeverCollide() {
    assertThat(JalaliDate.of(1402, 4, 20))
        .isEqualTo(JalaliDate.parse("1402-04-20"))
        .hasSameHashCodeAs(JalaliDate.parse("1402-04-20"))
        .isNotEqualTo(JalaliDate.of(1402, 4, 21))
        .isNotEqualTo(JalaliDate.of(1403, 4, 20))
        .isNotEqualTo(JalaliDate.of(1402, 5, 20))
        .isNotEqualTo(LocalDate.of(2023, 7, 11));

    Set<Integer> hashes = new HashSet<>();
    long days = 0;
    for (LocalDate iso = FIRST_ISO; !iso.isAfter(LAST_ISO); iso = iso.plusDays(1)) {
      hashes.add(JalaliDate.from(iso).hashCode());
      days++;
    }
    assertThat(hashes).hasSize((int) days);
  }

  @Test
  void ordering_followsTheTimelineAcrossCalendars() {
    JalaliDate article = JalaliDate.of(1402, 4, 20);

    assertThat(article.isBefore(JalaliDate.of(1402, 4, 21))).isTrue();
    assertThat(article.isAfter(LocalDate.of(2023, 7, 10))).isTrue();
    assertThat(ChronoLocalDate.timeLineOrder().compare(article, LocalDate.of(2023, 7, 11)))
        .isZero();
  }

  @Test
  void atTime_givesAJalaliDateTime() {
    assertThat(JalaliDate.of(1402, 4, 20).atTime(LocalTime.of(15, 11)).toLocalDate())
        .isEqualTo(JalaliDate.of(1402, 4, 20));
  }
}
