package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of normalization over real and random text: it is idempotent, its changes replay into
 * its result, and its result holds none of the characters it removes.
 *
 * <p>The real text is {@code seed-article.txt}: an IQNA (International Quran News Agency) news
 * report of 11 July 2023 (20 Tir 1402) from Kerman, the article this project started from. It
 * writes Arabic yeh in some words ({@code تير}, {@code نخستين}) and Persian yeh in others, and
 * leaves out the ZWNJ in {@code میشود}, which makes it good test data.
 */
class PersianTextPropertyTest {

  private static final String SEED_ARTICLE = "seed-article.txt";

  /** Pieces random text is made of: letters, their Arabic twins, digits, affixes, separators. */
  private static final List<String> PIECES =
      List.of(
          "ا",
          "ب",
          "پ",
          "ت",
          "ر",
          "ز",
          "س",
          "ک",
          "گ",
          "م",
          "ن",
          "و",
          "ه",
          "ی",
          "آ",
          "أ",
          "ۀ",
          "\u064A",
          "\u0649",
          "\u0643", // Arabic yeh, alef maksura, kaf
          "\u0640", // kashida
          "\u064E",
          "\u0651",
          "\u0652",
          "\u0654",
          "\u0670", // diacritics, hamza, dagger alef
          "0",
          "7",
          "\u06F1",
          "\u06F9",
          "\u0662",
          "\u0668", // Latin, Persian, Arabic-Indic
          "می",
          "نمی",
          "ها",
          "های",
          "تر",
          "ترین",
          "کتاب",
          "بزرگ",
          "را",
          " ",
          " ",
          " ",
          "  ",
          "\t",
          "\u00A0",
          "\u200C",
          "\u200C",
          "\n",
          "\r\n",
          "a",
          "Z",
          ".",
          "،",
          "(",
          ")",
          "-",
          "\u200F",
          "\uD83D\uDDF3", // RLM, ballot box emoji
          "\u0627\u0653",
          "\u0627\u0654",
          "\u0627\u0640\u0653", // alef and madda or hamza as marks, once behind a kashida
          "e\u0301", // a Latin letter and a combining acute
          "\u06C1",
          "\u06BE",
          "\u06D5",
          "\u06AA", // heh goal, doachashmee, ae, swash kaf
          "\uFEFB",
          "\uFEDB",
          "\uFE8E",
          "\uFBFC",
          "\uFE70",
          "\uFDF2",
          "\uFDFA", // lam-alef, kaf, alef, Farsi yeh, isolated fathatan, Allah, a phrase ligature
          "https://kerman.ir/1402",
          "info2@example.ir",
          "ماه",
          "۱۵");

  static Stream<Arguments> seedsAndStyles() {
    return IntStream.range(0, 300)
        .boxed()
        .flatMap(
            seed -> Stream.of(DigitStyle.values()).map(style -> Arguments.of((long) seed, style)));
  }

  private static String randomText(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(30);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES.get(random.nextInt(PIECES.size())));
      // Frequent single spaces make words and affixes stand apart, where ZWNJ repair applies.
      if (random.nextInt(5) < 2) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  static Stream<String> seedArticleLines() throws IOException {
    return seedArticle().lines();
  }

  @ParameterizedTest(name = "seed {0}, {1} digits")
  @MethodSource("seedsAndStyles")
  void randomText_normalizesIdempotently_andItsChangesReplay(long seed, DigitStyle style) {
    checkProperties(randomText(seed), NormalizationOptions.defaults().withDigitStyle(style));
  }

  @ParameterizedTest(name = "line {index}")
  @MethodSource("seedArticleLines")
  void seedArticleLines_normalizeIdempotently_andTheirChangesReplay(String line) {
    checkProperties(line, NormalizationOptions.defaults());
  }

  @Test
  void seedArticle_asAWhole_normalizesIdempotently_andLosesItsArabicYeh() throws IOException {
    String article = seedArticle();

    Normalization result = checkProperties(article, NormalizationOptions.defaults());

    assertThat(result.changes())
        .extracting(Change::kind)
        .contains(ChangeKind.ARABIC_YEH, ChangeKind.WHITESPACE);
    assertThat(result.text())
        .contains("۲۰ تیر ۱۴۰۲ - ۱۵:۱۱", "برای نخستین بار", "برگزار میشود")
        .doesNotContain("\u064A");
  }

  /** Checks every property on one text and returns its normalization. */
  private static Normalization checkProperties(String text, NormalizationOptions options) {
    Normalization result = PersianText.normalize(text, options);
    String normalized = result.text();

    // Idempotent, and the cheap check agrees with the full one.
    assertThat(PersianText.normalize(normalized, options).text()).isEqualTo(normalized);
    assertThat(PersianText.normalize(normalized, options).changes()).isEmpty();
    assertThat(PersianText.isNormalized(normalized, options)).isTrue();
    assertThat(PersianText.isNormalized(text, options)).isEqualTo(result.changes().isEmpty());
    // Asking for one kind of change agrees with the changes of a whole run.
    List<Change> byDefault = PersianText.normalize(text).changes();
    for (ChangeKind kind : ChangeKind.values()) {
      assertThat(PersianText.changes(text, kind))
          .as("%s in %s", kind, text)
          .isEqualTo(byDefault.stream().anyMatch(change -> change.kind() == kind));
    }

    // The changes are ordered, disjoint, quote the original, and replay into the result.
    StringBuilder replayed = new StringBuilder();
    int position = 0;
    for (Change change : result.changes()) {
      assertThat(change.offset()).isGreaterThanOrEqualTo(position);
      assertThat(text.substring(change.offset(), change.end())).isEqualTo(change.original());
      replayed.append(text, position, change.offset()).append(change.replacement());
      position = change.end();
    }
    replayed.append(text.substring(position));
    assertThat(replayed.toString()).isEqualTo(normalized);

    assertThat(java.text.Normalizer.isNormalized(normalized, java.text.Normalizer.Form.NFC))
        .as("NFC")
        .isTrue();
    // Nothing the normalizer removes is left behind.
    assertThat(normalized)
        .doesNotContain("\u064A", "\u0649", "\u0643", "\u0640", "\u064E", "\u0651", "\u0652")
        .doesNotContainPattern("[\u06C1\u06BE\u06D5\u06AA\uFE70-\uFEFC\uFBFC-\uFBFF]")
        .doesNotContain("  ", "\t", "\u00A0", " \u200C", "\u200C ", "\u200C\u200C")
        .doesNotContain(" \n", "\n ", "\u200C\n", "\n\u200C")
        .doesNotStartWith(" ")
        .doesNotEndWith(" ")
        .doesNotStartWith("\n")
        .doesNotEndWith("\n")
        .doesNotStartWith("\u200C")
        .doesNotEndWith("\u200C");
    if (options.digitStyle() == DigitStyle.PERSIAN) {
      // A token with a Latin letter (a URL, an e-mail address, an id) keeps its digits.
      for (String token : normalized.split("[\\s\u200C]+")) {
        if (!token.matches(".*\\p{IsLatin}.*")) {
          assertThat(token).doesNotContainPattern("[0-9\u0660-\u0669]");
        }
      }
    } else if (options.digitStyle() == DigitStyle.LATIN) {
      assertThat(normalized).doesNotContainPattern("[\u06F0-\u06F9\u0660-\u0669]");
    }
    return result;
  }

  private static String seedArticle() throws IOException {
    try (InputStream in =
            Objects.requireNonNull(
                PersianTextPropertyTest.class.getResourceAsStream(SEED_ARTICLE), SEED_ARTICLE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().collect(Collectors.joining("\n"));
    }
  }
}
