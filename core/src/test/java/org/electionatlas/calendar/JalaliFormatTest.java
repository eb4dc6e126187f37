package org.electionatlas.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formatting and parsing. Arabic letter and digit variants are written as escapes so that the tests
 * say which character they use: U+064A and U+0649 are Arabic yeh and alef maksura, U+06CC is
 * Persian yeh; U+0660 to U+0669 are Arabic-Indic digits, U+06F0 to U+06F9 Persian digits.
 */
class JalaliFormatTest {

  private static final String RANGE = "the Jalali calendar is exact only for years 1300 to 1500 AP";

  @ParameterizedTest(name = "{0}-{1}-{2} = {3}")
  @CsvSource({
    "1402, 4, 20, ۲۰ تیر ۱۴۰۲",
    "1402, 12, 11, ۱۱ اسفند ۱۴۰۲",
    "1300, 1, 1, ۱ فروردین ۱۳۰۰",
    "1403, 12, 30, ۳۰ اسفند ۱۴۰۳",
    "1402, 2, 5, ۵ اردیبهشت ۱۴۰۲",
    "1402, 3, 5, ۵ خرداد ۱۴۰۲",
    "1402, 5, 5, ۵ مرداد ۱۴۰۲",
    "1402, 6, 5, ۵ شهریور ۱۴۰۲",
    "1402, 7, 5, ۵ مهر ۱۴۰۲",
    "1402, 8, 5, ۵ آبان ۱۴۰۲",
    "1402, 9, 5, ۵ آذر ۱۴۰۲",
    "1402, 10, 5, ۵ دی ۱۴۰۲",
    "1402, 11, 5, ۵ بهمن ۱۴۰۲"
  })
  void formatPersian_writesDayMonthNameAndYearInPersianDigits(
      int year, int month, int day, String persian) {
    JalaliDate date = JalaliDate.of(year, month, day);

    assertThat(JalaliFormat.formatPersian(date)).isEqualTo(persian);
    assertThat(JalaliFormat.parse(persian)).isEqualTo(date);
  }

  @Test
  void formatPersian_usesPersianYehAndDigitsOnly() {
    String text = JalaliFormat.formatPersian(JalaliDate.of(1402, 4, 20));

    assertThat(text).isEqualTo("\u06F2\u06F0 \u062A\u06CC\u0631 \u06F1\u06F4\u06F0\u06F2");
  }

  @Test
  void formatLatin_writesTheNumericForm() {
    assertThat(JalaliFormat.formatLatin(JalaliDate.of(1402, 4, 20))).isEqualTo("1402-04-20");
    assertThat(JalaliFormat.formatLatin(JalaliDate.of(1300, 1, 1))).isEqualTo("1300-01-01");
  }

  @Test
  void formatPersianDateTime_writesTheArticlesForm() {
    String text = JalaliFormat.formatPersianDateTime(LocalDateTime.of(2023, 7, 11, 15, 11, 59));

    assertThat(text).isEqualTo("۲۰ تیر ۱۴۰۲ - ۱۵:۱۱");
  }

