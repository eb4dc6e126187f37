package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.electionatlas.message.CalendarSystem;
import org.electionatlas.message.Language;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule speaks both languages: its summary and rationale exist in Persian, and every finding
 * that a planted defect makes it report has a Persian wording that names the same arguments as the
 * English one, renders with nothing left unfilled, writes no Latin digit of its own, and never
 * calls a date Gregorian when dates are asked for in the Jalali calendar.
 */
class FindingsInBothLanguagesTest {

  private static final Atlas VALID = TestAtlases.valid();

  private static final List<MessageStyle> STYLES =
      List.of(
          MessageStyle.ENGLISH,
          MessageStyle.PERSIAN,
          MessageStyle.of(Language.EN, CalendarSystem.JALALI),
          MessageStyle.of(Language.FA, CalendarSystem.GREGORIAN));

  /** The text without codes that are written in Latin in every language: ISO 3166-2:IR, IR-08. */
  private static String withoutCodes(String text) {
    return text.replaceAll("ISO 3166-2(:IR)?|IR-[0-9]{2}", "");
  }

  static Stream<Arguments> defects() {
    return PlantedDefectTest.defects();
  }

  @Test
  void every_rule_of_the_catalogue_has_its_summary_and_rationale_in_persian() {
    assertThat(Validator.standardRules())
        .allSatisfy(
            rule -> {
              RuleInfo info = rule.info();
              assertThat(info.summary().fa())
                  .as(info.id())
                  .hasValueSatisfying(fa -> assertThat(fa).isNotBlank());
              assertThat(info.rationale().fa())
                  .as(info.id())
                  .hasValueSatisfying(fa -> assertThat(fa).isNotBlank());
              assertThat(withoutCodes(info.summary().fa().orElseThrow()))
                  .as("%s's Persian summary writes its own digits in Persian", info.id())
                  .doesNotContainPattern("[0-9]");
            });
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("defects")
  void a_planted_defect_is_reported_in_both_languages_and_both_calendars(
      String ruleId, String pointer, UnaryOperator<Atlas> plant) {
    List<Violation> violations = Validator.standard().validate(plant.apply(VALID)).violations();

    assertThat(violations).isNotEmpty();
    for (Violation violation : violations) {
      assertThat(violation.message().template().hasPersian())
          .as("%s has a Persian wording", violation.message().key())
          .isTrue();
      assertThat(withoutCodes(violation.message().template().wording(Language.FA)))
          .as("the Persian wording of %s writes no Latin digits", violation.message().key())
          .doesNotContainPattern("[0-9]");
      assertThat(violation.message().missing()).isEmpty();
      for (MessageStyle style : STYLES) {
        String text = violation.message(style);
        assertThat(text)
            .as("%s in %s", violation.message().key(), style)
            .isNotBlank()
            .doesNotContainPattern("\\{[a-zA-Z]+\\}");
        if (style.calendar() == CalendarSystem.JALALI) {
          assertThat(text)
              .as("%s in %s", violation.message().key(), style)
              .doesNotContain("Gregorian");
        }
      }
    }
  }
}
