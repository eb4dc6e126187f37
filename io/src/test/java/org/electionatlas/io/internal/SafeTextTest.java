package org.electionatlas.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each medium of {@link SafeText}: what it escapes, what it keeps, and that CSV cells reverse. */
class SafeTextTest {

  static Stream<Arguments> terminal() {
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of("دبستان\u200cها", "دبستان\u200cها"),
        Arguments.of("a\nfake.csv:9: all good", "a\\nfake.csv:9: all good"),
        Arguments.of("\u001b[2Jred", "\\u001B[2Jred"),
        Arguments.of("a\u0000b\u007f\u0085", "a\\u0000b\\u007F\\u0085"),
        Arguments.of("abc\u202edcba\u2066", "abc\\u202Edcba\\u2066"),
        Arguments.of("line\u2028sep", "line\\u2028sep"),
        Arguments.of("lone\ud800", "lone\\uD800"),
        Arguments.of("pair\ud83d\uddf3", "pair\ud83d\uddf3"),
        Arguments.of("\t\r", "\\t\\r"));
  }

  @ParameterizedTest
  @MethodSource
  void terminal(String text, String shown) {
    assertThat(SafeText.terminal(text)).isEqualTo(shown);
  }

  @Test
  void quoted_cuts_a_long_value_and_says_its_length() {
    assertThat(SafeText.quoted("x".repeat(1_000_000)))
        .isEqualTo("\"" + "x".repeat(200) + "\u2026\" (1,000,000 characters)");
    assertThat(SafeText.quoted("a\nb")).isEqualTo("\"a\\nb\"");
  }

  static Stream<Arguments> xml() {
    return Stream.of(
        Arguments.of("<a href=\"x\">&'", "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"),
        Arguments.of("a\u0001b\u000bc", "a\uFFFDb\uFFFDc"),
        Arguments.of("\ufffe\uffff\ufdd0", "\uFFFD\uFFFD\uFFFD"),
        Arguments.of("lone\ud800 \udc00", "lone\uFFFD \uFFFD"),
        Arguments.of("\u007f\u0085", "\uFFFD\uFFFD"),
        Arguments.of("pair\ud83d\uddf3", "pair\ud83d\uddf3"),
        Arguments.of("\ud83f\udffe", "\uFFFD"),
        Arguments.of("tab\tline\ncr\r", "tab&#9;line&#10;cr&#13;"),
        Arguments.of("کرمان\u200c", "کرمان\u200c"));
  }

  @ParameterizedTest
  @MethodSource
  void xml(String text, String escaped) {
    assertThat(SafeText.xml(text)).isEqualTo(escaped);
  }

  static Stream<Arguments> csvCell() {
    return Stream.of(
        Arguments.of("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
        Arguments.of("+1", "'+1"),
        Arguments.of("-1", "'-1"),
        Arguments.of("@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("\t=1", "'\t=1"),
        Arguments.of("\r=1", "'\r=1"),
        Arguments.of("'quoted", "''quoted"),
        Arguments.of("a=1", "a=1"),
        Arguments.of("", ""),
        Arguments.of("دبستان", "دبستان"));
  }

  @ParameterizedTest
  @MethodSource
  void csvCell(String text, String cell) {
    assertThat(SafeText.csvCell(text)).isEqualTo(cell);
    assertThat(SafeText.fromCsvCell(cell)).isEqualTo(text);
  }

  @Test
  void an_apostrophe_a_person_typed_before_plain_text_is_kept() {
    assertThat(SafeText.fromCsvCell("'quoted")).isEqualTo("'quoted");
    assertThat(SafeText.fromCsvCell("'")).isEqualTo("'");
  }

  @Test
  void every_text_reads_back_from_its_csv_cell_and_no_cell_starts_a_formula() {
    Random random = new Random(16);
    String alphabet = "=+-@'\t\r\n a1\"";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(5); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String cell = SafeText.csvCell(text.toString());
      assertThat(SafeText.fromCsvCell(cell)).isEqualTo(text.toString());
      assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).isTrue();
    }
  }

  static Stream<Arguments> firstUnsafe() {
    return Stream.of(
        Arguments.of("plain", false, -1),
        Arguments.of("a\u0000", false, 1),
        Arguments.of("a\tb", false, 1),
        Arguments.of("a\tb\r\n", true, -1),
        Arguments.of("a\u001b", true, 1),
        Arguments.of("\uffff", true, 0),
        Arguments.of("x\ud800", true, 1),
        Arguments.of("\u202e", false, -1));
  }

  @ParameterizedTest
  @MethodSource
  void firstUnsafe(String text, boolean multiline, int at) {
    assertThat(SafeText.firstUnsafe(text, multiline)).isEqualTo(at);
  }
}