  @Test
  void everySupportedDay_roundTripsThroughBothForms() {
    LocalDate last = LocalDate.of(2122, 3, 20);
    for (LocalDate iso = LocalDate.of(1921, 3, 21); !iso.isAfter(last); iso = iso.plusDays(1)) {
      JalaliDate date = JalaliDate.from(iso);

      assertThat(JalaliDate.parse(JalaliFormat.formatLatin(date))).isEqualTo(date);
      assertThat(JalaliFormat.parse(JalaliFormat.formatPersian(date))).isEqualTo(date);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1402-04-20",
        "1402/04/20",
        "\u06F1\u06F4\u06F0\u06F2/\u06F0\u06F4/\u06F2\u06F0", // Persian digits, slashes
        "\u06F1\u06F4\u06F0\u06F2-\u06F0\u06F4-\u06F2\u06F0", // Persian digits, hyphens
        "\u0661\u0664\u0660\u0662-\u0660\u0664-\u0662\u0660", // Arabic-Indic digits
        "\u0661\u0664\u0660\u0662/\u0660\u0664/\u0662\u0660"
      })
  void parse_readsTheNumericFormInAnyDigits(String text) {
    assertThat(JalaliDate.parse(text)).isEqualTo(JalaliDate.of(1402, 4, 20));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "1402-4-20",
        "1402/4/20",
        " 1402-04-20",
        "1402-04-20 ",
        "1402 - 04 - 20",
        "1402\u200C-04-20",
        "1402-\u200C04-\u200C20",
        "\u200F1402/04/20\u200F",
        "۱۴۰۲/۴/۲۰",
        "1402/04/20 ه\u200D.ش."
      })
  void parse_readsTheNumericFormAsIraniansWriteIt(String text) {
    assertThat(JalaliDate.parse(text)).isEqualTo(JalaliDate.of(1402, 4, 20));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "402-04-20",
        "1402-04/20",
        "1402.04.20",
        "14020420",
        "1402-004-20",
        "۲۰ تیر ۱۴۰۲",
        "\u0967\u096A\u0966\u0968-\u0966\u096A-\u0968\u0966" // Devanagari digits
      })
  void parse_refusesWhatIsNotANumericDate(String text) {
    assertThatThrownBy(() -> JalaliDate.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(
            "Text '"
                + text
                + "' could not be parsed: expected a Jalali date as yyyy-MM-dd or yyyy/MM/dd,"
                + " such as 1402-04-20 or 1402/4/20, in Latin, Persian or Arabic-Indic digits");
  }

  @Test
  void parse_refusesATimeOfDay_sayingSo() {
    assertThatThrownBy(() -> JalaliDate.parse("1402-04-20T00:00"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(
            "Text '1402-04-20T00:00' could not be parsed: it has a time of day; give the date"
                + " alone");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1402-12-30|Esfand 1402 has 29 days (1402 is not a leap year)",
        "1404-12-30|Esfand 1404 has 29 days (1404 is not a leap year)",
        "1402-13-01|the month must be from 1 to 12",
        "1402-01-32|Farvardin 1402 has 31 days",
        "1402-01-00|the day of the month must be at least 1",
        "1402/00/10|the month must be from 1 to 12"
      })
  void parse_refusesDaysThatDoNotExist_sayingWhy(String text, String reason) {
    assertThatThrownBy(() -> JalaliDate.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("is not a date: " + reason)
        .hasCauseInstanceOf(DateTimeException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1299-12-29", "1501-01-01", "0001-01-01", "9999-12-29"})
  void parse_refusesYearsOutsideTheSupportedRange(String text) {
    assertThatThrownBy(() -> JalaliDate.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining(RANGE);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "۲۰ تیر ۱۴۰۲",
        "۲۰ \u062A\u064A\u0631 ۱۴۰۲", // Arabic yeh, as the source article writes it
        "۲۰ \u062A\u0649\u0631 ۱۴۰۲", // alef maksura
        "\u0662\u0660 تیر \u0661\u0664\u0660\u0662", // Arabic-Indic digits
        "20 تیر 1402",
        "۲۰   تیر\t۱۴۰۲",
        "  ۲۰ تیر ۱۴۰۲  ",
        "۲۰\u00A0تیر\u00A0۱۴۰۲", // no-break spaces
        "۲۰تیر۱۴۰۲",
        "۲۰ تیرماه ۱۴۰۲",
        "۲۰ تیر ماه ۱۴۰۲",
        "۲۰ تیر\u200Cماه ۱۴۰۲", // ZWNJ before the word for month
        "\u200F۲۰ تیر ۱۴۰۲\u200F", // right-to-left marks
        "۲۰ تـیـر ۱۴۰۲", // kashida
        "1402-04-20",
        "۱۴۰۲/۴/۲۰",
        "1402 / 4 / 20"
      })
  void lenientParse_readsEitherFormWhateverItsDigitsLettersAndSpaces(String text) {
    assertThat(JalaliFormat.parse(text)).isEqualTo(JalaliDate.of(1402, 4, 20));
  }

  @ParameterizedTest(name = "\"{0}\" = month {1}")
  @CsvSource({
    "۱ فروردین ۱۴۰۲, 1",
    "۱ فروردين ۱۴۰۲, 1", // Arabic yeh
    "۱ اردیبهشت ۱۴۰۲, 2",
    "۱ اردي\u0628هشت ۱۴۰۲, 2",
    "۱ مرداد ۱۴۰۲, 5",
    "۱ امرداد ۱۴۰۲, 5",
    "۱ شهريور ۱۴۰۲, 6",
    "۱ دي ۱۴۰۲, 10",
    "۱ دى ۱۴۰۲, 10",
    "۱ آبان ۱۴۰۲, 8"
  })
  void lenientParse_readsMonthNamesAndTheirVariants(String text, int month) {
    assertThat(JalaliFormat.parse(text)).isEqualTo(JalaliDate.of(1402, month, 1));
  }

  @Test
  void lenientParse_refusesAnUnknownMonthName_listingTheKnownOnes() {
    assertThatThrownBy(() -> JalaliFormat.parse("۲۰ تیز ۱۴۰۲"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("'تیز' is not a Jalali month name; expected one of فروردین");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {"", "   ", "تیر", "۲۰ ۱۴۰۲", "۲۰ تیر", "1402-04", "hello", "۲۰۰ تیر ۱۴۰۲"})
  void lenientParse_refusesTextThatIsNotADate(String text) {
    assertThatThrownBy(() -> JalaliFormat.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("expected a Jalali date such as 1402-04-20");
  }

  @Test
  void lenientParse_refusesAMissingDay_sayingWhy() {
    assertThatThrownBy(() -> JalaliFormat.parse("۳۰ اسفند ۱۴۰۲"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining(
            "1402-12-30 is not a date: Esfand 1402 has 29 days (1402 is not a leap year)");
  }

  @Test
  void lenientParse_refusesATimeOfDay_pointingToParseDateTime() {
    assertThatThrownBy(() -> JalaliFormat.parse("۲۰ تیر ۱۴۰۲ - ۱۵:۱۱"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("it has a time of day");
  }

  @Test
  void parseDateTime_readsTheSeedArticlesPublicationDate() {
    assertThat(JalaliFormat.parseDateTime("۲۰ \u062A\u064A\u0631 ۱۴۰۲ - ۱۵:۱۱"))
        .isEqualTo(LocalDateTime.of(2023, 7, 11, 15, 11));
  }

  @Test
  void parseDateTime_readsTheDateLineOfTheSeedArticleFile() throws IOException {
    String line =
        seedArticle().lines().filter(l -> l.startsWith("تاریخ انتشار")).findFirst().orElseThrow();
    String date = line.substring(line.indexOf(':') + 1);

    assertThat(date).contains("\u062A\u064A\u0631");
    assertThat(JalaliFormat.parseDateTime(date)).isEqualTo(LocalDateTime.of(2023, 7, 11, 15, 11));
  }

  @ParameterizedTest(name = "\"{0}\" = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "۲۰ تیر ۱۴۰۲ - ۱۵:۱۱|2023-07-11T15:11",
        "۲۰ تیر ۱۴۰۲ ۱۵:۱۱|2023-07-11T15:11",
        "۲۰ تیر ۱۴۰۲، ۹:۰۵|2023-07-11T09:05",
        "۲۰ تیر ۱۴۰۲-۱۵:۱۱:۳۰|2023-07-11T15:11:30",
        "۲۱ تیر ۱۴۰۲|2023-07-12T00:00",
        "1402-04-22 - 18:00|2023-07-13T18:00",
        "١١ اسفند ١٤٠٢ - ٠٨:٠٠|2024-03-01T08:00"
      })
  void parseDateTime_readsAnOptionalTimeAfterEitherForm(String text, LocalDateTime expected) {
    assertThat(JalaliFormat.parseDateTime(text)).isEqualTo(expected);
  }

  @Test
  void parseDateTime_roundTripsFormatPersianDateTime() {
    LocalDateTime opening = LocalDateTime.of(2023, 7, 12, 9, 30);

    assertThat(JalaliFormat.parseDateTime(JalaliFormat.formatPersianDateTime(opening)))
        .isEqualTo(opening);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"۲۰ تیر ۱۴۰۲ - ۲۵:۱۱", "۲۰ تیر ۱۴۰۲ - ۱۵:۶۰", "1402-04-20 12:00:61"})
  void parseDateTime_refusesATimeThatDoesNotExist(String text) {
    assertThatThrownBy(() -> JalaliFormat.parseDateTime(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("not a time of day");
  }

  @Test
  void parseDateTime_refusesAnUnsupportedYear() {
    assertThatThrownBy(() -> JalaliFormat.parseDateTime("۱ فروردین ۱۵۰۱ - ۱۲:۰۰"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining(RANGE);
  }

  /** The IQNA article the project started from, kept as test data of the text package. */
  private static String seedArticle() throws IOException {
    try (InputStream in =
            Objects.requireNonNull(
                JalaliFormatTest.class.getResourceAsStream(
                    "/org/electionatlas/text/seed-article.txt"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().collect(Collectors.joining("\n"));
    }
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "سه‌شنبه ۲۰ تیر ۱۴۰۲",
        "سه شنبه ۲۰ تیر ۱۴۰۲",
        "سه‌شنبه، ۲۰ تیر ۱۴۰۲",
        "سه\u200Cشنبه ۲۰ تیرماه ۱۴۰۲",
        "۲۰ تیر ماه ۱۴۰۲",
        "۲۰ تیر ۱۴۰۲ ه\u200D.ش.",
        "۲۰ تیر ۱۴۰۲ هـ.ش",
        "۲۰ تیر ۱۴۰۲ ه. ش.",
        "۲۰ تیر ۱۴۰۲ش",
        "۲۰ تیر ۱۴۰۲ هجری شمسی",
        "۲۰ ت\uFEF4ر ۱۴۰۲", // a presentation form inside the month name
        "\u200F۲۰ تیر ۱۴۰۲\u200F"
      })
  void parse_readsThePersianFormAsNewsSitesPrintIt(String text) {
    assertThat(JalaliFormat.parse(text)).isEqualTo(JalaliDate.of(1402, 4, 20));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "۵ ابان ۱۴۰۲ | 8",
        "۵ آبان ۱۴۰۲ | 8",
        "۵ ا\u0653بان ۱۴۰۲ | 8",
        "۵ اذر ۱۴۰۲ | 9",
        "۵ آذر ۱۴۰۲ | 9",
        "۵ امرداد ۱۴۰۲ | 5",
        "۵ اسفند ۱۴۰۲ | 12"
      })
  void parse_readsMonthNamesWithOrWithoutMadda(String text, int month) {
    assertThat(JalaliFormat.parse(text)).isEqualTo(JalaliDate.of(1402, month, 5));
  }

  @Test
  void parse_refusesAWeekdayThatIsNotTheDatesOwn() {
    assertThatThrownBy(() -> JalaliFormat.parse("جمعه ۲۰ تیر ۱۴۰۲"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageEndingWith("1402-04-20 is a Tuesday (سه‌شنبه), not a Friday (جمعه)");
  }

  @Test
  void parse_refusesAWordThatIsNotAWeekday() {
    assertThatThrownBy(() -> JalaliFormat.parse("فردا ۲۰ تیر ۱۴۰۲"))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("'فردا' is not a day of the week");
  }
}
