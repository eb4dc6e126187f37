package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one walk over a text that the validator makes for every station text: its "uses" answers are
 * exact, and when a "may" answer is false the closer check it stands for finds nothing.
 */
class TextTraitsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "'کرمان', false, false, false, false",
    "'Kerman', false, false, false, false",
    "'كرمان', true, false, true, false",
    "'دبستان ١٢', false, true, false, false",
    "'کتاب ها', false, false, true, false",
    "'می شود', false, false, true, false",
    "'علی\u200Cآباد', false, false, false, false",
    "'کرمان\u202E', false, false, true, true",
    "'\u200B', false, false, true, true",
    "' ', false, false, false, true",
    "'', false, false, false, true",
    "'شمال غرب مرکزی، خیابان انقلاب، کوچه ۳۱', false, false, false, false"
  })
  void answersForRealTexts(
      String text, boolean letters, boolean digits, boolean zwnj, boolean unsafe) {
    TextTraits traits = TextTraits.of(text);

    assertThat(traits.usesArabicLetters()).as("letters of %s", text).isEqualTo(letters);
    assertThat(traits.usesArabicIndicDigits()).as("digits of %s", text).isEqualTo(digits);
    assertThat(traits.mayMissZwnj()).as("zwnj of %s", text).isEqualTo(zwnj);
    assertThat(traits.mayBeUnsafe()).as("unsafe of %s", text).isEqualTo(unsafe);
  }

  /** Every character of the Basic Multilingual Plane, in a Persian word and alone. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%s", "ک%sر", "کتاب %s", "%s ها"})
  void theUsesAnswersAreExactAndTheMayAnswersSoundForEveryCharacter(String context) {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertAgrees(context.replace("%s", String.valueOf((char) c)));
    }
  }

  private static final List<String> PIECES =
      List.of(
          "ا", "ب", "ر", "م", "ی", "ه", "ن", "ک", "می", "ها", "تر", " ", "  ", "\u200C", "\u200D",
          "\u064A", "\u0649", "\u0643", "\u0660", "\u0669", "۱۲", "12", "Tehran", "،", "\u0640",
          "\u064E", "\u00A0", "\t", "\u200B", "\u202E", "\uFEFF", "\u0600", "\u061C", "\uD835",
          "\uDC00", "ة", "\uFEEA");

  /** Random texts of the pieces above, seeded by the repetition. */
  @RepeatedTest(20)
  void theAnswersAgreeWithTheCloserChecksOnRandomTexts(RepetitionInfo repetition) {
    Random random = new Random(1402L * repetition.getCurrentRepetition());
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(7);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      assertAgrees(text.toString());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"کرمان", "Kerman", "راور"})
  void textsWithTheSameAnswersShareOneInstance(String text) {
    assertThat(TextTraits.of(text)).isSameAs(TextTraits.of("رفسنجان"));
  }

  private static void assertAgrees(String text) {
    TextTraits traits = TextTraits.of(text);
    boolean letters =
        text.indexOf('\u064A') >= 0 || text.indexOf('\u0649') >= 0 || text.indexOf('\u0643') >= 0;
    String shown = escaped(text);
    assertThat(traits.usesArabicLetters()).as("letters of %s", shown).isEqualTo(letters);
    assertThat(traits.usesArabicIndicDigits())
        .as("digits of %s", shown)
        .isEqualTo(Folding.hasArabicIndicDigit(text));
    if (!traits.mayMissZwnj()) {
      assertThat(
              PersianText.normalize(text).changes().stream()
                  .anyMatch(change -> change.kind() == ChangeKind.ZWNJ))
          .as("a ZWNJ change in %s", shown)
          .isFalse();
    }
    if (!traits.mayBeUnsafe()) {
      assertThat(TextSafety.everyCharacter(text)).as("unsafe in %s", shown).isEmpty();
    }
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
    return out.toString();
  }
}
