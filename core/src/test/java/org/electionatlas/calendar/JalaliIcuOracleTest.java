package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every supported day against ICU4J's Persian calendar, an implementation written
 * independently of this one. ICU's calendar is taken through the locale factory because its class
 * is marked internal.
 */
class JalaliIcuOracleTest {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private Calendar icu;

  @BeforeEach
  void createIcuPersianCalendar() {
    icu = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("en@calendar=persian"));
    assertThat(icu.getType()).isEqualTo("persian");
  }

  @Test
  void everyDayFrom1300To1500_isTheSameDayInIcuBothWays() {
    long first = LocalDate.of(1921, 3, 21).toEpochDay();
    long last = LocalDate.of(2122, 3, 20).toEpochDay();
    List<String> mismatches = new ArrayList<>();
    for (long epochDay = first; epochDay <= last; epochDay++) {
      JalaliDate ours = JalaliDate.ofEpochDay(epochDay);
      icu.setTimeInMillis(epochDay * MILLIS_PER_DAY);
      String icuDate =
          String.format(
              "%04d-%02d-%02d",
              icu.get(Calendar.EXTENDED_YEAR),
              icu.get(Calendar.MONTH) + 1,
              icu.get(Calendar.DAY_OF_MONTH));
      if (!JalaliFormat.formatLatin(ours).equals(icuDate)) {
        mismatches.add(LocalDate.ofEpochDay(epochDay) + ": ours " + ours + ", ICU " + icuDate);
      }
      icu.clear();
      icu.set(ours.getYear(), ours.getMonthValue() - 1, ours.getDayOfMonth());
      long icuEpochDay = Math.floorDiv(icu.getTimeInMillis(), MILLIS_PER_DAY);
      if (icuEpochDay != epochDay) {
        mismatches.add(ours + ": ours " + epochDay + ", ICU epoch day " + icuEpochDay);
      }
      if (mismatches.size() > 20) {
        break;
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void supportedRange_startsAndEndsWhereIcuPutsTheFirstAndLastDayOf1300To1500() {
    icu.clear();
    icu.set(1300, 0, 1);
    long icuFirst = Math.floorDiv(icu.getTimeInMillis(), MILLIS_PER_DAY);
    icu.clear();
    icu.set(1501, 0, 1);
    long icuAfterLast = Math.floorDiv(icu.getTimeInMillis(), MILLIS_PER_DAY);

    assertThat(JalaliDate.of(1300, 1, 1).toEpochDay()).isEqualTo(icuFirst);
    assertThat(JalaliDate.of(1500, 12, 29).toEpochDay()).isEqualTo(icuAfterLast - 1);
  }

  static IntStream supportedYears() {
    return IntStream.rangeClosed(1300, 1500);
  }

  @ParameterizedTest(name = "{0} AP")
  @MethodSource("supportedYears")
  void icuLeapYears_agreeWithThe33YearRuleAndThisCalendar(int year) {
    icu.clear();
    icu.set(year, 11, 1);
    boolean icuLeap = icu.getActualMaximum(Calendar.DAY_OF_MONTH) == 30;

    assertThat(icuLeap).as("ICU").isEqualTo(Math.floorMod(25 * year + 11, 33) < 8);
    assertThat(JalaliChronology.INSTANCE.isLeapYear(year)).as("this calendar").isEqualTo(icuLeap);
  }

  /**
   * Not a test of this code but of the reason for its range: ICU 79 corrects the 33-year rule with
   * a table of astronomical exceptions, and the first one falls in 1502, just after the last
   * supported year.
   */
  @Test
  void icuFirstDepartsFromThe33YearRuleIn1502_justPastTheSupportedRange() {
    int firstDeparture = -1;
    for (int year = 1300; year <= 1700 && firstDeparture < 0; year++) {
      icu.clear();
      icu.set(year, 11, 1);
      boolean icuLeap = icu.getActualMaximum(Calendar.DAY_OF_MONTH) == 30;
      if (icuLeap != (Math.floorMod(25 * year + 11, 33) < 8)) {
        firstDeparture = year;
      }
    }

    assertThat(firstDeparture).isEqualTo(1502);
  }
}
