package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.text.ChangeKind.ARABIC_KAF;
import static org.electionatlas.text.ChangeKind.ARABIC_YEH;
import static org.electionatlas.text.ChangeKind.COMPOSED;
import static org.electionatlas.text.ChangeKind.DIACRITIC;
import static org.electionatlas.text.ChangeKind.DIGIT;
import static org.electionatlas.text.ChangeKind.KASHIDA;
import static org.electionatlas.text.ChangeKind.LETTER_VARIANT;
import static org.electionatlas.text.ChangeKind.PRESENTATION_FORM;
import static org.electionatlas.text.ChangeKind.WHITESPACE;
import static org.electionatlas.text.ChangeKind.ZWNJ;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One table row per fix. Characters that look alike or print as nothing are written as escapes:
 * U+064A Arabic yeh, U+0649 alef maksura, U+0643 Arabic kaf, U+0640 kashida, U+200C ZWNJ, U+00A0
 * no-break space, U+0660 to U+0669 Arabic-Indic digits.
 */
class PersianTextTest {

  private static final String Z = "\u200C";

  private static Change change(ChangeKind kind, int offset, String original, String replacement) {
    return Change.of(kind, offset, original, replacement);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        // Arabic letters
        Arguments.of("عل\u064A", "علی", List.of(change(ARABIC_YEH, 2, "\u064A", "ی"))),
        Arguments.of("موس\u0649", "موسی", List.of(change(ARABIC_YEH, 3, "\u0649", "ی"))),
        Arguments.of("\u0643رمان", "کرمان", List.of(change(ARABIC_KAF, 0, "\u0643", "ک"))),
        Arguments.of(
            "\u064A\u0643",
            "یک",
            List.of(change(ARABIC_YEH, 0, "\u064A", "ی"), change(ARABIC_KAF, 1, "\u0643", "ک"))),
        Arguments.of("\u064A\u064Aا", "ییا", List.of(change(ARABIC_YEH, 0, "\u064A\u064A", "یی"))),
        // Digits
        Arguments.of(
            "شعبه \u0661\u0662", "شعبه ۱۲", List.of(change(DIGIT, 5, "\u0661\u0662", "۱۲"))),
        Arguments.of("شعبه 12", "شعبه ۱۲", List.of(change(DIGIT, 5, "12", "۱۲"))),
        // Kashida and diacritics
        Arguments.of("کرم\u0640\u0640ان", "کرمان", List.of(change(KASHIDA, 3, "\u0640\u0640", ""))),
        Arguments.of(
            "م\u064Fح\u064Eم\u064E\u0651د",
            "محمد",
            List.of(
                change(DIACRITIC, 1, "\u064F", ""),
                change(DIACRITIC, 3, "\u064E", ""),
                change(DIACRITIC, 5, "\u064E\u0651", ""))),
        Arguments.of("کتاب\u064B", "کتاب", List.of(change(DIACRITIC, 4, "\u064B", ""))),
        // ZWNJ for prefixes and suffixes
        Arguments.of("می شود", "می" + Z + "شود", List.of(change(ZWNJ, 2, " ", Z))),
        Arguments.of("نمی توان", "نمی" + Z + "توان", List.of(change(ZWNJ, 3, " ", Z))),
        Arguments.of("کتاب ها", "کتاب" + Z + "ها", List.of(change(ZWNJ, 4, " ", Z))),
        Arguments.of("کتاب های", "کتاب" + Z + "های", List.of(change(ZWNJ, 4, " ", Z))),
        Arguments.of("کتاب هایی", "کتاب" + Z + "هایی", List.of(change(ZWNJ, 4, " ", Z))),
        Arguments.of("بزرگ تر", "بزرگ" + Z + "تر", List.of(change(ZWNJ, 4, " ", Z))),
        Arguments.of("بزرگ ترین", "بزرگ" + Z + "ترین", List.of(change(ZWNJ, 4, " ", Z))),
        Arguments.of("این ها", "این" + Z + "ها", List.of(change(ZWNJ, 3, " ", Z))),
        Arguments.of("(می شود)", "(می" + Z + "شود)", List.of(change(ZWNJ, 3, " ", Z))),
        Arguments.of("کتاب ها.", "کتاب" + Z + "ها.", List.of(change(ZWNJ, 4, " ", Z))),
        Arguments.of("می   شود", "می" + Z + "شود", List.of(change(ZWNJ, 2, "   ", Z))),
        Arguments.of(
            "م\u064A شود",
            "می" + Z + "شود",
            List.of(change(ARABIC_YEH, 1, "\u064A", "ی"), change(ZWNJ, 2, " ", Z))),
        Arguments.of(
            "مـی شود",
            "می" + Z + "شود",
            List.of(change(KASHIDA, 1, "\u0640", ""), change(ZWNJ, 3, " ", Z))),
        // ZWNJ tidying
        Arguments.of(
            "کتاب " + Z + " ها", "کتاب" + Z + "ها", List.of(change(ZWNJ, 4, " " + Z + " ", Z))),
        Arguments.of("کتاب" + Z + Z + "ها", "کتاب" + Z + "ها", List.of(change(ZWNJ, 4, Z + Z, Z))),
        Arguments.of("می" + Z + " شود", "می" + Z + "شود", List.of(change(ZWNJ, 2, Z + " ", Z))),
        // A real space next to a stray ZWNJ keeps the words apart (it used to glue them).
        Arguments.of("سلام " + Z + "دنیا", "سلام دنیا", List.of(change(ZWNJ, 4, " " + Z, " "))),
        Arguments.of("کتاب " + Z + "ها", "کتاب" + Z + "ها", List.of(change(ZWNJ, 4, " " + Z, Z))),
        Arguments.of(Z + "کرمان", "کرمان", List.of(change(ZWNJ, 0, Z, ""))),
        Arguments.of("کرمان" + Z, "کرمان", List.of(change(ZWNJ, 5, Z, ""))),
        // Whitespace
        Arguments.of(
            "  کرمان  ",
            "کرمان",
            List.of(change(WHITESPACE, 0, "  ", ""), change(WHITESPACE, 7, "  ", ""))),
        Arguments.of("شهر\tکرمان", "شهر کرمان", List.of(change(WHITESPACE, 3, "\t", " "))),
        Arguments.of("شهر   کرمان", "شهر کرمان", List.of(change(WHITESPACE, 3, "   ", " "))),
        Arguments.of("شهر\u00A0کرمان", "شهر کرمان", List.of(change(WHITESPACE, 3, "\u00A0", " "))),
        Arguments.of("شهر \t کرمان", "شهر کرمان", List.of(change(WHITESPACE, 3, " \t ", " "))),
        Arguments.of("الف \n ب", "الف\nب", List.of(change(WHITESPACE, 3, " \n ", "\n"))),
        Arguments.of("الف" + Z + "\nب", "الف\nب", List.of(change(ZWNJ, 3, Z + "\n", "\n"))),
        Arguments.of(
            "\n\nکرمان\n",
            "کرمان",
            List.of(change(WHITESPACE, 0, "\n\n", ""), change(WHITESPACE, 7, "\n", ""))),
        Arguments.of(
            "کرمان \u0640 بم",
            "کرمان بم",
            List.of(change(KASHIDA, 6, "\u0640", ""), change(WHITESPACE, 7, " ", ""))),
        // Unicode NFC first: a letter and its combining mark become the one letter they show
        Arguments.of("\u0627\u0653بان", "آبان", List.of(change(COMPOSED, 0, "\u0627\u0653", "آ"))),
        Arguments.of("ر\u0627\u0654ی", "رأی", List.of(change(COMPOSED, 1, "\u0627\u0654", "أ"))),
        Arguments.of(
            "\u0627\u0640\u0653ب", "آب", List.of(change(COMPOSED, 0, "\u0627\u0640\u0653", "آ"))),
        Arguments.of("Jose\u0301", "José", List.of(change(COMPOSED, 3, "e\u0301", "é"))),
        // hazm's letter variants
        Arguments.of("\u06C1مدان", "همدان", List.of(change(LETTER_VARIANT, 0, "\u06C1", "ه"))),
        Arguments.of("\u06BEمدان", "همدان", List.of(change(LETTER_VARIANT, 0, "\u06BE", "ه"))),
        Arguments.of("خان\u06D5", "خانه", List.of(change(LETTER_VARIANT, 3, "\u06D5", "ه"))),
        Arguments.of("\u06AAرمان", "کرمان", List.of(change(LETTER_VARIANT, 0, "\u06AA", "ک"))),
        // Arabic presentation forms, as old PDFs and some web fonts deliver text
        Arguments.of(
            "\uFEDB\uFE98\uFE8E\uFE8F",
            "کتاب",
            List.of(change(PRESENTATION_FORM, 0, "\uFEDB\uFE98\uFE8E\uFE8F", "کتاب"))),
        Arguments.of("\uFEFB", "لا", List.of(change(PRESENTATION_FORM, 0, "\uFEFB", "لا"))),
        Arguments.of("\uFDF2", "الله", List.of(change(PRESENTATION_FORM, 0, "\uFDF2", "الله"))),
        Arguments.of(
            "۱۰ \uFDFC", "۱۰ ریال", List.of(change(PRESENTATION_FORM, 3, "\uFDFC", "ریال"))),
        Arguments.of("\uFBFC", "ی", List.of(change(PRESENTATION_FORM, 0, "\uFBFC", "ی"))),
        // Latin tokens keep their digits; a lone number in Persian text does not
        Arguments.of(
            "سایت https://kerman.ir/news/1402/04/20 شماره 12",
            "سایت https://kerman.ir/news/1402/04/20 شماره ۱۲",
            List.of(change(DIGIT, 45, "12", "۱۲"))),
        Arguments.of(" ", "", List.of(change(WHITESPACE, 0, " ", ""))),
        Arguments.of("\u0640", "", List.of(change(KASHIDA, 0, "\u0640", ""))));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("fixes")
  void normalize_makesEachFixAndReportsIt(String input, String expected, List<Change> changes) {
    Normalization result = PersianText.normalize(input);

    assertThat(result.text()).isEqualTo(expected);
    assertThat(result.changes()).containsExactlyElementsOf(changes);
    assertThat(result.original()).isEqualTo(input);
    assertThat(PersianText.isNormalized(input)).isFalse();
    assertThat(PersianText.isNormalized(expected)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "کرمان",
        "شعبه ۱۲",
        "می" + Z + "شود",
        "کتاب" + Z + "ها",
        "میشود", // no separator at all: splitting needs a dictionary
        "کارگاههای آموزشی",
        "جام می", // "wine", nothing follows
        "جام می را", // a word that is never a verb stem follows
        "می از",
        "می ۲", // a number follows
        "می abc",
        "abc ها", // not next to a Persian word
        "Aکتاب ها", // glued to a Latin letter
        "کتاب ها۲", // the suffix is glued to a digit
        "و ها", // a one-letter word
        "کتاب هاب", // not a suffix
        "تر و تازه",
        "ها",
        "رأی",
        "خانهٔ ما", // hamza above stays
        "کرمان\nبم",
        "کرمان\r\nبم",
        "کرمان\n\nبم",
        "IR-08",
        "info2@example.ir", // a Latin token keeps its digits
        "https://kerman.ir/news/1402/04/20",
        "kerman-0001",
        "ماه می سال جاری", // May, the month: not the verb prefix
        "۱۵ می سال ۲۰۲۳",
        "ها ها ها", // laughter, not a plural
        "سلام دنیا",
        "\uFDFA", // a phrase ligature stands for words, not letters
        "آبان"
      })
  void normalize_leavesTextThatNeedsNoFix(String input) {
    Normalization result =
        PersianText.normalize(
            input, NormalizationOptions.defaults().withDigitStyle(DigitStyle.KEEP));

    assertThat(result.text()).isEqualTo(input);
    assertThat(result.changes()).isEmpty();
  }

