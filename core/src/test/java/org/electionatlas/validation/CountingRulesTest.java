package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueCategory;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;

/** Declared station counts, HIGH-risk stations and bodies' jurisdictions. */
class CountingRulesTest {

  private static List<Violation> violations(Atlas atlas, String rule) {
    return Validator.standard().validate(atlas).violationsOf(rule);
  }

  private static final String DECLARED = "province-declared-stations-mismatch";

  @Test
  void more_stations_than_declared_says_they_may_be_counted_twice() {
    Atlas atlas = Plant.province(TestAtlases.valid(), 0, p -> p.declaredStations(3));

    assertThat(violations(atlas, DECLARED))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().toString())
                    .isEqualTo(
                        "province \"kerman\" (کرمان / Kerman) declares 3 polling stations but the"
                            + " atlas holds 4 in its counties, 1 more: stations are counted twice"
                            + " or the declared count is out of date"));
  }

  @Test
  void stations_of_unknown_counties_that_could_make_up_the_difference_hold_the_finding_back() {
    Atlas twoUnplaced =
        Plant.station(
            Plant.station(TestAtlases.valid(), 3, s -> s.county("ravr")), 1, s -> s.county("anr"));

    assertThat(violations(twoUnplaced, DECLARED)).isEmpty();
    assertThat(violations(Plant.province(twoUnplaced, 0, p -> p.declaredStations(5)), DECLARED))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().toString())
                    .endsWith(
                        "declares 5 polling stations but the atlas holds 2 in its counties, 3"
                            + " fewer: the atlas is missing stations (2 stations have no known"
                            + " county or province)"));
  }

  @Test
  void a_province_that_declares_nothing_is_not_counted() {
    Atlas atlas =
        Plant.province(
            TestAtlases.valid(), 0, p -> p.declaredStations(java.util.OptionalInt.empty()));

    assertThat(violations(atlas, DECLARED)).isEmpty();
  }

  private static final String HIGH_RISK = "station-high-risk-unaddressed";

  private static Issue.Builder issue(String... scope) {
    Issue.Builder issue =
        Issue.builder()
            .id("risky")
            .title(LocalizedName.of("تهدید امنیتی", "Security threat"))
            .category(IssueCategory.SECURITY)
            .severity(IssueSeverity.HIGH)
            .status(IssueStatus.RESOLVED)
            .mitigation(LocalizedName.of("حضور نیروی انتظامی", "Police present"));
    for (String s : scope) {
      issue.addScope(s);
    }
    return issue;
  }

  @Test
  void an_issue_naming_the_station_addresses_its_risk_whatever_the_issues_status() {
    Atlas atlas =
        Atlas.builder()
            .from(Plant.station(TestAtlases.valid(), 0, s -> s.risk(Risk.of(RiskLevel.HIGH))))
            .addIssue(issue("ravar-0001").build())
            .build();

    assertThat(violations(atlas, HIGH_RISK)).isEmpty();
  }

  @Test
  void an_issue_naming_only_the_county_or_province_does_not_address_a_stations_risk() {
    Atlas atlas =
        Atlas.builder()
            .from(
                Plant.station(
                    TestAtlases.valid(),
                    0,
                    s ->
                        s.risk(
                            Risk.builder().level(RiskLevel.HIGH).note("near the border").build())))
            .addIssue(issue("ravar", "kerman", "majlis-ravar").build())
            .build();

    assertThat(violations(atlas, HIGH_RISK))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().toString())
                    .contains("is HIGH risk (near the border) but no issue"));
  }

  private static final String LEVEL = "body-jurisdiction-level-mismatch";

  @Test
  void an_id_that_is_both_a_province_and_a_county_fits_either_level() {
    Atlas atlas =
        Plant.county(
            Plant.body(
                TestAtlases.valid(), 0, b -> b.level(org.electionatlas.model.BodyLevel.COUNTY)),
            1,
            c -> c.id("kerman"));

    assertThat(violations(atlas, LEVEL)).isEmpty();
  }

  @Test
  void a_provincial_body_without_a_jurisdiction_is_reported_where_the_jurisdiction_belongs() {
    Atlas atlas =
        Plant.body(TestAtlases.valid(), 0, b -> b.jurisdiction(java.util.Optional.empty()));

    assertThat(violations(atlas, LEVEL))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/bodies/0/jurisdiction");
              assertThat(v.message().toString())
                  .endsWith(
                      "is a PROVINCE-level body without a jurisdiction; name the province it"
                          + " works for");
            });
  }

  @Test
  void a_jurisdiction_that_is_no_province_or_county_is_left_to_the_reference_rule() {
    Atlas atlas = Plant.body(TestAtlases.valid(), 0, b -> b.jurisdiction("ravar-0001"));

    assertThat(Validator.standard().validate(atlas).violations())
        .extracting(Violation::ruleId)
        .containsExactly("body-jurisdiction-unknown");
  }
}
