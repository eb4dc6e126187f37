package org.electionatlas.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.electionatlas.calendar.JalaliChronology;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.calendar.WrittenDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/persian.md} true: every row of its tables, read from the page itself, is
 * checked against the code, as libphonenumber checks the example numbers of its metadata.
 */
class PersianDocsTest {

  private static final Path PAGE = Path.of("..", "docs", "persian.md");
  private static final Pattern CODE_POINTS = Pattern.compile("`((?:U\\+[0-9A-F]{4,6} ?)+)`");

  /** The cells of every table row of the page, without the header and separator rows. */
  private static List<List<String>> rows() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(PAGE, UTF_8)) {
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      List<String> cells =
          Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
              .map(String::strip)
              .collect(Collectors.toList());
      rows.add(cells);
    }
    return rows;
  }

  private static String decode(String codePoints) {
    StringBuilder text = new StringBuilder();
    for (String codePoint : codePoints.strip().split(" ")) {
      text.appendCodePoint(Integer.parseInt(codePoint.substring(2), 16));
    }
    return text.toString();
  }

  static Stream<List<String>> normalizerRows() throws IOException {
    return rows().stream().filter(row -> CODE_POINTS.matcher(row.get(0)).matches());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("normalizerRows")
  void eachRowOfTheHazmTable_isWhatTheNormalizerDoes(List<String> row) {
    Matcher input = CODE_POINTS.matcher(row.get(0));
    Matcher output = CODE_POINTS.matcher(row.get(1));
    assertThat(input.matches() && output.matches()).isTrue();
    String text = decode(input.group(1));
    String expected = decode(output.group(1));

    assertThat(PersianText.normalize(text).text()).isEqualTo(expected);
    assertThat(PersianText.isNormalized(expected)).isTrue();
    assertThat(row.get(3)).isIn("same", "differs");
    assertThat(row.get(4)).isNotBlank();
  }

  @Test
  void theHazmTable_coversTheMappingsTheIssueNamed() throws IOException {
    String inputs = normalizerRows().map(row -> row.get(0)).collect(Collectors.joining(" "));

    assertThat(inputs)
        .contains("U+06C1", "U+06BE", "U+06D5", "U+06AA", "U+FEFB", "U+FEDB", "U+0653", "U+0654");
  }

  static Stream<List<String>> dateRows() throws IOException {
    return rows().stream()
        .filter(row -> row.size() == 2 && row.get(0).startsWith("`") && !row.get(0).contains("U+"))
        .filter(
            row ->
                row.get(1).contains("Jalali")
                    || row.get(1).contains("Gregorian")
                    || row.get(1).startsWith("refused"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateRows")
  void eachRowOfTheDateTable_isHowTheDateIsRead(List<String> row) {
    String written = row.get(0).substring(1, row.get(0).length() - 1);
    String readAs = row.get(1);
    if (readAs.startsWith("refused: ")) {
      assertThatThrownBy(() -> WrittenDate.parse(written))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageContaining(readAs.substring("refused: ".length()));
      return;
    }
    String[] parts = readAs.split(", ");
    WrittenDate date = WrittenDate.parse(written);

    assertThat(date.toLocalDate()).isEqualTo(LocalDate.parse(parts[0]));
    assertThat(date.isJalali()).isEqualTo(parts[1].equals("Jalali"));
  }

  @Test
  void theDateTable_hasRowsOfBothCalendarsAndRefusals() throws IOException {
    assertThat(dateRows().map(row -> row.get(1)))
        .anyMatch(r -> r.endsWith("Jalali"))
        .anyMatch(r -> r.endsWith("Gregorian"))
        .anyMatch(r -> r.startsWith("refused"));
  }

  private static String fact(String name) throws IOException {
    return rows().stream()
        .filter(row -> row.size() == 2 && row.get(0).equals(name))
        .map(row -> row.get(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("docs/persian.md has no fact " + name));
  }

  @Test
  void theCalendarFacts_areTheCalendarsOwn() throws IOException {
    JalaliDate first = JalaliDate.of(1300, 1, 1);
    JalaliDate last = JalaliDate.of(1500, 12, 29);

    assertThat(fact("Supported Jalali years"))
        .isEqualTo(
            JalaliChronology.INSTANCE.range(java.time.temporal.ChronoField.YEAR).getMinimum()
                + " to "
                + JalaliChronology.INSTANCE
                    .range(java.time.temporal.ChronoField.YEAR)
                    .getMaximum());
    assertThat(fact("First day")).isEqualTo("1300-01-01 = " + first.toLocalDate());
    assertThat(fact("Last day")).isEqualTo("1500-12-29 = " + last.toLocalDate());
    assertThatThrownBy(() -> last.plusDays(1)).isInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> first.minus(1, ChronoUnit.DAYS))
        .isInstanceOf(java.time.DateTimeException.class);
    assertThat(fact("Days in the range").replace(",", ""))
        .isEqualTo(String.valueOf(ChronoUnit.DAYS.between(first, last) + 1));
    for (int year = 1300; year <= 1500; year++) {
      assertThat(JalaliChronology.INSTANCE.isLeapYear(year))
          .as("leap rule for %s", year)
          .isEqualTo((25 * year + 11) % 33 < 8);
    }
  }

  @Test
  void theOracleVersions_areTheOnesTheBuildUses() throws IOException {
    String pom = Files.readString(Path.of("..", "pom.xml"), UTF_8);

    assertThat(pom).contains("<icu4j.version>" + fact("Oracle: ICU4J") + "</icu4j.version>");
    assertThat(pom).contains("<time4j.version>" + fact("Oracle: Time4J") + "</time4j.version>");
  }
}
