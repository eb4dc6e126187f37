package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Province codes: the 31 current codes, and what old or mistyped ones meant. */
class ProvinceCodeRulesTest {

  private static Atlas kerman(String code, LocalizedName name) {
    return Plant.province(TestAtlases.valid(), 0, p -> p.code(code).name(name));
  }

  /** Without the spelling rule: an Arabic kaf in a name is its business, not these rules'. */
  private static List<Violation> violations(Atlas atlas) {
    return Validator.builder()
        .disable("persian-arabic-letter")
        .build()
        .validate(atlas)
        .violations();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IR-8   | ; did you mean \"IR-08\" (کرمان / Kerman)?",
        "ir-08  | ; did you mean \"IR-08\" (کرمان / Kerman)?",
        "IR08   | ; did you mean \"IR-08\" (کرمان / Kerman)?",
        "IR-31  | ; IR-31 was the code of خراسان شمالی / North Khorasan before ISO renumbered the"
            + " provinces on 2020-11-24, and خراسان شمالی / North Khorasan is IR-28 now",
        "IR-99  | ''",
        "KER    | ''"
      })
  void an_invalid_code_gets_a_hint_when_one_is_cheap(String code, String hint) {
    assertThat(violations(kerman(code, LocalizedName.of("کرمان", "Kerman"))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("province-code-invalid");
              assertThat(v.message().toString())
                  .isEqualTo(
                      "province \"kerman\" (کرمان / Kerman) has code \""
                          + code
                          + "\", which is not an ISO 3166-2:IR code; the 31 provinces are IR-00"
                          + " to IR-30"
                          + hint);
            });
  }

  @Test
  void the_hint_reads_in_persian_with_the_provinces_persian_name() {
    assertThat(violations(kerman("IR-8", LocalizedName.of("کرمان", "Kerman"))))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().render(MessageStyle.PERSIAN))
                    .isEqualTo(
                        "کد استان «kerman» (کرمان) «IR-8» است، که از کدهای ISO 3166-2:IR نیست؛ کد"
                            + " ۳۱ استان از IR-00 تا IR-30 است؛ آیا منظور «IR-08» (کرمان) بود؟"));
  }

  @Test
  void kermans_code_from_before_2020_is_reported_as_lorestans_with_the_renumbering_explained() {
    assertThat(violations(kerman("IR-15", LocalizedName.of("کرمان", "Kerman"))))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().toString())
                    .isEqualTo(
                        "province \"kerman\" (کرمان / Kerman) has code IR-15, which is the code of"
                            + " لرستان / Lorestan; کرمان / Kerman is IR-08 (IR-15 was its code"
                            + " before ISO renumbered the provinces on 2020-11-24)"));
  }

  @Test
  void another_provinces_code_is_reported_without_the_renumbering_note() {
    assertThat(violations(kerman("IR-21", LocalizedName.of("کرمان", "Kerman"))))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().toString())
                    .endsWith("which is the code of یزد / Yazd; کرمان / Kerman is IR-08"));
  }

  @Test
  void the_name_is_matched_across_arabic_kaf_and_by_english_when_the_persian_says_more() {
    assertThat(violations(kerman("IR-15", LocalizedName.of("كرمان"))))
        .extracting(Violation::ruleId)
        .containsExactly("province-code-name-mismatch");
    assertThat(violations(kerman("IR-15", LocalizedName.of("استان کرمان", "kerman"))))
        .extracting(Violation::ruleId)
        .containsExactly("province-code-name-mismatch");
  }

  @Test
  void a_name_that_is_no_provinces_name_says_nothing_about_the_code() {
    assertThat(violations(kerman("IR-15", LocalizedName.of("استان کرمان", "Kerman province"))))
        .isEmpty();
  }
}
