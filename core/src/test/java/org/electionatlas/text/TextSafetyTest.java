package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One table row per kind of unsafe text, and a table of real Persian and mixed text that is safe,
 * ZWNJs of Persian spelling included.
 */
class TextSafetyTest {

  static Stream<Arguments> unsafeTexts() {
    return Stream.of(
        // Bidirectional controls and marks
        Arguments.of("دبستان\u202Eشاهد", UnsafeKind.BIDI_CONTROL, 6, 0x202E),
        Arguments.of("\u202Aکرمان", UnsafeKind.BIDI_CONTROL, 0, 0x202A),
        Arguments.of("کرمان\u2066IR-08", UnsafeKind.BIDI_CONTROL, 5, 0x2066),
        Arguments.of("IR-08\u200F", UnsafeKind.BIDI_CONTROL, 5, 0x200F),
        Arguments.of("\u200Eکرمان", UnsafeKind.BIDI_CONTROL, 0, 0x200E),
        Arguments.of("کرمان\u061C", UnsafeKind.BIDI_CONTROL, 5, 0x061C),
        // Invisible characters
        Arguments.of("کر\u200Bمان", UnsafeKind.INVISIBLE, 2, 0x200B),
        Arguments.of("\uFEFFکرمان", UnsafeKind.INVISIBLE, 0, 0xFEFF),
        Arguments.of("کر\u2060مان", UnsafeKind.INVISIBLE, 2, 0x2060),
        Arguments.of("Ker\u00ADman", UnsafeKind.INVISIBLE, 3, 0x00AD),
        Arguments.of("کرمان \u200Cبم", UnsafeKind.INVISIBLE, 6, 0x200C),
        Arguments.of("\u200Cکرمان", UnsafeKind.INVISIBLE, 0, 0x200C),
        Arguments.of("کرمان\u200C", UnsafeKind.INVISIBLE, 5, 0x200C),
        Arguments.of("۱۲\u200C", UnsafeKind.INVISIBLE, 2, 0x200C),
        // Control characters
        Arguments.of("کرمان\u0000", UnsafeKind.CONTROL, 5, 0x0000),
        Arguments.of("کر\u0007مان", UnsafeKind.CONTROL, 2, 0x0007),
        Arguments.of("Ker\u001Bman", UnsafeKind.CONTROL, 3, 0x001B),
        Arguments.of("Kerman\u007F", UnsafeKind.CONTROL, 6, 0x007F),
        Arguments.of("Kerman\u0090", UnsafeKind.CONTROL, 6, 0x0090),
        // Noncharacters and lone surrogates
        Arguments.of("کرمان\uFFFF", UnsafeKind.NONCHARACTER, 5, 0xFFFF),
        Arguments.of("کرمان\uFFFE", UnsafeKind.NONCHARACTER, 5, 0xFFFE),
        Arguments.of("کرمان\uFDD0", UnsafeKind.NONCHARACTER, 5, 0xFDD0),
        Arguments.of("a\uD83F\uDFFF", UnsafeKind.NONCHARACTER, 1, 0x1FFFF),
        Arguments.of("کرمان\uD83D", UnsafeKind.LONE_SURROGATE, 5, 0xD83D),
        Arguments.of("\uDDF3کرمان", UnsafeKind.LONE_SURROGATE, 0, 0xDDF3),
        // Texts that show nothing
        Arguments.of("", UnsafeKind.DISPLAYS_AS_NOTHING, 0, -1),
        Arguments.of("\u200B", UnsafeKind.DISPLAYS_AS_NOTHING, 0, -1),
        Arguments.of("   ", UnsafeKind.DISPLAYS_AS_NOTHING, 0, -1),
        Arguments.of("\u200C\u200C", UnsafeKind.DISPLAYS_AS_NOTHING, 0, -1),
        Arguments.of("\u00A0\uFEFF\u202E", UnsafeKind.DISPLAYS_AS_NOTHING, 0, -1));
  }

