package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.Participant;
import org.electionatlas.model.Province;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Staff;
import org.electionatlas.model.TestAtlases;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule of the catalogue: a valid atlas with exactly one planted defect gives exactly one
 * violation, of that rule, at that pointer.
 */
class PlantedDefectTest {

  private static final Atlas VALID = TestAtlases.valid();

  static Stream<Arguments> defects() {
    return Stream.of(
        defect(
            "id-malformed", "/pollingStations/1/id", a -> Plant.station(a, 1, s -> s.id("anar 1"))),
        defect(
            "id-malformed",
            "/election/id",
            a ->
                Atlas.builder()
                    .from(a)
                    .election(
                        org.electionatlas.model.Election.builder()
                            .from(a.election())
                            .id("-x")
                            .build())
                    .build()),
        defect(
            "id-duplicate",
            "/issues/1/id",
            a -> Atlas.builder().from(a).addIssue(a.issues().get(0)).build()),
        defect(
            "station-county-unknown",
            "/pollingStations/3/county",
            a -> Plant.station(a, 3, s -> s.county("ravr"))),
        defect(
            "county-province-unknown",
            "/counties/0/province",
            a -> Plant.county(a, 0, c -> c.province("yazd"))),
        defect(
            "constituency-county-unknown",
            "/constituencies/1/counties/1",
            a -> Plant.constituency(a, 1, c -> c.addCounty("gonbaki"))),
        defect(
            "body-parent-unknown",
            "/bodies/0/parent",
            a -> Plant.body(a, 0, b -> b.parent("interior-ministry"))),
        defect(
            "body-jurisdiction-unknown",
            "/bodies/0/jurisdiction",
            a -> Plant.body(a, 0, b -> b.jurisdiction("kerman-hq"))),
        defect(
            "body-parent-cycle",
            "/bodies/0/parent",
            a ->
                Plant.body(
                    Plant.body(a, 0, b -> b.parent("guardian-council")),
                    1,
                    b -> b.parent("kerman-hq"))),
        defect(
            "event-parent-unknown",
            "/events/1/parent",
            a -> Plant.event(a, 1, e -> e.parent("trainig"))),
        defect(
            "event-parent-cycle",
            "/events/0/parent",
            a -> Plant.event(a, 0, e -> e.parent("workshop"))),
        defect(
            "event-organizer-unknown",
            "/events/0/organizer",
            a -> Plant.event(a, 0, e -> e.organizer("kerman"))),
        defect(
            "event-participant-unknown",
            "/events/1/participants/1/body",
            a ->
                Plant.event(
                    a, 1, e -> e.addParticipant(Participant.builder().body("yazd-hq").build()))),
        defect(
            "event-province-unknown",
            "/events/0/provinces/1",
            a -> Plant.event(a, 0, e -> e.addProvince("yazd"))),
        defect(
            "issue-scope-unknown",
            "/issues/0/scope/1",
            a -> Plant.issue(a, 0, i -> i.addScope("ravar-0099"))),
        defect(
            "issue-owner-unknown",
            "/issues/0/owner",
            a -> Plant.issue(a, 0, i -> i.owner("nobody"))),
        defect(
            "approval-scope-unknown",
            "/approvals/0/scope/0",
            a -> Plant.approval(a, 0, p -> p.scope(List.of("guardian-council")))),
        defect(
            "persian-arabic-letter",
            "/counties/0/name/fa",
            a -> Plant.county(a, 0, c -> c.name(LocalizedName.of("راور كرمان", "Ravar")))),
        defect(
            "persian-arabic-indic-digit",
            "/pollingStations/1/name/fa",
            a -> Plant.station(a, 1, s -> s.name(LocalizedName.of("دبستان ١٢")))),
        defect(
            "persian-zwnj-missing",
            "/events/1/title/fa",
            a -> Plant.event(a, 1, e -> e.title(LocalizedName.of("کارگاه ها")))),
        defect(
            "text-unsafe-character",
            "/counties/0/name/fa",
            a -> Plant.county(a, 0, c -> c.name(LocalizedName.of("راور\u202Eکهن", "Ravar")))),
        defect(
            "text-unsafe-character",
            "/pollingStations/1/name/en",
            a -> Plant.station(a, 1, s -> s.name(LocalizedName.of("دبستان", "\u200B")))),
        // A station's free texts: the text rules share one walk of each station's texts.
        defect(
            "persian-arabic-letter",
            "/pollingStations/1/address",
            a -> Plant.station(a, 1, s -> s.address("كوچه ۱۲"))),
        defect(
            "persian-zwnj-missing",
            "/pollingStations/1/address",
            a -> Plant.station(a, 1, s -> s.address("کوچه ها"))),
        defect(
            "text-unsafe-character",
            "/pollingStations/1/address",
            a -> Plant.station(a, 1, s -> s.address("Street\u202E 5"))),
        defect(
            "approval-authority-unknown",
            "/approvals/0/authority",
            a -> Plant.approval(a, 0, p -> p.authority("majles"))),
        // Elections and constituencies
        defect(
            "election-contest-duplicate",
            "/election/contests/2/kind",
            a -> Plant.election(a, e -> e.addContest(Contest.of(ContestKind.MAJLIS, 11)))),
        defect(
            "election-without-contest",
            "/election/contests",
            a ->
                Atlas.builder()
                    .from(Plant.election(a, e -> e.contests(List.of())))
                    .constituencies(List.of())
                    .build()),
        defect(
            "county-constituency-missing",
            "/counties/1",
            a -> Plant.constituency(a, 2, c -> c.counties(List.of("ravar")))),
        defect(
            "county-constituency-multiple",
            "/constituencies/1/counties/1",
            a -> Plant.constituency(a, 1, c -> c.addCounty("ravar"))),
        defect(
            "constituency-seats-invalid",
            "/constituencies/0/seats",
            a -> Plant.constituency(a, 0, c -> c.seats(0))),
        defect(
            "constituency-contest-not-held",
            "/constituencies/3/contest",
            a ->
                Atlas.builder()
                    .from(a)
                    .addConstituency(
                        Constituency.builder()
                            .id("presidential-kerman")
                            .contest(ContestKind.PRESIDENTIAL)
                            .name(LocalizedName.of("استان کرمان", "Kerman province"))
                            .addCounty("ravar")
                            .addCounty("anar")
                            .seats(1)
                            .build())
                    .build()),
        defect(
            "constituency-without-county",
            "/constituencies/3/counties",
            a ->
                Atlas.builder()
                    .from(a)
                    .addConstituency(
                        Constituency.builder()
                            .id("majlis-kuhbanan")
                            .contest(ContestKind.MAJLIS)
                            .name(LocalizedName.of("کوهبنان", "Kuhbanan"))
                            .seats(1)
                            .build())
                    .build()),
        // Provinces
        defect(
            "province-code-invalid",
            "/provinces/0/code",
            a -> Plant.province(a, 0, p -> p.code("IR-32"))),
        defect(
            "province-code-duplicate",
            "/provinces/1/code",
            a ->
                Atlas.builder()
                    .from(a)
                    .addProvince(
                        Province.builder()
                            .id("kerman-again")
                            .code("IR-08")
                            .name(LocalizedName.of("کرمان", "Kerman"))
                            .build())
                    .build()),
        defect(
            "province-code-name-mismatch",
            "/provinces/0/code",
            a -> Plant.province(a, 0, p -> p.code("IR-15"))),
        defect(
            "province-bounding-box-invalid",
            "/provinces/0/boundingBox",
            a -> Plant.province(a, 0, p -> p.boundingBox(BoundingBox.of(32.0, 54.3, 26.4, 59.6)))),
        defect(
            "province-declared-stations-mismatch",
            "/provinces/0/declaredStations",
            a -> Plant.province(a, 0, p -> p.declaredStations(2400))),
        // Counties
        defect(
            "county-without-station",
            "/counties/2",
            a ->
                Plant.constituency(
                    Plant.constituency(
                        Atlas.builder()
                            .from(a)
                            .addCounty(
                                County.builder()
                                    .id("kuhbanan")
                                    .province("kerman")
                                    .name(LocalizedName.of("کوهبنان", "Kuhbanan"))
                                    .build())
                            .build(),
                        0,
                        c -> c.addCounty("kuhbanan")),
                    2,
                    c -> c.addCounty("kuhbanan"))),
        defect(
            "county-eligible-voters-invalid",
            "/counties/1/eligibleVoters",
            a -> Plant.county(a, 1, c -> c.eligibleVoters(0))),
        defect(
            "county-coverage-low",
            "/counties/1/eligibleVoters",
            a -> Plant.county(a, 1, c -> c.eligibleVoters(2000))),
        defect(
            "county-coverage-high",
            "/counties/1/eligibleVoters",
            a -> Plant.county(a, 1, c -> c.eligibleVoters(500))),
        // Stations
        defect(
            "station-number-invalid",
            "/pollingStations/3/number",
            a -> Plant.station(a, 3, s -> s.number(0))),
        defect(
            "station-number-duplicate",
            "/pollingStations/3/number",
            a -> Plant.station(a, 3, s -> s.number(2))),
        defect("station-number-gap", "/counties/0", a -> Plant.station(a, 3, s -> s.number(5))),
        defect(
            "station-location-invalid",
            "/pollingStations/0/location/lat",
            a -> Plant.station(a, 0, s -> s.location(Location.of(312.656, 56.8055)))),
        defect(
            "station-location-invalid",
            "/pollingStations/0/location/lon",
            a -> Plant.station(a, 0, s -> s.location(Location.of(31.2656, Double.NaN)))),
        defect(
            "station-location-outside-iran",
            "/pollingStations/0/location",
            a -> Plant.station(a, 0, s -> s.location(Location.of(56.8055, 31.2656)))),
        defect(
            "station-location-outside-province",
            "/pollingStations/0/location",
            a -> Plant.station(a, 0, s -> s.location(Location.of(35.6892, 51.3890)))),
        defect(
            "station-location-duplicate",
            "/pollingStations/3/location",
            a -> Plant.station(a, 3, s -> s.location(Location.of(31.2656, 56.8055)))),
        defect(
            "station-location-far-from-county",
            "/pollingStations/8/location",
            a ->
                StationLocationFarFromCountyRuleTest.ravarOfEight(
                    a, StationLocationFarFromCountyRuleTest.KERMAN_CITY)),
        defect(
            "scope-id-ambiguous",
            "/approvals/0/scope/0",
            a -> Plant.station(a, 1, s -> s.id("anar"))),
        defect(
            "station-voters-invalid",
            "/pollingStations/3/expectedVoters",
            a -> Plant.station(a, 3, s -> s.expectedVoters(0))),
        defect(
            "station-voters-over-maximum",
            "/pollingStations/3/expectedVoters",
            a ->
                Plant.county(
                    Plant.station(a, 3, s -> s.expectedVoters(2600)),
                    0,
                    c -> c.eligibleVoters(4400))),
        defect(
            "station-officials-too-few",
            "/pollingStations/0/staff/officials",
            a -> Plant.station(a, 0, s -> s.staff(Staff.of(3, 2)))),
        defect(
            "station-observer-missing",
            "/pollingStations/0/staff/observers",
            a -> Plant.station(a, 0, s -> s.staff(Staff.of(5, 0)))),
        defect(
            "station-high-risk-unaddressed",
            "/pollingStations/0/risk",
            a -> Plant.station(a, 0, s -> s.risk(Risk.of(RiskLevel.HIGH)))),
        defect(
            "station-electronic-unapproved",
            "/pollingStations/1/votingMethod",
            a -> Plant.station(a, 1, s -> s.votingMethod(VotingMethod.ELECTRONIC))),
        defect(
            "station-electronic-approval-pending",
            "/approvals/1/status",
            a ->
                Plant.approval(
                    a, 1, p -> p.status(ApprovalStatus.PENDING).decidedOn(Optional.empty()))),
        // Approvals
        defect(
            "approval-decision-date-missing",
            "/approvals/0/decidedOn",
            a -> Plant.approval(a, 0, p -> p.decidedOn(Optional.empty()))),
        defect(
            "approval-pending-but-decided",
            "/approvals/0/status",
            a -> Plant.approval(a, 0, p -> p.status(ApprovalStatus.PENDING))),
        defect(
            "approval-decided-before-requested",
            "/approvals/0/decidedOn",
            a -> Plant.approval(a, 0, p -> p.requestedOn(LocalDate.of(2023, 7, 1)))),
        // Events and dates
        defect(
            "event-end-before-start",
            "/events/1/end",
            a -> Plant.event(a, 1, e -> e.end(EventTime.parse("2023-07-12T09:00")))),
        defect(
            "event-outside-parent",
            "/events/1/end",
            a -> Plant.event(a, 1, e -> e.end(EventTime.parse("2023-07-14T12:00")))),
        defect(
            "event-after-voting-day",
            "/events/0/end",
            a -> Plant.event(a, 0, e -> e.end(EventTime.parse("2024-03-05")))),
        defect(
            "date-implausible",
            "/approvals/0/requestedOn",
            a -> Plant.approval(a, 0, p -> p.requestedOn(LocalDate.of(1402, 2, 11)))),
        defect(
            "date-implausible",
            "/election/votingDay",
            a -> Plant.election(a, e -> e.votingDay(LocalDate.of(1402, 12, 11)))),
        // Issues and bodies
        defect(
            "issue-critical-open",
            "/issues/0/status",
            a ->
                Plant.issue(
                    a, 0, i -> i.severity(IssueSeverity.CRITICAL).status(IssueStatus.OPEN))),
        defect(
            "issue-resolved-without-mitigation",
            "/issues/0/mitigation",
            a -> Plant.issue(a, 0, i -> i.status(IssueStatus.RESOLVED))),
        defect(
            "body-jurisdiction-level-mismatch",
            "/bodies/0/jurisdiction",
            a -> Plant.body(a, 0, b -> b.jurisdiction("ravar"))),
        defect(
            "body-jurisdiction-level-mismatch",
            "/bodies/1/jurisdiction",
            a -> Plant.body(a, 1, b -> b.jurisdiction("kerman"))));
  }

  private static Arguments defect(String ruleId, String pointer, UnaryOperator<Atlas> plant) {
    return Arguments.of(ruleId, pointer, plant);
  }

  @Test
  void the_valid_atlas_has_no_violation() {
    assertThat(Validator.standard().validate(VALID).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("defects")
  void one_planted_defect_gives_exactly_one_violation_of_its_rule_at_its_pointer(
      String ruleId, String pointer, UnaryOperator<Atlas> plant) {
    ValidationReport report = Validator.standard().validate(plant.apply(VALID));

    assertThat(report.violations())
        .as("violations of an atlas with one %s defect", ruleId)
        .extracting(Violation::ruleId, Violation::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ruleId, pointer));
  }

  @Test
  void every_rule_of_the_catalogue_has_a_planted_defect() {
    Set<String> planted =
        defects().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());

    // The rules against the previous round have theirs, against a previous round, in
    // PreviousRoundRulesTest.
    assertThat(planted)
        .containsExactlyInAnyOrderElementsOf(
            Validator.standardRules().stream()
                .filter(r -> !r.info().needsPreviousRound())
                .map(r -> r.info().id())
                .toList());
  }
}
