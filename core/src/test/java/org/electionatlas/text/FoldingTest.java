package org.electionatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per named key: spellings that must meet, and spellings that must stay apart. */
class FoldingTest {

  static Stream<Arguments> sameKey() {
    return Stream.of(
        // NAME: province and settlement names
        Arguments.of(Folding.NAME, "كرمان", "کرمان"),
        Arguments.of(Folding.NAME, " کرمان ", "کرمان"),
        Arguments.of(Folding.NAME, "\u06C1مدان", "همدان"),
        Arguments.of(Folding.NAME, "\u06AAرمان", "کرمان"),
        Arguments.of(Folding.NAME, "\uFEDB\uFEAE\uFEE3\uFE8E\uFEE5", "کرمان"),
        Arguments.of(Folding.NAME, "\u0627\u0653باده", "آباده"),
        Arguments.of(Folding.NAME, "سیستان  و  بلوچستان", "سیستان و بلوچستان"),
        // HEADER: CSV columns and enum words
        Arguments.of(Folding.HEADER, "Voting Method", "votingmethod"),
        Arguments.of(Folding.HEADER, "voting_method", "votingMethod"),
        Arguments.of(Folding.HEADER, "رأی‌گیری", "رای گیری"),
        Arguments.of(Folding.HEADER, "\u200Fشماره\u200F", "شماره"),
        // NUMBER: numbers in any digits
        Arguments.of(Folding.NUMBER, "۱۲۳٫۵", "123.5"),
        Arguments.of(Folding.NUMBER, "١٬٢٠٠", "1,200"),
        Arguments.of(Folding.NUMBER, "\u22125", "-5"),
        // DATE: dates, also without madda
        Arguments.of(Folding.DATE, "۵ آبان ۱۴۰۲", "5 ابان 1402"),
        Arguments.of(Folding.DATE, "سه\u200Cشنبه", "سهشنبه"),
        Arguments.of(Folding.DATE, "ه\u200D.ش.", "ه.ش."),
        Arguments.of(Folding.DATE, "هـ.ش", "ه.ش"),
        Arguments.of(Folding.DATE, "تير", "تیر"));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @MethodSource("sameKey")
  void spellingsOfTheSameText_getTheSameKey(Folding folding, String one, String other) {
    assertThat(folding.apply(one)).isEqualTo(folding.apply(other));
  }

  static Stream<Arguments> differentKeys() {
    return Stream.of(
        // A name keeps its madda, hamza and digits; only a date or header key drops them.
        Arguments.of(Folding.NAME, "آباده", "اباده"),
        Arguments.of(Folding.NAME, "رأی", "رای"),
        Arguments.of(Folding.NAME, "شعبه ۱", "شعبه 1"),
        Arguments.of(Folding.NAME, "ڕوژ", "روژ"), // Kurdish letters are letters of their own
        Arguments.of(Folding.HEADER, "county", "country"),
        Arguments.of(Folding.NUMBER, "12", "21"),
        Arguments.of(Folding.DATE, "۵ آبان", "۵ آذر"));
  }

  @ParameterizedTest(name = "{0}: {1} != {2}")
  @MethodSource("differentKeys")
  void differentTexts_keepDifferentKeys(Folding folding, String one, String other) {
    assertThat(folding.apply(one)).isNotEqualTo(folding.apply(other));
  }

  @Test
  void everyFold_isUsedByANamedKey() {
    List<Folding> keys = List.of(Folding.NAME, Folding.HEADER, Folding.NUMBER, Folding.DATE);
    for (Fold fold : Fold.values()) {
      assertThat(keys).as("a key using %s", fold).anyMatch(key -> key.has(fold));
    }
  }

  @Test
  void folding_isIdempotent() {
    List<String> texts =
        List.of("كرمان", "\uFEFBه", "۱۲٫۵", "رأی‌گیری", "\u0627\u0653بان ۱۴۰۲", "Voting_Method");
    for (Folding key : List.of(Folding.NAME, Folding.HEADER, Folding.NUMBER, Folding.DATE)) {
      for (String text : texts) {
        assertThat(key.apply(key.apply(text))).isEqualTo(key.apply(text));
      }
    }
  }

  /**
   * The callers that once folded Persian text with tables of their own now delegate here: none of
   * them may map the Arabic yeh or kaf by itself again.
   */
  @Test
  void noOtherMainSource_mapsArabicYehOrKafItself() throws IOException {
    Pattern ownTable = Pattern.compile("case '(\\\\u064A|\\\\u0643|ي|ك)'");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      offenders =
          files
              .filter(path -> path.toString().contains("src/main/java"))
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> !path.endsWith("Folding.java"))
              .filter(
                  path -> {
                    try {
                      return ownTable.matcher(Files.readString(path)).find();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .collect(Collectors.toList());
    }
    assertThat(offenders).isEmpty();
  }

  /**
   * {@code DateTimeFormatter.ofPattern(..).withChronology(JalaliChronology.INSTANCE)} prints
   * Gregorian month names; no main source may build a Jalali formatter that way.
   */
  @Test
  void noMainSource_buildsAJalaliFormatterWithTheJdksTextLookup() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      offenders =
          files
              .filter(path -> path.toString().contains("src/main/java"))
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> !path.endsWith("JalaliFormat.java"))
              .filter(
                  path -> {
                    try {
                      return Files.readString(path).contains("withChronology(JalaliChronology");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .collect(Collectors.toList());
    }
    assertThat(offenders).isEmpty();
  }
}