  @Test
  void defaultOptions_turnEveryDigitPersian_exceptInLatinTokens() {
    assertThat(NormalizationOptions.defaults().digitStyle()).isEqualTo(DigitStyle.PERSIAN);
    assertThat(PersianText.normalize("IR-08 \u0660\u0661 12").text()).isEqualTo("IR-08 ۰۱ ۱۲");
  }

  static Stream<Arguments> digitStyles() {
    return Stream.of(
        Arguments.of(DigitStyle.PERSIAN, "شعبه \u0661\u0662 و 34 و ۵۶", "شعبه ۱۲ و ۳۴ و ۵۶", 2),
        Arguments.of(DigitStyle.LATIN, "شعبه \u0661\u0662 و 34 و ۵۶", "شعبه 12 و 34 و 56", 2),
        Arguments.of(
            DigitStyle.KEEP, "شعبه \u0661\u0662 و 34 و ۵۶", "شعبه \u0661\u0662 و 34 و ۵۶", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digitStyles")
  void digitStyle_choosesTheDigitsOfTheResult(
      DigitStyle style, String input, String expected, int changes) {
    NormalizationOptions options = NormalizationOptions.defaults().withDigitStyle(style);

    Normalization result = PersianText.normalize(input, options);

    assertThat(result.text()).isEqualTo(expected);
    assertThat(result.changes()).hasSize(changes).allMatch(c -> c.kind() == DIGIT);
    assertThat(PersianText.isNormalized(expected, options)).isTrue();
  }

  @Test
  void change_describesInvisibleCharactersByCode() {
    assertThat(change(ZWNJ, 4, " ", Z)).hasToString("ZWNJ at 4: \" \" -> \"\\u200C\"");
    assertThat(change(KASHIDA, 3, "\u0640", "")).hasToString("KASHIDA at 3: \"ـ\" -> \"\"");
    assertThat(change(DIACRITIC, 1, "\u064F", ""))
        .hasToString("DIACRITIC at 1: \"\\u064F\" -> \"\"");
    assertThat(change(WHITESPACE, 3, "\t", " "))
        .hasToString("WHITESPACE at 3: \"\\u0009\" -> \" \"");
  }

  @Test
  void change_reportsWhereItEnds() {
    Change change = change(WHITESPACE, 3, "   ", " ");

    assertThat(change.offset()).isEqualTo(3);
    assertThat(change.end()).isEqualTo(6);
    assertThat(change.kind()).isEqualTo(WHITESPACE);
    assertThat(change.original()).isEqualTo("   ");
    assertThat(change.replacement()).isEqualTo(" ");
  }

  @Test
  void change_thatChangesNothing_cannotBeMade() {
    assertThatThrownBy(() -> change(WHITESPACE, 0, " ", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> change(WHITESPACE, 0, "", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> change(WHITESPACE, -1, "  ", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality_isByValue() {
    assertThat(change(ZWNJ, 4, " ", Z))
        .isEqualTo(change(ZWNJ, 4, " ", Z))
        .hasSameHashCodeAs(change(ZWNJ, 4, " ", Z))
        .isNotEqualTo(change(ZWNJ, 5, " ", Z))
        .isNotEqualTo(change(WHITESPACE, 4, " ", Z))
        .isNotEqualTo(change(ZWNJ, 4, "  ", Z))
        .isNotEqualTo(change(ZWNJ, 4, " ", ""));
    assertThat(PersianText.normalize("کتاب ها"))
        .isEqualTo(PersianText.normalize("کتاب ها"))
        .hasSameHashCodeAs(PersianText.normalize("کتاب ها"))
        .isNotEqualTo(PersianText.normalize("کتاب  ها"));
    assertThat(NormalizationOptions.defaults())
        .isEqualTo(
            NormalizationOptions.defaults()
                .withDigitStyle(DigitStyle.LATIN)
                .withDigitStyle(DigitStyle.PERSIAN))
        .hasSameHashCodeAs(NormalizationOptions.defaults().withDigitStyle(DigitStyle.PERSIAN))
        .isNotEqualTo(NormalizationOptions.defaults().withDigitStyle(DigitStyle.KEEP))
        .hasToString("NormalizationOptions{digitStyle=PERSIAN}");
  }

  @Test
  void nullArguments_areRefused() {
    assertThatThrownBy(() -> PersianText.normalize(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PersianText.normalize("", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PersianText.isNormalized(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NormalizationOptions.defaults().withDigitStyle(null))
        .isInstanceOf(NullPointerException.class);
  }
}
