package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Participant;
import org.electionatlas.model.TestAtlases;
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
            "/pollingStations/0/county",
            a -> Plant.station(a, 0, s -> s.county("ravr"))),
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
            a -> Plant.issue(a, 0, i -> i.addScope("ravar-0002"))),
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
            "approval-authority-unknown",
            "/approvals/0/authority",
            a -> Plant.approval(a, 0, p -> p.authority("majles"))));
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

    assertThat(planted)
        .containsExactlyInAnyOrderElementsOf(
            Validator.standardRules().stream().map(Rule::id).toList());
  }
}