  @ParameterizedTest(name = "[{index}] {1} at {2}")
  @MethodSource("unsafeTexts")
  void check_findsTheUnsafeCharacter_andNamesItEscaped(
      String text, UnsafeKind kind, int offset, int codePoint) {
    List<TextSafety.Finding> findings = TextSafety.check(text);

    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.kind()).isEqualTo(kind);
              assertThat(finding.offset()).isEqualTo(offset);
              assertThat(finding.codePoint()).isEqualTo(codePoint);
              // The description escapes the character and never prints it.
              if (codePoint >= 0) {
                assertThat(finding.describe())
                    .contains(String.format("U+%04X", codePoint))
                    .doesNotContain(new String(Character.toChars(codePoint)));
                assertThat(finding.fix()).isEqualTo(String.format("remove U+%04X", codePoint));
              } else {
                assertThat(finding.describe()).startsWith("shows nothing");
                assertThat(finding.fix()).isEqualTo("write a name that can be read");
              }
            });
    assertThat(TextSafety.isSafe(text)).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "کرمان",
        "Kerman",
        "کتاب\u200Cها", // the ZWNJ of Persian spelling
        "می\u200Cشود",
        "خانه\u200Cای",
        "۱۴۰۲ ه\u200D.ش.", // a ZWJ holding heh in its joining form
        "\uD83D\uDC69\u200D\uD83D\uDCBB", // an emoji ZWJ sequence
        "\u2764\uFE0F\u200D\uD83D\uDD25",
        "دبستان شهید باهنر\nخیابان ۱۲",
        "شهر\tکرمان",
        "\uD83D\uDDF3 صندوق",
        "IR-08",
        "https://kerman.ir/news/1402/04/20"
      })
  void check_findsNothingInSafeText(String text) {
    assertThat(TextSafety.check(text)).isEmpty();
    assertThat(TextSafety.isSafe(text)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"دبستان\u202Eشاهد", "کر\u200Bمان\uFEFF", "\u2066کرمان\u2069"})
  void withoutUnsafeCharacters_givesASafeText(String text) {
    String fixed = TextSafety.withoutUnsafeCharacters(text);

    assertThat(TextSafety.isSafe(fixed)).isTrue();
    assertThat(fixed).isEqualTo(text.replaceAll("[\u202E\u200B\uFEFF\u2066\u2069]", ""));
  }

  /**
   * The shortcut for plainly safe text gives what looking at every character gives, for every
   * character of the Basic Multilingual Plane alone, between Persian letters and between spaces.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%s", "ک%sر", "a%sb", " %s ", "کرمان %s", "\u200C%s\u200Cک"})
  void check_givesWhatLookingAtEveryCharacterGives(String context) {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = context.replace("%s", String.valueOf((char) c));
      assertThat(TextSafety.check(text)).as("U+%04X", c).isEqualTo(TextSafety.everyCharacter(text));
    }
  }

  /**
   * The tables that decide a joiner between two characters below the Arabic block's end give what
   * the Unicode lookups give, for every such pair.
   */
  @Test
  void aJoinerBetweenTwoTabledCharactersIsJudgedAsByLookingThemUp() {
    for (char before = 0; before < TextSafety.TABLED; before++) {
      for (char after = 0; after < TextSafety.TABLED; after++) {
        if (TextSafety.joinsAroundTabled(before, after) != TextSafety.joinsAround(before, after)) {
          throw new AssertionError(String.format("U+%04X ZWNJ U+%04X", (int) before, (int) after));
        }
      }
    }
  }

  /** Joiners on both sides of the tables' end, in and out of Persian names. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "'\u0639\u0644\u06CC\u200C\u0622\u0628\u0627\u062F', true",
    "'\u06A9\u062A\u0627\u0628\u200C\u0647\u0627', true",
    "'a\u200Cb', true",
    "'\u06FF\u200C\u0627', true",
    "'\u0627\u200C\u06FF', true",
    "'\u0700\u200C\u0627', false",
    "'\u0710\u200C\u0627', true",
    "'\u0627\u200C\u0710', true",
    "'\u0627\u200C\u200B', false",
    "'\u0627\u200C ', false",
    "'1\u200C\u0627', false",
    "'\u064E\u200C\u0627', true",
    "'\u0627\u200C\u061C', false",
    "'\u0627\u200C\u06DD', false",
    "'\uD835\uDC00\u200C\u0627', true",
    "'\u0627\u200C\uD835\uDC00', true",
    "'\u200C\u0627', false",
    "'\u0627\u200C', false",
    "'\u0627\u200D\u0628', true"
  })
  void aJoinerIsSafeExactlyBetweenALetterAndSomethingVisible(String text, boolean safe) {
    assertThat(TextSafety.isSafe(text)).as(text).isEqualTo(safe);
    assertThat(TextSafety.check(text)).as(text).isEqualTo(TextSafety.everyCharacter(text));
  }
}
