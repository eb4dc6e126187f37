package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.TestAtlases;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What covers an electronic station (station, county, province or constituency in scope, and the
 * settlement when the approval names settlements) and how uncovered and pending stations are
 * reported.
 */
class ElectronicApprovalRulesTest {

  private static final String UNAPPROVED = "station-electronic-unapproved";
  private static final String PENDING = "station-electronic-approval-pending";

  /** The valid atlas with Anar's station (position 1) voting electronically. */
  private static final Atlas ANAR_ELECTRONIC =
      Plant.station(TestAtlases.valid(), 1, s -> s.votingMethod(VotingMethod.ELECTRONIC));

  private static Approval.Builder electronic(String id, ApprovalStatus status, String... scope) {
    Approval.Builder approval =
        Approval.builder()
            .id(id)
            .subject(ApprovalSubject.ELECTRONIC_VOTING)
            .authority("guardian-council")
            .status(status);
    for (String s : scope) {
      approval.addScope(s);
    }
    return approval;
  }

  private static Atlas with(Atlas atlas, Approval.Builder... approvals) {
    Atlas.Builder builder = Atlas.builder().from(atlas);
    for (Approval.Builder approval : approvals) {
      builder.addApproval(approval.build());
    }
    return builder.build();
  }

  private static List<Violation> violations(Atlas atlas, String rule) {
    return Validator.standard().validate(atlas).violationsOf(rule);
  }

  @ParameterizedTest(name = "scope {0}")
  @ValueSource(strings = {"anar-0001", "anar", "kerman", "majlis-anar", "experts-kerman"})
  void an_approval_naming_the_station_its_county_province_or_a_constituency_of_its_county_covers_it(
      String scope) {
    Atlas atlas = with(ANAR_ELECTRONIC, electronic("e", ApprovalStatus.APPROVED, scope));

    assertThat(violations(atlas, UNAPPROVED)).isEmpty();
  }

  @Test
  void a_constituency_that_does_not_hold_the_county_does_not_cover_the_station() {
    Atlas atlas = with(ANAR_ELECTRONIC, electronic("e", ApprovalStatus.APPROVED, "majlis-ravar"));

    assertThat(violations(atlas, UNAPPROVED))
        .extracting(Violation::pointer)
        .containsExactly("/pollingStations/1/votingMethod");
  }

