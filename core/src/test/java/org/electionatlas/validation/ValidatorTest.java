package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final Atlas UNKNOWN_COUNTY =
      Plant.station(TestAtlases.valid(), 3, s -> s.county("ravr"));

  @Test
  void message_names_the_station_in_persian_and_english_and_the_missing_county() {
    Violation violation = Validator.standard().validate(UNKNOWN_COUNTY).violations().get(0);

    assertThat(violation.message())
        .isEqualTo(
            "polling station \"ravar-0003\" (مسجد جامع / Friday Mosque) names"
                + " county \"ravr\", which is not a county of the atlas");
    assertThat(violation.subjectId()).contains("ravar-0003");
    assertThat(violation.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void message_says_what_kind_an_id_of_the_wrong_kind_names() {
    Atlas atlas = Plant.station(TestAtlases.valid(), 3, s -> s.county("kerman"));

    assertThat(Validator.standard().validate(atlas).violations().get(0).message())
        .endsWith("names county \"kerman\", which is not a county of the atlas but a province");
  }

  @Test
  void every_violation_is_collected_not_only_the_first() {
    Atlas atlas = Plant.station(UNKNOWN_COUNTY, 1, s -> s.county("anr"));

    assertThat(Validator.standard().validate(atlas).violationsOf("station-county-unknown"))
        .extracting(Violation::pointer)
        .containsExactly("/pollingStations/1/county", "/pollingStations/3/county");
  }

  @Test
  void a_disabled_rule_does_not_run() {
    Validator validator = Validator.builder().disable("station-county-unknown").build();

    assertThat(validator.validate(UNKNOWN_COUNTY).isClean()).isTrue();
  }

  @Test
  void a_severity_override_changes_the_findings_severity() {
    Validator validator =
        Validator.builder().severity("station-county-unknown", Severity.WARNING).build();

    ValidationReport report = validator.validate(UNKNOWN_COUNTY);

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
  }

  @Test
  void a_policy_naming_a_rule_that_does_not_exist_is_refused() {
    assertThatThrownBy(() -> Validator.builder().disable("station-county-unknwn").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("station-county-unknwn");
  }

  @Test
  void an_embedders_rule_runs_beside_the_catalogue() {
    Rule noMobile =
        new Rule() {
          @Override
          public String id() {
            return "mobile-station-forbidden";
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.WARNING;
          }

          @Override
          public String summary() {
            return "No mobile stations here";
          }

          @Override
          public void check(Atlas atlas, Findings findings) {
            for (int i = 0; i < atlas.pollingStations().size(); i++) {
              if (atlas.pollingStations().get(i).kind() == StationKind.MOBILE) {
                findings.report("/pollingStations/" + i + "/kind", null, "mobile");
              }
            }
          }
        };
    Atlas atlas = Plant.station(TestAtlases.valid(), 1, s -> s.kind(StationKind.MOBILE));

    ValidationReport report = Validator.builder().addRule(noMobile).build().validate(atlas);

    assertThat(report.violations())
        .extracting(Violation::ruleId, Violation::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "mobile-station-forbidden", "/pollingStations/1/kind"));
  }

  @Test
  void a_rule_id_cannot_be_added_twice() {
    Rule copy = Validator.standardRules().get(0);

    assertThatThrownBy(() -> Validator.builder().addRule(copy))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_catalogue_has_unique_kebab_case_ids_and_a_summary_and_rationale_for_each_rule() {
    assertThat(Validator.standardRules())
        .allSatisfy(
            rule -> {
              assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
              assertThat(rule.summary()).isNotBlank().doesNotEndWith(".");
              assertThat(rule.rationale()).isNotBlank();
            });
    assertThat(Validator.standardRules()).extracting(Rule::id).doesNotHaveDuplicates();
  }
}
