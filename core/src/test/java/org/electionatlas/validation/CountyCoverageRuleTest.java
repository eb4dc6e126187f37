package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coverage compares the voters a county's stations expect with its eligible voters. */
class CountyCoverageRuleTest {

  /** Anar (county 1) has one station expecting 900 voters. */
  private static Atlas anarWithEligible(int eligible) {
    return Plant.county(TestAtlases.valid(), 1, c -> c.eligibleVoters(eligible));
  }

  private static List<String> coverageFindings(Atlas atlas, Validator validator) {
    ValidationReport report = validator.validate(atlas);
    return report.violations().stream()
        .map(Violation::ruleId)
        .filter(id -> id.startsWith("county-coverage"))
        .toList();
  }

  @ParameterizedTest(name = "900 of {0} eligible: {1}")
  @CsvSource({
    "1125, none", // exactly 80%
    "1126, county-coverage-low", // 79.9%
    "819, none", // 109.9%
    "818, county-coverage-high", // 110.02%
    "900, none"
  })
  void the_bounds_are_inclusive(int eligible, String expected) {
    List<String> findings = coverageFindings(anarWithEligible(eligible), Validator.standard());

    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).containsExactly(expected);
    }
  }

  @Test
  void the_bounds_come_from_the_policy() {
    Validator lenient =
        Validator.builder()
            .policy(ValidationPolicy.builder().minCoverage(0.5).maxCoverage(2.0).build())
            .build();

    assertThat(coverageFindings(anarWithEligible(1600), lenient)).isEmpty();
    assertThat(coverageFindings(anarWithEligible(500), lenient)).isEmpty();
    assertThat(coverageFindings(anarWithEligible(1900), lenient))
        .containsExactly("county-coverage-low");
  }

  @Test
  void a_county_without_eligible_voters_is_not_judged() {
    Atlas atlas =
        Plant.county(TestAtlases.valid(), 1, c -> c.eligibleVoters(java.util.OptionalInt.empty()));

    assertThat(coverageFindings(atlas, Validator.standard())).isEmpty();
  }

  @Test
  void a_county_with_a_station_of_invalid_count_is_left_to_the_station_rule() {
    Atlas atlas = Plant.station(anarWithEligible(5000), 1, s -> s.expectedVoters(-900));

    ValidationReport report = Validator.standard().validate(atlas);

    assertThat(report.violations())
        .extracting(Violation::ruleId)
        .containsExactly("station-voters-invalid");
  }

  @Test
  void the_message_gives_the_sum_the_share_and_the_bound_in_voters() {
    Violation violation =
        Validator.standard()
            .validate(Plant.county(TestAtlases.valid(), 0, c -> c.eligibleVoters(3000)))
            .violationsOf("county-coverage-low")
            .get(0);

    assertThat(violation.pointer()).isEqualTo("/counties/0/eligibleVoters");
    assertThat(violation.message().toString())
        .isEqualTo(
            "county \"ravar\" (راور / Ravar) has 3 stations expecting 1,900 voters together,"
                + " 63.3% of its 3,000 eligible voters; at least 80% (2,400) should be planned"
                + " for");
  }
}
