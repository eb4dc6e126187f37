package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Jalali reading behind date-implausible's hint, checked against ICU4J's Persian calendar. */
class JalaliGuessTest {

  @ParameterizedTest(name = "{0}-{1}-{2} = {3}")
  @CsvSource({
    "1300, 1, 1, 1921-03-21",
    "1402, 4, 20, 2023-07-11",
    "1402, 12, 11, 2024-03-01",
    "1403, 1, 1, 2024-03-20",
    "1403, 12, 30, 2025-03-20"
  })
  void the_spot_dates_of_the_reference_facts_convert(int y, int m, int d, LocalDate gregorian) {
    assertThat(JalaliGuess.toGregorian(y, m, d)).contains(gregorian);
  }

  @Test
  void every_day_of_1300_to_1500_agrees_with_icu() {
    PersianCalendar icu = new PersianCalendar(TimeZone.GMT_ZONE);
    LocalDate day = LocalDate.of(1921, 3, 21);
    int checked = 0;
    while (true) {
      icu.setTimeInMillis(day.toEpochDay() * 86_400_000L);
      int year = icu.get(Calendar.EXTENDED_YEAR);
      if (year > JalaliGuess.LAST_YEAR) {
        break;
      }
      int month = icu.get(Calendar.MONTH) + 1;
      int dayOfMonth = icu.get(Calendar.DAY_OF_MONTH);
      assertThat(JalaliGuess.toGregorian(year, month, dayOfMonth))
          .as("%d-%d-%d", year, month, dayOfMonth)
          .contains(day);
      day = day.plusDays(1);
      checked++;
    }
    assertThat(checked).isGreaterThan(201 * 365);
  }

  @ParameterizedTest(name = "{0}-{1}-{2}")
  @CsvSource({"1299, 12, 29", "1501, 1, 1", "1402, 13, 1", "1402, 7, 31", "1402, 12, 30"})
  void days_outside_the_range_or_the_calendar_have_no_reading(int y, int m, int d) {
    assertThat(JalaliGuess.toGregorian(y, m, d)).isEmpty();
  }
}
