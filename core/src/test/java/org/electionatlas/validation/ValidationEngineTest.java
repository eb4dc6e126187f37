package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine under the rule catalogue: how findings are described, ordered, counted and graded, and
 * the messages of the identity, cycle and Persian text rules at their edges. Written against the
 * mutants PIT found surviving; each test states behaviour a user sees.
 */
class ValidationEngineTest {

  private static final Atlas VALID = TestAtlases.valid();

  private static List<Violation> violationsOf(Atlas atlas, String ruleId) {
    return Validator.standard().validate(atlas).violationsOf(ruleId);
  }

  private static Violation violation(String pointer, String rule, Severity severity) {
    return Violation.builder()
        .ruleId(rule)
        .severity(severity)
        .pointer(pointer)
        .message(TestMessages.text("m"))
        .build();
  }

  // Arguments: how findings name things

  private static String en(Argument argument) {
    return argument.render(MessageStyle.ENGLISH);
  }

  private static String fa(Argument argument) {
    return argument.render(MessageStyle.PERSIAN);
  }

  @Test
  void an_entity_is_named_by_kind_id_and_its_names_in_persian_and_english() {
    assertThat(en(Argument.entity(EntityKind.COUNTY, VALID.counties().get(0))))
        .isEqualTo("county \"ravar\" (راور / Ravar)");
    assertThat(en(Argument.entity(EntityKind.PROVINCE, VALID.provinces().get(0))))
        .startsWith("province \"kerman\" (کرمان");
    assertThat(en(Argument.entity(EntityKind.CONSTITUENCY, VALID.constituencies().get(0))))
        .startsWith("constituency \"majlis-ravar\" (");
    assertThat(en(Argument.entity(EntityKind.BODY, VALID.bodies().get(0))))
        .startsWith("body \"kerman-hq\" (");
    assertThat(en(Argument.entity(EntityKind.EVENT, VALID.events().get(0))))
        .startsWith("event \"training\" (");
    assertThat(en(Argument.entity(EntityKind.ISSUE, VALID.issues().get(0))))
        .startsWith("issue \"late-ballots\" (");
    assertThat(en(Argument.entity(EntityKind.POLLING_STATION, VALID.pollingStations().get(0))))
        .startsWith("polling station \"ravar-0001\" (");
  }

  @Test
  void
      an_entity_without_a_name_is_described_by_kind_and_id_and_a_name_without_english_by_persian() {
    Approval approval = VALID.approvals().get(0);

    assertThat(en(Argument.entity(EntityKind.APPROVAL, approval)))
        .isEqualTo("approval \"" + approval.id() + "\"");
    assertThat(
            en(
                Argument.entity(
                    EntityKind.COUNTY,
                    org.electionatlas.model.County.builder()
                        .from(VALID.counties().get(0))
                        .name(LocalizedName.of("راور"))
                        .build())))
        .isEqualTo("county \"ravar\" (راور)");
    assertThat(fa(Argument.entity(EntityKind.COUNTY, VALID.counties().get(0))))
        .isEqualTo("شهرستان «ravar» (راور)");
    assertThat(fa(Argument.entity(EntityKind.POLLING_STATION, "ravar-0001")))
        .isEqualTo("شعبهٔ «ravar-0001»");
  }

  @Test
  void kinds_are_listed_with_articles_and_or_before_the_last() {
    assertThat(en(Argument.kinds(Set.of(EntityKind.COUNTY)))).isEqualTo("a county");
    assertThat(en(Argument.kinds(List.of(EntityKind.ISSUE, EntityKind.COUNTY))))
        .isEqualTo("an issue or a county");
    assertThat(
            en(
                Argument.kinds(
                    List.of(EntityKind.PROVINCE, EntityKind.COUNTY, EntityKind.APPROVAL))))
        .isEqualTo("a province, a county or an approval");
    assertThat(fa(Argument.kinds(List.of(EntityKind.PROVINCE, EntityKind.COUNTY))))
        .isEqualTo("استان یا شهرستان");
  }

  // IdMalformedRule

