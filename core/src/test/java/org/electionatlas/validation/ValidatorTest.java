package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.Location;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Staff;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.TestAtlases;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final Atlas UNKNOWN_COUNTY =
      Plant.station(TestAtlases.valid(), 3, s -> s.county("ravr"));

  @Test
  void message_names_the_station_in_persian_and_english_and_the_missing_county() {
    Violation violation = Validator.standard().validate(UNKNOWN_COUNTY).violations().get(0);

    assertThat(violation.message().toString())
        .isEqualTo(
            "polling station \"ravar-0003\" (مسجد جامع / Friday Mosque) names"
                + " county \"ravr\", which is not a county of the atlas");
    assertThat(violation.subjectId()).contains("ravar-0003");
    assertThat(violation.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void message_says_what_kind_an_id_of_the_wrong_kind_names() {
    Atlas atlas = Plant.station(TestAtlases.valid(), 3, s -> s.county("kerman"));

    assertThat(Validator.standard().validate(atlas).violations().get(0).message().toString())
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
        new WholeAtlasRule() {
          @Override
          public RuleInfo info() {
            return RuleInfo.builder()
                .id("mobile-station-forbidden")
                .defaultSeverity(Severity.WARNING)
                .summary(Phrase.english("No mobile stations here"))
                .build();
          }

          @Override
          protected void check(Atlas atlas, RuleContext context) {
            for (int i = 0; i < atlas.pollingStations().size(); i++) {
              if (atlas.pollingStations().get(i).kind() == StationKind.MOBILE) {
                context.report(
                    "/pollingStations/" + i + "/kind", null, TestMessages.text("mobile"));
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
              assertThat(rule.info().id()).matches("[a-z]+(-[a-z]+)*");
              assertThat(rule.info().summary().en()).isNotBlank().doesNotEndWith(".");
              assertThat(rule.info().rationale().en()).isNotBlank();
            });
    assertThat(Validator.standardRules()).extracting(r -> r.info().id()).doesNotHaveDuplicates();
  }

  @Test
  void every_rule_of_the_catalogue_has_a_violating_and_a_different_passing_example() {
    assertThat(Validator.standardRules())
        .allSatisfy(
            rule -> {
              assertThat(rule.info().violatingExample()).as(rule.info().id()).isNotBlank();
              assertThat(rule.info().passingExample()).as(rule.info().id()).isNotBlank();
              assertThat(rule.info().passingExample())
                  .as(rule.info().id())
                  .isNotEqualTo(rule.info().violatingExample());
            });
  }

  @Test
  void every_example_is_a_fragment_of_an_atlas_object_that_is_well_formed_json() {
    assertThat(Validator.standardRules())
        .allSatisfy(
            rule -> {
              assertThat(JsonSyntax.isWellFormed("{" + rule.info().violatingExample() + "}"))
                  .as(
                      "%s's violating example in braces:%n%s",
                      rule.info().id(), rule.info().violatingExample())
                  .isTrue();
              assertThat(JsonSyntax.isWellFormed("{" + rule.info().passingExample() + "}"))
                  .as(
                      "%s's passing example in braces:%n%s",
                      rule.info().id(), rule.info().passingExample())
                  .isTrue();
            });
  }

  @Test
  void the_json_checker_of_the_examples_test_rejects_what_is_not_json() {
    assertThat(JsonSyntax.isWellFormed("{\"a\": [1, 2.5, -3e2, true, null, \"\\u00e9\"]}"))
        .isTrue();
    assertThat(JsonSyntax.isWellFormed("{\"a\": [1, 2,]}")).isFalse();
    assertThat(JsonSyntax.isWellFormed("{\"a\": 1} x")).isFalse();
    assertThat(JsonSyntax.isWellFormed("{a: 1}")).isFalse();
    assertThat(JsonSyntax.isWellFormed("{\"a\": 01}")).isFalse();
  }

  @Test
  void a_thoroughly_broken_atlas_is_reported_on_without_any_rule_throwing() {
    Atlas valid = TestAtlases.valid();
    Atlas broken =
        Plant.station(
            valid,
            0,
            s ->
                s.county("nowhere")
                    .number(-1)
                    .expectedVoters(-5)
                    .location(Location.of(Double.NaN, Double.POSITIVE_INFINITY))
                    .staff(Staff.of(0, 0))
                    .votingMethod(VotingMethod.ELECTRONIC)
                    .risk(Risk.of(RiskLevel.HIGH)));
    broken =
        Plant.station(broken, 1, s -> s.id(valid.pollingStations().get(0).id()).county("ravar"));
    broken = Plant.county(broken, 0, c -> c.province("nowhere").eligibleVoters(0).id("anar"));
    broken =
        Plant.province(
            broken,
            0,
            p ->
                p.code("")
                    .declaredStations(-3)
                    .boundingBox(BoundingBox.of(Double.NaN, 500, -500, Double.NEGATIVE_INFINITY)));
    broken = Plant.constituency(broken, 0, c -> c.seats(-1).counties(List.of()));
    broken = Plant.constituency(broken, 1, c -> c.contest(ContestKind.REFERENDUM).addCounty("x"));
    broken =
        Plant.event(
            broken,
            0,
            e ->
                e.parent("workshop")
                    .start(EventTime.parse("2200-01-01"))
                    .end(EventTime.parse("0001-01-01")));
    broken = Plant.event(broken, 1, e -> e.parent("training"));
    broken = Plant.body(broken, 0, b -> b.parent("kerman-hq").jurisdiction("kerman-hq"));
    broken =
        Plant.approval(
            broken,
            1,
            p ->
                p.status(ApprovalStatus.PENDING)
                    .requestedOn(LocalDate.MAX)
                    .decidedOn(LocalDate.MIN)
                    .scope(List.of("kerman-hq", "")));
    broken =
        Plant.election(broken, e -> e.contests(List.of()).votingDay(LocalDate.of(1402, 12, 29)));

    ValidationReport report = Validator.standard().validate(broken);

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.violations()).extracting(Violation::ruleId).hasSizeGreaterThan(30);
  }
}