  @Test
  void an_approval_of_another_subject_does_not_cover_an_electronic_station() {
    // The valid atlas already approves mobile stations in Anar.
    assertThat(violations(ANAR_ELECTRONIC, UNAPPROVED))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().toString())
                    .isEqualTo(
                        "polling station \"anar-0001\" (دبستان شهید بهشتی / Shahid Beheshti"
                            + " School) votes electronically but no electronic-voting approval"
                            + " covers it; it needs one that names the station, its county"
                            + " \"anar\", its province or a constituency of its county, or it"
                            + " votes on paper"));
  }

  static Stream<Arguments> spellings() {
    return Stream.of(
        Arguments.of("کرمان", "كرمان", "Arabic kaf in the approval"),
        Arguments.of("كرمان", "کرمان", "Arabic kaf in the station"),
        Arguments.of("سیرجان", "سيرجان", "Arabic yeh in the approval"),
        Arguments.of("سیرجان", "سىرجان", "alef maksura in the approval"),
        Arguments.of("کرمان", "  کرمان ", "spaces around the approval's name"),
        Arguments.of(" سيرجان", "سیرجان", "Arabic yeh and a space in the station"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("spellings")
  void a_settlement_matches_across_arabic_and_persian_spellings_and_surrounding_spaces(
      String stationSettlement, String approvalSettlement, String variant) {
    Atlas atlas =
        with(
            Plant.station(ANAR_ELECTRONIC, 1, s -> s.settlement(urban(stationSettlement))),
            electronic("e", ApprovalStatus.APPROVED, "anar")
                .addSettlement(LocalizedName.of(approvalSettlement, "City")));

    assertThat(violations(atlas, UNAPPROVED)).as(variant).isEmpty();
  }

  @Test
  void an_approval_for_a_city_does_not_cover_the_villages_of_its_county() {
    Atlas atlas =
        with(
            Plant.station(ANAR_ELECTRONIC, 1, s -> s.settlement(urban("باغین"))),
            electronic("e", ApprovalStatus.APPROVED, "anar")
                .addSettlement(LocalizedName.of("انار", "Anar")));

    assertThat(violations(atlas, UNAPPROVED)).hasSize(1);
  }

  @Test
  void an_approval_for_a_city_does_not_cover_a_station_whose_settlement_is_not_given() {
    Atlas atlas =
        with(
            ANAR_ELECTRONIC,
            electronic("e", ApprovalStatus.APPROVED, "anar")
                .addSettlement(LocalizedName.of("انار", "Anar")));

    assertThat(violations(atlas, UNAPPROVED)).hasSize(1);
  }

  @Test
  void a_station_covered_only_by_rejected_approvals_is_unapproved_and_the_message_names_them() {
    Atlas atlas =
        with(
            ANAR_ELECTRONIC,
            electronic("refused-anar", ApprovalStatus.REJECTED, "anar"),
            electronic("refused-kerman", ApprovalStatus.REJECTED, "kerman"));

    assertThat(violations(atlas, UNAPPROVED))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message().toString())
                    .contains(
                        "the only electronic-voting approvals that cover it were REJECTED:"
                            + " \"refused-anar\" and \"refused-kerman\""));
    assertThat(violations(atlas, PENDING)).isEmpty();
  }

  @Test
  void an_approved_approval_outweighs_pending_and_rejected_ones() {
    Atlas atlas =
        with(
            ANAR_ELECTRONIC,
            electronic("refused", ApprovalStatus.REJECTED, "anar"),
            electronic("asked", ApprovalStatus.PENDING, "kerman"),
            electronic("granted", ApprovalStatus.APPROVED, "anar-0001"));

    ValidationReport report = Validator.standard().validate(atlas);

    assertThat(report.violationsOf(UNAPPROVED)).isEmpty();
    assertThat(report.violationsOf(PENDING)).isEmpty();
  }

  /** The seed's story: 40 electronic stations in the city of Kerman wait on one approval. */
  @Test
  void a_pending_approval_is_reported_once_with_the_number_of_stations_that_wait_on_it() {
    Atlas atlas =
        with(
            withElectronicStations(TestAtlases.valid(), "anar", "کرمان", 40),
            electronic("electronic-kerman", ApprovalStatus.PENDING, "anar")
                .addSettlement(LocalizedName.of("کرمان", "Kerman"))
                .note("awaiting the Guardian Council"));

    List<Violation> pending = violations(atlas, PENDING);

    assertThat(pending)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/approvals/2/status");
              assertThat(v.subjectId()).contains("electronic-kerman");
              assertThat(v.message().toString())
                  .isEqualTo(
                      "40 electronic stations in کرمان / Kerman wait on approval"
                          + " \"electronic-kerman\", which is"
                          + " still PENDING with body \"guardian-council\" (شورای نگهبان /"
                          + " Guardian Council); they vote on paper unless it is approved");
            });
    assertThat(violations(atlas, UNAPPROVED)).isEmpty();
  }

  @Test
  void stations_covered_by_an_approved_approval_do_not_wait_on_a_pending_one() {
    Atlas atlas =
        with(
            withElectronicStations(TestAtlases.valid(), "anar", "کرمان", 10),
            electronic("county-wide", ApprovalStatus.PENDING, "anar"),
            electronic("two-stations", ApprovalStatus.APPROVED, "anar-e1", "anar-e2"));

    assertThat(violations(atlas, PENDING))
        .singleElement()
        .satisfies(
            v -> assertThat(v.message().toString()).startsWith("8 electronic stations in county"));
  }

  @Test
  void a_station_that_waits_on_two_pending_approvals_is_counted_for_each() {
    Atlas atlas =
        with(
            withElectronicStations(TestAtlases.valid(), "anar", "کرمان", 3),
            electronic("by-county", ApprovalStatus.PENDING, "anar"),
            electronic("by-province", ApprovalStatus.PENDING, "kerman"));

    assertThat(violations(atlas, PENDING))
        .extracting(
            v ->
                v.pointer()
                    + " "
                    + v.message().toString().substring(0, v.message().toString().indexOf(" in ")))
        .containsExactly(
            "/approvals/2/status 3 electronic stations",
            "/approvals/3/status 3 electronic stations");
  }

  @Test
  void a_station_whose_county_is_unknown_is_left_to_the_reference_rule() {
    Atlas atlas = Plant.station(ANAR_ELECTRONIC, 1, s -> s.county("anr"));

    assertThat(violations(atlas, UNAPPROVED)).isEmpty();
    assertThat(
            violations(
                with(atlas, electronic("e", ApprovalStatus.REJECTED, "anar-0001")), UNAPPROVED))
        .as("a station named directly is judged even when its county is unknown")
        .hasSize(1);
  }

  private static Settlement urban(String fa) {
    return Settlement.builder().name(LocalizedName.of(fa)).kind(SettlementKind.URBAN).build();
  }

  /**
   * Adds electronic stations {@code <county>-e1…} in the settlement, numbered after the county's.
   */
  static Atlas withElectronicStations(Atlas atlas, String county, String settlement, int count) {
    List<PollingStation> added = new ArrayList<>();
    int after = atlas.index().stationsOf(county).size();
    PollingStation model = atlas.index().stationsOf(county).get(0);
    for (int k = 1; k <= count; k++) {
      added.add(
          PollingStation.builder()
              .from(model)
              .id(county + "-e" + k)
              .number(after + k)
              .votingMethod(VotingMethod.ELECTRONIC)
              .settlement(urban(settlement))
              .location(Location.of(30.8 + k * 0.001, 55.2 + k * 0.001))
              .build());
    }
    return Atlas.builder().from(atlas).addAllPollingStations(added).build();
  }
}
