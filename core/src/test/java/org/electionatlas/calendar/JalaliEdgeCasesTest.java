package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ChronoPeriod;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.JulianFields;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalUnit;
import java.time.temporal.ValueRange;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the Jalali calendar that the broader tests pass over: the day the six 31-day months
 * end, fields and units from outside {@code ChronoField} and {@code ChronoUnit}, periods that end a
 * day short of a whole month, every character the parser ignores, and the digits at both ends of
 * each range. Written against the mutants PIT found surviving.
 */
class JalaliEdgeCasesTest {

  private static JalaliDate date(String iso) {
    return JalaliDate.parse(iso);
  }

  @Test
  void dayOfYear186_isTheLast31stAndDay187_theFirstOfMehr() {
    assertThat(JalaliChronology.INSTANCE.dateYearDay(1402, 186)).isEqualTo(date("1402-06-31"));
    assertThat(JalaliChronology.INSTANCE.dateYearDay(1402, 187)).isEqualTo(date("1402-07-01"));
    assertThat(date("1402-07-01").get(ChronoField.DAY_OF_YEAR)).isEqualTo(187);
  }

  @Test
  void aDayOfYearPastTheEnd_saysHowLongTheYearIs_andWhetherItIsLeap() {
    assertThatThrownBy(() -> JalaliChronology.INSTANCE.dateYearDay(1402, 366))
        .isInstanceOf(DateTimeException.class)
        .hasMessage(
            "Day 366 of 1402 is not a date: the year has 365 days (1402 is not a leap year)");
    assertThatThrownBy(() -> JalaliChronology.INSTANCE.dateYearDay(1403, 367))
        .hasMessage("Day 367 of 1403 is not a date: the year has 366 days");
  }

  @Test
  void fieldsFromOutsideChronoField_readRangeAndSetThroughTheField() {
    JalaliDate day = date("1402-04-20");
    long julianDay = day.getLong(JulianFields.JULIAN_DAY);

    assertThat(julianDay).isEqualTo(LocalDate.of(2023, 7, 11).getLong(JulianFields.JULIAN_DAY));
    assertThat(day.with(JulianFields.JULIAN_DAY, julianDay + 1)).isEqualTo(date("1402-04-21"));
    assertThat(day.range(JulianFields.JULIAN_DAY))
        .isEqualTo(JulianFields.JULIAN_DAY.rangeRefinedBy(day));
    assertThat(day.getLong(ChronoField.PROLEPTIC_MONTH)).isEqualTo(1402 * 12 + 3);
  }

  @Test
  void theRangeOfTheDayOfMonth_followsTheMonth() {
    assertThat(date("1403-12-01").range(ChronoField.DAY_OF_MONTH)).isEqualTo(ValueRange.of(1, 30));
    assertThat(date("1402-12-01").range(ChronoField.DAY_OF_MONTH)).isEqualTo(ValueRange.of(1, 29));
    assertThat(date("1402-12-01").range(ChronoField.DAY_OF_YEAR)).isEqualTo(ValueRange.of(1, 365));
  }

  @Test
  void unitsFromOutsideChronoUnit_addSubtractAndMeasure() {
    JalaliDate day = date("1402-04-20");

    assertThat(day.plus(1, IsoFields.QUARTER_YEARS)).isEqualTo(date("1402-07-20"));
    assertThat(day.minus(1, IsoFields.QUARTER_YEARS)).isEqualTo(date("1402-01-20"));
    assertThat(day.until(date("1403-04-20"), IsoFields.QUARTER_YEARS)).isEqualTo(4);
  }

  @Test
  void anAdjustmentThatLeavesTheCalendar_isRefused() {
    TemporalField isoOnly = new IsoDateField();

    assertThatThrownBy(() -> date("1402-04-20").with(isoOnly, 1))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("Expected a JalaliDate but the adjustment returned java.time.LocalDate");
  }

