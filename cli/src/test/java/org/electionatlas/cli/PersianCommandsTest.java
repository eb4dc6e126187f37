package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** atlas date and atlas normalize, and dates shown in the Jalali calendar. */
class PersianCommandsTest {

  @TempDir Path directory;

  @ParameterizedTest(name = "atlas date {0} {1} prints {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1402-04-20 |                  | 2023-07-11",
        "2023-07-11 |                  | 1402-04-20",
        "2023-07-11 | --lang=fa        | ۲۰ تیر ۱۴۰۲",
        "۲۰ تير ۱۴۰۲ |                  | 2023-07-11",
        "2024-03-01 | --to=jalali      | 1402-12-11",
        "1403-12-30 |                  | 2025-03-20",
        "1402-04-20 | --to=gregorian   | 2023-07-11",
        "1300-01-01 |                  | 1921-03-21",
        // As Iranians write dates: slashes, one-digit parts, spaces, a ZWNJ, any digits
        "1402/04/20 |                  | 2023-07-11",
        "1402/4/20 |                   | 2023-07-11",
        "1402 - 04 - 20 |              | 2023-07-11",
        "1402‌-04-20 |            | 2023-07-11",
        "۱۴۰۲/۴/۲۰ |                   | 2023-07-11",
        "١٤٠٢-٤-٢٠ |                   | 2023-07-11",
        // The same rule for Gregorian input: the year decides, not the digits
        "2023-7-11 |                   | 1402-04-20",
        "2023/07/11 |                  | 1402-04-20",
        "۲۰۲۳/۷/۱۱ |                   | 1402-04-20",
        "2023-07-11 | --to=gregorian   | 2023-07-11",
        // As news sites print them: weekday, ماه, era, no madda, Arabic letters, NFC
        "سه‌شنبه ۲۰ تیر ۱۴۰۲ |         | 2023-07-11",
        "سه شنبه، ۲۰ تیرماه ۱۴۰۲ |     | 2023-07-11",
        "۲۰ تیر ماه ۱۴۰۲ ه‍.ش. |       | 2023-07-11",
        "۲۰ تیر ۱۴۰۲ هـ.ش |            | 2023-07-11",
        "۲۰ تیر ۱۴۰۲ش |                | 2023-07-11",
        "۵ ابان ۱۴۰۲ |                 | 2023-10-27",
        "۵ آبان ۱۴۰۲ |           | 2023-10-27",
        "۱ اذر ۱۴۰۲ |                  | 2023-11-22",
        "۱ آذر ۱۴۰۲ |                  | 2023-11-22",
        "۲۰ تير ۱۴۰۲ |                 | 2023-07-11",
        "1402/04/20 | --lang=fa --to=jalali | ۲۰ تیر ۱۴۰۲",
        // --lang fa writes a Gregorian day in Persian digits too: the option always does something
        "1402/04/20 | --lang=fa        | ۲۰۲۳-۰۷-۱۱",
        "2023-07-11 | --lang=fa --to=gregorian | ۲۰۲۳-۰۷-۱۱",
        "2023-07-11 | --lang=fa        | ۲۰ تیر ۱۴۰۲",
      })
  void date_converts_between_the_calendars(String date, String option, String expected) {
    Run run =
        option == null
            ? Run.of("date", date)
            : Run.of(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("date", date),
                        java.util.Arrays.stream(option.split(" ")))
                    .toArray(String[]::new));

    assertThat(run.out()).isEqualTo(expected + "\n");
    assertThat(run.exitCode()).isZero();
  }

  @ParameterizedTest(name = "atlas date {0} fails: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "1402-12-30 | 1402-12-30 is not a date: Esfand 1402 has 29 days (1402 is not a leap year)",
        "1404-12-30 | 1404-12-30 is not a date: Esfand 1404 has 29 days (1404 is not a leap year)",
        "1402-13-01 | 1402-13-01 is not a date: the month must be from 1 to 12",
        "someday    | 'someday' could not be parsed: expected a date such as 2023-07-11",
        "2200-01-01 | the Jalali calendar is exact only for years 1300 to 1500 AP",
        "۲۰ تير ۱۴۰۲ - ۱۵:۱۱ | it has a time of day",
        "2023-07-11T15:11 | it has a time of day",
        "2024-02-30 | 2024-02-30 is not a date: February 2024 has 29 days (2024 is a leap year)",
        "2023-02-29 | 2023-02-29 is not a date: February 2023 has 28 days (2023 is not a leap year)",
        "2023-13-01 | 2023-13-01 is not a date: the month must be from 1 to 12",
        "1501-01-01 | Year 1501 AP is outside the supported range",
        "1850-01-01 | 1850-01-01 is outside the supported range",
        "دوشنبه ۲۰ تیر ۱۴۰۲ | 1402-04-20 is a Tuesday (سه‌شنبه), not a Monday (دوشنبه)",
        "۲۰ تیز ۱۴۰۲ | 'تیز' is not a Jalali month name",
      })
  void a_bad_date_is_exit_2_with_a_clear_message(String date, String message) {
    Run run = Run.of("date", date);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("atlas date: ").contains(message).doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "atlas date {0} {1} fails: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A day outside the range is refused even when converting to its own calendar.
        "1501-01-01 | --to=gregorian | Year 1501 AP is outside the supported range",
        "1850-01-01 | --to=gregorian | 1850-01-01 is outside the supported range",
        "2200-01-01 | --to=gregorian | 2200-01-01 is outside the supported range",
      })
  void a_day_outside_both_ranges_is_refused_whatever_the_target(
      String date, String option, String message) {
    Run run = Run.of("date", date, option);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("atlas date: ").contains(message).doesNotContain("Exception");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
  }

  private Path arabicSpelledAtlas() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(
        file,
        new String(Samples.bytes("minimal"), UTF_8)
            .replace("\"fa\": \"راور\"", "\"fa\": \"راور كهن\"")
            .replace("دبستان شهید بهشتی", "دبستان   شهيد بهشتی ١٢"));
    return file;
  }

  @Test
  void normalize_fixes_only_persian_text_and_lists_each_change() throws IOException {
    Path file = arabicSpelledAtlas();
    byte[] before = Files.readAllBytes(file);

    Run run = Run.of("normalize", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(file)).as("the input is untouched").isEqualTo(before);
    Atlas normalized = AtlasJson.standard().read(run.out());
    Atlas original = AtlasJson.standard().read(new String(before, UTF_8));
    assertThat(normalized.pollingStations().get(0).name().fa()).isEqualTo("دبستان شهید بهشتی ۱۲");
    assertThat(normalized.counties().get(0).name().fa()).isEqualTo("راور کهن");
    assertThat(normalized.counties().get(0).id()).isEqualTo(original.counties().get(0).id());
    assertThat(normalized.pollingStations().get(0).location())
        .isEqualTo(original.pollingStations().get(0).location());
    assertThat(run.err())
        .contains(":35:15: arabic kaf: \"ك\" -> \"ک\" at character 5 (at /counties/0/name/fa)")
        .contains("digit: \"١٢\" -> \"۱۲\"")
        .endsWith("6 changes\n");
    assertThat(Run.withInput(run.out().getBytes(UTF_8), "validate", "-").out())
        .contains("0 errors, 0 warnings");
  }

  @Test
  void normalize_with_lang_fa_lists_each_change_in_persian_with_the_place_in_latin_digits()
      throws IOException {
    Path file = arabicSpelledAtlas();

    Run english = Run.of("normalize", file.toString());
    Run persian = Run.of("normalize", file.toString(), "--lang", "fa");

    assertThat(persian.exitCode()).isZero();
    assertThat(persian.out()).as("the atlas written is the same").isEqualTo(english.out());
    assertThat(persian.err())
        .contains(":35:15: کاف عربی: \"ك\" ← \"ک\" از نویسهٔ ۵ (در /counties/0/name/fa)")
        .contains("رقم: \"١٢\" ← \"۱۲\"")
        .endsWith(": ۶ تغییر\n");
    assertThat(persian.err().lines()).hasSameSizeAs(english.err().lines().toList());
  }

  @Test
  void normalize_refuses_to_overwrite_its_input_without_in_place_and_replaces_it_with()
      throws IOException {
    Path file = arabicSpelledAtlas();
    byte[] before = Files.readAllBytes(file);

    Run refused = Run.of("normalize", file.toString(), "-o", file.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("use --in-place");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);

    Run inPlace = Run.of("normalize", "--in-place", file.toString());
    assertThat(inPlace.exitCode()).isZero();
    assertThat(Files.readString(file)).contains("راور کهن").doesNotContain("ك");
    assertThat(Files.list(directory)).containsExactly(file);
  }

  @Test
  void validate_in_persian_shows_every_message_in_persian_with_jalali_dates() throws IOException {
    Atlas sample = Samples.load(Samples.DEFAULT);
    Atlas late =
        Atlas.builder()
            .from(sample)
            .events(
                sample.events().stream()
                    .map(
                        event ->
                            event.parent().isPresent()
                                ? event
                                : org.electionatlas.model.Event.builder()
                                    .from(event)
                                    .end(
                                        org.electionatlas.model.EventTime.of(
                                            java.time.LocalDate.of(2024, 3, 5)))
                                    .build())
                    .toList())
            .build();
    Path file = directory.resolve("late.json");
    Files.writeString(file, AtlasJson.standard().write(late), UTF_8);

    Run persian = Run.of("validate", "--lang", "fa", file.toString());
    Run jalali = Run.of("validate", "--calendar", "jalali", file.toString());

    assertThat(persian.out())
        .contains("[event-after-voting-day]")
        .contains("۱۴۰۲")
        .doesNotContain("Gregorian")
        .doesNotContain("میلادی")
        .doesNotContain("2024-03");
    assertThat(
            persian
                .out()
                .lines()
                .filter(line -> line.contains(": error [") || line.contains(": warning [")))
        .allSatisfy(line -> assertThat(line).containsPattern("\\p{InArabic}"));
    assertThat(jalali.out())
        .contains("Esfand 1402")
        .doesNotContain("Gregorian")
        .doesNotContain("2024-03-0");
  }

  @Test
  void stats_in_persian_words_its_figures_in_persian_with_jalali_dates() {
    Run text = Run.of("stats", "--lang", "fa");
    Run json = Run.of("stats", "--lang", "fa", "--format", "json");
    Run english = Run.of("stats", "--calendar", "jalali");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .contains("روز رأی‌گیری ۱۱ اسفند ۱۴۰۲")
        .contains("شعبه‌ها: ۲٬۴۰۰")
        .contains("گاه‌شمار:")
        .doesNotContain("Polling stations");
    assertThat(json.out())
        .contains("\"language\": \"fa\"")
        .contains("\"votingDay\": \"2024-03-01\"")
        .contains("\"votingDayShown\": \"۱۱ اسفند ۱۴۰۲\"");
    assertThat(english.out())
        .contains("voting day 11 Esfand 1402")
        .contains("Polling stations: 2,400");
  }
}
