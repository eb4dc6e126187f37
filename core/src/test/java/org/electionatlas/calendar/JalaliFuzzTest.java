package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Fuzz tests of the Jalali parsers: on any text, they return a date or throw {@link
 * DateTimeException}, nothing else, and a date they return formats back to text that parses to the
 * same date. A normal build runs the committed inputs in {@code JalaliFuzzTestInputs/}; {@code
 * scripts/fuzz} fuzzes for longer.
 */
class JalaliFuzzTest {

  @FuzzTest
  void format_parse_returns_a_date_that_formats_back_or_throws_a_date_time_exception(
      FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    JalaliDate date;
    try {
      date = JalaliFormat.parse(text);
    } catch (DateTimeException e) {
      assertThat(e.getMessage()).isNotBlank();
      try {
        LocalDateTime dateTime = JalaliFormat.parseDateTime(text);
        assertThat(JalaliFormat.parseDateTime(JalaliFormat.formatPersianDateTime(dateTime)))
            .isEqualTo(dateTime.withSecond(0).withNano(0));
      } catch (DateTimeException again) {
        assertThat(again.getMessage()).isNotBlank();
      }
      return;
    }
    assertThat(JalaliFormat.parse(JalaliFormat.formatPersian(date))).isEqualTo(date);
    assertThat(JalaliFormat.parse(JalaliFormat.formatLatin(date))).isEqualTo(date);
    assertThat(JalaliFormat.parseDateTime(text)).isEqualTo(date.toLocalDate().atStartOfDay());
  }

  @FuzzTest
  void date_parse_returns_a_date_that_formats_back_or_throws_a_date_time_exception(
      FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    JalaliDate date;
    try {
      date = JalaliDate.parse(text);
    } catch (DateTimeException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(JalaliDate.parse(JalaliFormat.formatLatin(date))).isEqualTo(date);
    assertThat(JalaliDate.from(date.toLocalDate())).isEqualTo(date);
    // The strict form is one of the forms the lenient parser reads.
    assertThat(JalaliFormat.parse(text)).isEqualTo(date);
  }
}
