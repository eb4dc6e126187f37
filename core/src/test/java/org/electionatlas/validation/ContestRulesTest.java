package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;

/** Which contests need every county in one constituency, and which do not. */
class ContestRulesTest {

  private static Atlas holding(ContestKind kind, Constituency... constituencies) {
    Atlas atlas =
        Plant.election(
            TestAtlases.valid(), e -> e.addContest(Contest.builder().kind(kind).build()));
    return Atlas.builder().from(atlas).addAllConstituencies(List.of(constituencies)).build();
  }

  private static Constituency constituency(String id, ContestKind kind, String... counties) {
    return Constituency.builder()
        .id(id)
        .contest(kind)
        .name(LocalizedName.of("حوزه", "Constituency"))
        .counties(List.of(counties))
        .seats(1)
        .build();
  }

  private static List<String> findings(Atlas atlas) {
    return Validator.standard().validate(atlas).violations().stream()
        .map(v -> v.ruleId() + " " + v.pointer())
        .toList();
  }

  @Test
  void a_presidential_election_needs_no_constituencies() {
    assertThat(findings(holding(ContestKind.PRESIDENTIAL))).isEmpty();
  }

  @Test
  void presidential_constituencies_once_listed_must_cover_every_county() {
    Atlas atlas =
        holding(ContestKind.PRESIDENTIAL, constituency("iran", ContestKind.PRESIDENTIAL, "ravar"));

    assertThat(findings(atlas)).containsExactly("county-constituency-missing /counties/1");
  }

  @Test
  void council_constituencies_are_per_city_so_a_county_may_hold_many_or_none() {
    Atlas atlas =
        holding(
            ContestKind.CITY_VILLAGE_COUNCILS,
            constituency("council-ravar", ContestKind.CITY_VILLAGE_COUNCILS, "ravar"),
            constituency("council-hojjatabad", ContestKind.CITY_VILLAGE_COUNCILS, "ravar"));

    assertThat(findings(atlas)).isEmpty();
  }

  @Test
  void a_constituency_that_lists_a_county_twice_is_reported_at_the_second_listing() {
    Atlas atlas = Plant.constituency(TestAtlases.valid(), 2, c -> c.addCounty("ravar"));

    assertThat(Validator.standard().validate(atlas).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/constituencies/2/counties/2");
              assertThat(v.message().toString())
                  .isEqualTo(
                      "constituency \"experts-kerman\" (استان کرمان / Kerman province) lists"
                          + " county \"ravar\" (راور / Ravar) twice (also at"
                          + " /constituencies/2/counties/0)");
              assertThat(v.message().render(MessageStyle.PERSIAN))
                  .isEqualTo(
                      "حوزهٔ انتخابیهٔ «experts-kerman» (استان کرمان) شهرستان «ravar» (راور) را دو"
                          + " بار آورده است (بار دیگر در /constituencies/2/counties/0)");
            });
  }

  @Test
  void constituencies_of_a_contest_not_held_are_reported_once_and_not_checked_for_counties() {
    Atlas atlas =
        Atlas.builder()
            .from(TestAtlases.valid())
            .addConstituency(constituency("r1", ContestKind.REFERENDUM, "ravar"))
            .addConstituency(constituency("r2", ContestKind.REFERENDUM, "ravar"))
            .build();

    assertThat(findings(atlas))
        .containsExactly(
            "constituency-contest-not-held /constituencies/3/contest",
            "constituency-contest-not-held /constituencies/4/contest");
  }

  @Test
  void an_unknown_county_in_a_constituency_is_left_to_the_reference_rule() {
    Atlas atlas =
        Plant.constituency(TestAtlases.valid(), 0, c -> c.addCounty("anr").addCounty("anr"));

    assertThat(findings(atlas))
        .containsExactly(
            "constituency-county-unknown /constituencies/0/counties/1",
            "constituency-county-unknown /constituencies/0/counties/2");
  }
}
