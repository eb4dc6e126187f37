package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code PersianText.changes(text, ZWNJ)} skips the two passes for plain text with no affix next to
 * a space; it must answer what normalizing the text says, whether the shortcut is taken or not.
 */
class ZwnjShortcutTest {

  /**
   * Pieces of text: plain letters, affixes, spaces and ZWNJs (the first 28), then every kind of
   * character the shortcut refuses.
   */
  private static final List<String> PIECES =
      List.of(
          "ا", "ب", "ت", "ر", "م", "ی", "ه", "ن", "ک", "گ", "و", "د", "س", "ش", "می", "نمی", "ها",
          "های", "تر", "ترین", "ماه", "را", " ", " ", " ", "  ", "\u200C", "\u200C", "\u064A",
          "\u0649", "\u0643", "\u0640", "\u064E", "\u0654", "\u0653", "\uFEEA", "\uFBFF", "\uFEE3",
          "\u00A0", "\t", "\n", "\u200B", "\u200D", "۱۲", "١٢", "12", "a", "Tehran", "،", "-", ".",
          "ة", "أ", "ۀ", "\u06BE", "\u0629");

  static Stream<String> cases() {
    return Stream.of(
        "می شود",
        "نمی شود",
        "کتاب ها",
        "کتاب های",
        "بزرگ تر",
        "بزرگ ترین",
        "مي شود",
        "كتاب ها",
        "کتاب  ها",
        " ها",
        "می ",
        "مـی شود",
        "ماه می سال",
        "۱۵ می ۲۰۲۳",
        "کتاب\u00A0ها",
        "کتاب\u200Cها",
        "کتاب \u200Cها",
        "حسینیه جامع",
        "علی‌آباد",
        "روستای علی‌آباد، شهرستان شمال غرب مرکزی",
        "چاه‌شیرین ها",
        "می‌رود می رود",
        "نمی‌دانم",
        "کتاب‌ها ترین",
        "\u200Cکتاب",
        "کتاب\u200C",
        "کتاب\u200C\u200Cها",
        "کتاب\u200C ها",
        "کتاب \u200C",
        "Tehran\u200Cها",
        "۱۲\u200Cم",
        "شمال غرب مرکزی، خیابان انقلاب، کوچه ۳۱",
        "ها ها ها",
        "می را",
        "کتاب ﻫﺎ",
        "کتاب هَا",
        "");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aZwnjChangeIsFoundExactlyWhenNormalizingMakesOne(String text) {
    assertThat(PersianText.changes(text, ChangeKind.ZWNJ)).as(text).isEqualTo(byNormalizing(text));
  }

  @Test
  void aZwnjChangeIsFoundExactlyWhenNormalizingMakesOneInRandomText() {
    Random random = new Random(1402);
    int withChange = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(8);
      // Half the texts only of plain pieces, so that the shortcut is taken often.
      int range = random.nextBoolean() ? 28 : PIECES.size();
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(range)));
      }
      String t = text.toString();
      boolean expected = byNormalizing(t);
      withChange += expected ? 1 : 0;
      assertThat(PersianText.changes(t, ChangeKind.ZWNJ)).as(t).isEqualTo(expected);
    }
    // The texts exercise both answers.
    assertThat(withChange).isBetween(1_000, 29_000);
  }

  private static boolean byNormalizing(String text) {
    return PersianText.normalize(text).changes().stream()
        .anyMatch(change -> change.kind() == ChangeKind.ZWNJ);
  }
}