  static Stream<Arguments> malformedIds() {
    return Stream.of(
        Arguments.of("", "is empty"),
        Arguments.of("a".repeat(65), "is 65 characters long; at most 64 are allowed"),
        Arguments.of(
            "a b" + "c".repeat(61), "may hold only ASCII letters, digits, '.', '_' and '-'"),
        Arguments.of("-ravar", "must start with an ASCII letter or digit"),
        Arguments.of("راور-1", "must start with an ASCII letter or digit"),
        Arguments.of("ravar 1", "may hold only ASCII letters, digits, '.', '_' and '-'"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("malformedIds")
  void a_malformed_id_is_reported_with_what_is_wrong_with_it(String id, String problem) {
    Atlas atlas = Plant.county(VALID, 0, c -> c.id(id));

    assertThat(violationsOf(atlas, "id-malformed"))
        .extracting(v -> v.message().toString())
        .containsExactly("the id \"" + id + "\" of the county " + problem);
  }

  @Test
  void an_id_of_64_characters_is_well_formed() {
    assertThat(violationsOf(Plant.county(VALID, 0, c -> c.id("r".repeat(64))), "id-malformed"))
        .isEmpty();
  }

  // ParentCycleRule

  @Test
  void only_events_and_bodies_have_parent_cycles() {
    assertThatThrownBy(() -> new ParentCycleRule(EntityKind.COUNTY, "county-parent-cycle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only events and bodies have parents: COUNTY");
    assertThat(new ParentCycleRule(EntityKind.EVENT, "e").info().rationale().en())
        .startsWith("An event");
    assertThat(new ParentCycleRule(EntityKind.BODY, "b").info().rationale().en())
        .startsWith("A body");
  }

  @Test
  void a_cycle_is_reported_once_at_its_first_member_with_the_whole_chain() {
    Atlas atlas =
        Plant.body(
            Plant.body(VALID, 0, b -> b.parent("guardian-council")), 1, b -> b.parent("kerman-hq"));

    assertThat(violationsOf(atlas, "body-parent-cycle"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/bodies/0/parent");
              assertThat(v.message().toString())
                  .endsWith("lead back to it: kerman-hq → guardian-council → kerman-hq");
            });
  }

  @Test
  void an_event_that_is_its_own_parent_is_a_cycle_of_one() {
    Atlas atlas = Plant.event(VALID, 0, e -> e.parent("training"));

    assertThat(violationsOf(atlas, "event-parent-cycle"))
        .extracting(v -> v.message().toString())
        .singleElement()
        .asString()
        .endsWith("lead back to it: training → training");
  }

  // PersianTextRule

  static Stream<Arguments> arabicLetters() {
    return Stream.of(
        Arguments.of("يکم", "uses Arabic yeh (U+064A)"),
        Arguments.of("ىکم", "uses Arabic alef maksura (U+0649)"),
        Arguments.of("كرمان", "uses Arabic kaf (U+0643)"),
        Arguments.of("كرماني", "uses Arabic yeh (U+064A) and Arabic kaf (U+0643)"),
        Arguments.of(
            "يىك",
            "uses Arabic yeh (U+064A), Arabic alef maksura (U+0649) and Arabic kaf (U+0643)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arabicLetters")
  void each_arabic_letter_is_named_even_at_the_start_of_the_text(String text, String what) {
    Atlas atlas = Plant.county(VALID, 0, c -> c.name(LocalizedName.of(text)));

    assertThat(violationsOf(atlas, "persian-arabic-letter"))
        .extracting(v -> v.message().toString())
        .singleElement()
        .asString()
        .startsWith("the Persian text \"" + text + "\" of \"ravar\" " + what + "; atlas normalize");
  }

  @Test
  void arabic_indic_digits_are_the_ten_from_u0660_to_u0669() {
    assertThat(PersianTextRule.arabicIndicDigits().info().id())
        .isEqualTo("persian-arabic-indic-digit");
    for (String digit : List.of("\u0660", "\u0669")) {
      Atlas atlas = Plant.county(VALID, 0, c -> c.name(LocalizedName.of("راور " + digit)));
      assertThat(violationsOf(atlas, "persian-arabic-indic-digit")).hasSize(1);
    }
    for (String neighbour : List.of("\u065F", "\u066A")) {
      Atlas atlas = Plant.county(VALID, 0, c -> c.name(LocalizedName.of("راور" + neighbour)));
      assertThat(violationsOf(atlas, "persian-arabic-indic-digit")).isEmpty();
    }
  }

  @Test
  void the_persian_text_rules_are_made_with_their_ids_and_examples() {
    for (PersianTextRule rule :
        List.of(
            PersianTextRule.arabicLetters(),
            PersianTextRule.arabicIndicDigits(),
            PersianTextRule.missingZwnj())) {
      assertThat(rule.info().id()).startsWith("persian-");
      assertThat(rule.info().violatingExample()).contains("\"fa\"");
      assertThat(rule.info().passingExample())
          .contains("\"fa\"")
          .isNotEqualTo(rule.info().violatingExample());
    }
  }

  // ValidationPolicy

  @Test
  void the_default_policy_has_the_documented_thresholds() {
    for (ValidationPolicy defaults :
        List.of(ValidationPolicy.defaults(), ValidationPolicy.builder().build())) {
      assertThat(defaults.maxExpectedVoters()).isEqualTo(2_500);
      assertThat(defaults.minOfficials()).isEqualTo(5);
      assertThat(defaults.minObservers()).isEqualTo(1);
      assertThat(defaults.minCoverage()).isEqualTo(0.8);
      assertThat(defaults.maxCoverage()).isEqualTo(1.1);
      assertThat(defaults.disabledRules()).isEmpty();
    }
  }

  @Test
  void a_policy_takes_thresholds_at_their_limits_and_refuses_them_past() {
    assertThat(
            ValidationPolicy.builder()
                .maxExpectedVoters(1)
                .minOfficials(0)
                .minObservers(0)
                .minCoverage(0)
                .maxCoverage(0)
                .build()
                .maxExpectedVoters())
        .isEqualTo(1);
    assertThatThrownBy(() -> ValidationPolicy.builder().maxExpectedVoters(0).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().minOfficials(-1).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().minObservers(-1).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().minCoverage(-0.01).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "minCoverage must be at least 0 and at most maxCoverage, but is -0.01 with"
                + " maxCoverage 1.1");
    assertThatThrownBy(() -> ValidationPolicy.builder().minCoverage(1.2).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().minCoverage(Double.NaN).build())
        .isInstanceOf(IllegalStateException.class);
  }

  // ValidationReport, Violation, Severity

  @Test
  void a_report_tells_errors_from_other_findings() {
    ValidationReport warnings =
        ValidationReport.of(List.of(violation("/a", "w", Severity.WARNING)));
    ValidationReport errors =
        ValidationReport.of(
            List.of(violation("/a", "w", Severity.WARNING), violation("/b", "e", Severity.ERROR)));

    assertThat(warnings.hasErrors()).isFalse();
    assertThat(warnings.isClean()).isFalse();
    assertThat(errors.hasErrors()).isTrue();
    assertThat(errors.violationsOf("e")).extracting(Violation::pointer).containsExactly("/b");
    assertThat(ValidationReport.of(List.of()).isClean()).isTrue();
    assertThat(errors.toString()).startsWith("1 error, 1 warning, 0 infos[");
  }

  @Test
  void pointers_order_by_segment_numbers_first_and_by_value() {
    ValidationReport report =
        ValidationReport.of(
            Stream.of("/b", "/a1", "/1a", "/12", "/13", "/2", "/0", "/", "/a", "/a/b", "/a/0")
                .map(p -> violation(p, "r", Severity.INFO))
                .toList());

    assertThat(report.violations())
        .extracting(Violation::pointer)
        .containsExactly("/0", "/2", "/12", "/13", "/", "/1a", "/a", "/a/0", "/a/b", "/a1", "/b");
  }

  @Test
  void a_violation_reads_as_a_line_of_a_report() {
    assertThat(violation("/counties/0", "county-empty", Severity.WARNING))
        .hasToString("warning [county-empty] m (at /counties/0)");
    assertThat(violation("", "atlas-empty", Severity.INFO))
        .hasToString("info [atlas-empty] m (at the top level)");
  }

  @Test
  void a_severity_is_at_least_itself_and_what_is_less_serious() {
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.ERROR.isAtLeast(Severity.INFO)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
  }

  // Validator

  @Test
  void a_validator_keeps_its_policy_and_lists_its_rules_by_id_with_ones_own_included() {
    ValidationPolicy policy = ValidationPolicy.builder().minOfficials(3).build();
    Rule first =
        new Rule() {
          @Override
          public RuleInfo info() {
            return RuleInfo.builder()
                .id("aaa-own-rule")
                .defaultSeverity(Severity.INFO)
                .summary(Phrase.english("Reports the policy's minimum of officials"))
                .build();
          }

          @Override
          public RuleCheck begin(Atlas frame, RuleContext context) {
            context.report(
                "", null, TestMessages.text("at least " + context.policy().minOfficials()));
            return RuleCheck.NONE;
          }
        };

    Validator validator = Validator.builder().policy(policy).addRule(first).build();

    assertThat(validator.policy()).isEqualTo(policy);
    assertThat(validator.rules().get(0)).isSameAs(first);
    assertThat(validator.rules())
        .extracting(r -> r.info().id())
        .isSortedAccordingTo(String::compareTo)
        .hasSize(Validator.standardRules().size() + 1);
    assertThat(validator.validate(VALID).violationsOf("aaa-own-rule"))
        .extracting(v -> v.message().toString())
        .containsExactly("at least 3");
  }
}