  @ParameterizedTest(name = "{0} to {1} is {2}")
  @CsvSource({
    "1402-01-10, 1402-02-10, P1M",
    "1402-01-31, 1402-02-01, P1D",
    "1402-01-10, 1402-02-09, P30D",
    "1402-02-10, 1402-01-10, P-1M",
    "1402-02-01, 1402-01-31, P-1D",
    "1402-02-10, 1402-01-11, P-30D",
    "1402-04-20, 1402-12-10, P7M20D"
  })
  void aPeriod_countsAMonthOnlyWhenItIsWhole(String start, String end, String period) {
    ChronoPeriod between = date(start).until(date(end));

    assertThat(between.toString()).isEqualTo("Jalali " + period);
    assertThat(date(start).plus(between)).isEqualTo(date(end));
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200C", "200D", "200E", "200F", "061C", "0640", "FEFF"})
  void everyCharacterThatChangesOnlyHowTextLooks_isIgnored(String hex) {
    String mark = String.valueOf((char) Integer.parseInt(hex, 16));

    assertThat(JalaliFormat.parse("۲۰" + mark + " تیر" + mark + " ۱۴۰۲" + mark))
        .isEqualTo(date("1402-04-20"));
  }

  @Test
  void aNoBreakSpace_separatesLikeASpace() {
    assertThat(JalaliFormat.parse("۲۰\u00A0تیر\u00A0۱۴۰۲")).isEqualTo(date("1402-04-20"));
  }

  @Test
  void theDigitsAtBothEndsOfEachRange_areRead_andNineIsWrittenInPersian() {
    assertThat(JalaliFormat.parse("۱۳۹۹/۰۹/۰۹")).isEqualTo(date("1399-09-09"));
    assertThat(JalaliFormat.parse("١٣٩٩/٠٩/٠٩")).isEqualTo(date("1399-09-09"));
    assertThat(JalaliFormat.formatPersian(date("1399-09-09"))).isEqualTo("۹ آذر ۱۳۹۹");
    assertThat(JalaliFormat.formatPersian(date("1400-10-10"))).isEqualTo("۱۰ دی ۱۴۰۰");
  }

  @Test
  void theChronologysNow_isTheClocksDayInItsZone() {
    Clock tehranEvening =
        Clock.fixed(Instant.parse("2023-07-11T21:00:00Z"), ZoneId.of("Asia/Tehran"));

    assertThat(JalaliChronology.INSTANCE.dateNow(tehranEvening)).isEqualTo(date("1402-04-21"));
    assertThat(JalaliChronology.INSTANCE.dateNow(ZoneId.of("Asia/Tehran")))
        .isEqualTo(JalaliDate.from(LocalDate.now(ZoneId.of("Asia/Tehran"))));
    assertThat(JalaliChronology.INSTANCE.dateNow()).isEqualTo(JalaliDate.from(LocalDate.now()));
  }

  @Test
  void subtractingTheMostNegativeAmount_failsLikeAddingTheMostPositive() {
    assertThatThrownBy(() -> date("1402-04-20").minus(Long.MIN_VALUE, ChronoUnit.DAYS))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aDateEqualsItself_andNoOtherKindOfObject() {
    JalaliDate day = date("1402-04-20");

    assertThat(day.equals(day)).isTrue();
    assertThat(day.equals(day.toLocalDate())).isFalse();
    assertThat(day.toString().toLowerCase(Locale.ROOT)).contains("1402-04-20");
  }

  /** A field whose adjustment answers with an ISO date, as a careless third-party field might. */
  private static final class IsoDateField implements TemporalField {
    @Override
    public TemporalUnit getBaseUnit() {
      return java.time.temporal.ChronoUnit.DAYS;
    }

    @Override
    public TemporalUnit getRangeUnit() {
      return java.time.temporal.ChronoUnit.FOREVER;
    }

    @Override
    public ValueRange range() {
      return ValueRange.of(0, 1);
    }

    @Override
    public boolean isDateBased() {
      return true;
    }

    @Override
    public boolean isTimeBased() {
      return false;
    }

    @Override
    public boolean isSupportedBy(TemporalAccessor temporal) {
      return true;
    }

    @Override
    public ValueRange rangeRefinedBy(TemporalAccessor temporal) {
      return range();
    }

    @Override
    public long getFrom(TemporalAccessor temporal) {
      return 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R extends Temporal> R adjustInto(R temporal, long newValue) {
      return (R) LocalDate.of(2023, 7, 11);
    }
  }
}
