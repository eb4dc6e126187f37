package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.ChronoZonedDateTime;
import java.time.chrono.IsoEra;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalField;
import java.time.temporal.ValueRange;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliChronologyTest {

  private static final JalaliChronology JALALI = JalaliChronology.INSTANCE;

  /** The leap years of 1300 to 1500 AP, as data: the official calendar agrees (see ICU test). */
  private static final List<Integer> LEAP_YEARS =
      List.of(
          1300, 1304, 1309, 1313, 1317, 1321, 1325, 1329, 1333, 1337, 1342, 1346, 1350, 1354, 1358,
          1362, 1366, 1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420,
          1424, 1428, 1432, 1436, 1441, 1445, 1449, 1453, 1457, 1461, 1465, 1469, 1474, 1478, 1482,
          1486, 1490, 1494, 1498);

  @Test
  void idAndCalendarType_areJalaliAndTheCldrTypePersian() {
    assertThat(JALALI.getId()).isEqualTo("Jalali");
    assertThat(JALALI.getCalendarType()).isEqualTo("persian");
    assertThat(JALALI).hasToString("Jalali");
  }

  @Test
  void leapYearsFrom1300To1500_areExactlyTheListedOnes() {
    List<Integer> leapYears =
        IntStream.rangeClosed(1300, 1500)
            .filter(JALALI::isLeapYear)
            .boxed()
            .collect(Collectors.toList());

    assertThat(leapYears).isEqualTo(LEAP_YEARS);
  }

  @Test
  void leapYearList_followsThe33YearRule() {
    List<Integer> byRule =
        IntStream.rangeClosed(1300, 1500)
            .filter(year -> (25 * year + 11) % 33 < 8)
            .boxed()
            .collect(Collectors.toList());

    assertThat(LEAP_YEARS).isEqualTo(byRule);
  }

  @ParameterizedTest(name = "{0} AP leap: {1}")
  @CsvSource({
    "1399, true",
    "1400, false",
    "1402, false",
    "1403, true",
    "1404, false",
    "1405, false",
    "1406, false",
    "1407, false",
    "1408, true",
    "1300, true",
    "1500, false"
  })
  void knownLeapYears_matchTheOfficialCalendar(int year, boolean leap) {
    assertThat(JALALI.isLeapYear(year)).isEqualTo(leap);
  }

  @Test
  void nextLeapYearAfter1403_is1408_fiveYearsLater() {
    int next = IntStream.rangeClosed(1404, 1500).filter(JALALI::isLeapYear).findFirst().orElse(0);

    assertThat(next).isEqualTo(1408);
  }

  @ParameterizedTest
  @ValueSource(longs = {1299, 1501, 0, -1, Long.MAX_VALUE})
  void isLeapYear_outsideTheSupportedRange_isRefused(long year) {
    assertThatThrownBy(() -> JALALI.isLeapYear(year))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("the Jalali calendar is exact only for years 1300 to 1500 AP");
  }

  @Test
  void eras_areTheSingleEraAp() {
    assertThat(JALALI.eras()).containsExactly(JalaliEra.AP);
    assertThat(JALALI.eraOf(1)).isEqualTo(JalaliEra.AP);
    assertThat(JalaliEra.AP.getValue()).isEqualTo(1);
    assertThatThrownBy(() -> JALALI.eraOf(0)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void eraDisplayName_isApOrPersian_notTheIsoAd() {
    assertThat(JalaliEra.AP.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).isEqualTo("AP");
    assertThat(JalaliEra.AP.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("fa-IR")))
        .isEqualTo("\u0647\u200D.\u0634.");
  }

  @Test
  void prolepticYear_isTheYearOfEra_andRefusesAnotherCalendarsEra() {
    assertThat(JALALI.prolepticYear(JalaliEra.AP, 1402)).isEqualTo(1402);
    assertThatThrownBy(() -> JALALI.prolepticYear(IsoEra.CE, 1402))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void dateFactories_allReachTheSameDay() {
    JalaliDate expected = JalaliDate.of(1402, 4, 20);

    assertThat(JALALI.date(1402, 4, 20)).isEqualTo(expected);
    assertThat(JALALI.date(JalaliEra.AP, 1402, 4, 20)).isEqualTo(expected);
    assertThat(JALALI.dateYearDay(1402, 113)).isEqualTo(expected);
    assertThat(JALALI.dateYearDay(JalaliEra.AP, 1402, 113)).isEqualTo(expected);
    assertThat(JALALI.dateEpochDay(19549)).isEqualTo(expected);
    assertThat(JALALI.date(LocalDate.of(2023, 7, 11))).isEqualTo(expected);
    Clock clock = Clock.fixed(Instant.parse("2023-07-11T12:00:00Z"), ZoneId.of("Asia/Tehran"));
    assertThat(JALALI.dateNow(clock)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "day {1} of {0}")
  @CsvSource({"1402, 0", "1402, 366", "1403, 367", "1501, 1"})
  void dateYearDay_outsideTheYear_isRefused(int year, int dayOfYear) {
    assertThatThrownBy(() -> JALALI.dateYearDay(year, dayOfYear))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void dateYearDay_lastDayOfALeapYear_is30Esfand() {
    assertThat(JALALI.dateYearDay(1403, 366)).isEqualTo(JalaliDate.of(1403, 12, 30));
    assertThat(JALALI.dateYearDay(1402, 365)).isEqualTo(JalaliDate.of(1402, 12, 29));
  }

  static Stream<Arguments> fieldRanges() {
    return Stream.of(
        Arguments.of(ChronoField.DAY_OF_MONTH, ValueRange.of(1, 29, 31)),
        Arguments.of(ChronoField.DAY_OF_YEAR, ValueRange.of(1, 365, 366)),
        Arguments.of(ChronoField.MONTH_OF_YEAR, ValueRange.of(1, 12)),
        Arguments.of(ChronoField.ALIGNED_WEEK_OF_MONTH, ValueRange.of(1, 5)),
        Arguments.of(ChronoField.ALIGNED_WEEK_OF_YEAR, ValueRange.of(1, 53)),
        Arguments.of(ChronoField.YEAR, ValueRange.of(1300, 1500)),
        Arguments.of(ChronoField.YEAR_OF_ERA, ValueRange.of(1300, 1500)),
        Arguments.of(ChronoField.PROLEPTIC_MONTH, ValueRange.of(1300 * 12, 1500 * 12 + 11)),
        Arguments.of(ChronoField.ERA, ValueRange.of(1, 1)),
        Arguments.of(
            ChronoField.EPOCH_DAY,
            ValueRange.of(
                LocalDate.of(1921, 3, 21).toEpochDay(), LocalDate.of(2122, 3, 20).toEpochDay())),
        Arguments.of(ChronoField.DAY_OF_WEEK, ValueRange.of(1, 7)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("fieldRanges")
  void range_coversExactlyTheSupportedDates(ChronoField field, ValueRange range) {
    assertThat(JALALI.range(field)).isEqualTo(range);
  }

  @Test
  void isoFormatterWithJalaliChronology_printsAGregorianDateInJalali() {
    DateTimeFormatter formatter = DateTimeFormatter.ISO_LOCAL_DATE.withChronology(JALALI);

    assertThat(formatter.format(LocalDate.of(2024, 3, 1))).isEqualTo("1402-12-11");
  }

  @Test
  void isoFormatterWithJalaliChronology_parsesAJalaliDate() {
    DateTimeFormatter formatter = DateTimeFormatter.ISO_LOCAL_DATE.withChronology(JALALI);

    assertThat(formatter.parse("1402-12-11", JalaliDate::from))
        .isEqualTo(JalaliDate.of(1402, 12, 11));
    assertThat(LocalDate.from(formatter.parse("1402-12-11"))).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void strictParsingOfAMissingDay_failsWithTheCalendarsReason() {
    DateTimeFormatter formatter =
        DateTimeFormatter.ISO_LOCAL_DATE
            .withChronology(JALALI)
            .withResolverStyle(ResolverStyle.STRICT);

    assertThatThrownBy(() -> formatter.parse("1402-12-30"))
        .isInstanceOf(DateTimeParseException.class)
        .hasRootCauseMessage(
            "1402-12-30 is not a date: Esfand 1402 has 29 days (1402 is not a leap year)");
  }

  @Test
  void resolveDate_fromYearAndDayOfYear() {
    Map<TemporalField, Long> fields = new HashMap<>();
    fields.put(ChronoField.YEAR, 1403L);
    fields.put(ChronoField.DAY_OF_YEAR, 366L);

    assertThat(JALALI.resolveDate(fields, ResolverStyle.STRICT))
        .isEqualTo(JalaliDate.of(1403, 12, 30));
  }

  @Test
  void resolveDate_fromYearOfEraMonthAndDay() {
    Map<TemporalField, Long> fields = new HashMap<>();
    fields.put(ChronoField.YEAR_OF_ERA, 1402L);
    fields.put(ChronoField.MONTH_OF_YEAR, 4L);
    fields.put(ChronoField.DAY_OF_MONTH, 20L);

    assertThat(JALALI.resolveDate(fields, ResolverStyle.SMART))
        .isEqualTo(JalaliDate.of(1402, 4, 20));
  }

  @Test
  void localAndZonedDateTimes_carryTheJalaliDate() {
    LocalDateTime opening = LocalDateTime.of(2023, 7, 12, 9, 0);
    ChronoLocalDateTime<JalaliDate> local = JALALI.localDateTime(opening);
    ZonedDateTime zoned = opening.atZone(ZoneId.of("Asia/Tehran"));
    ChronoZonedDateTime<JalaliDate> fromZoned = JALALI.zonedDateTime(zoned);
    ChronoZonedDateTime<JalaliDate> fromInstant =
        JALALI.zonedDateTime(zoned.toInstant(), ZoneId.of("Asia/Tehran"));

    assertThat(local.toLocalDate()).isEqualTo(JalaliDate.of(1402, 4, 21));
    assertThat(local.toLocalTime()).hasToString("09:00");
    assertThat(fromZoned.toLocalDate()).isEqualTo(JalaliDate.of(1402, 4, 21));
    assertThat(fromInstant.toLocalDateTime()).isEqualTo(local);
  }
}
