package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.electionatlas.testkit.AtlasAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventKind;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.Identified;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;

class AtlasFixtureTest {

  private static final Atlas VALID = AtlasFixtures.valid().build();

  @Test
  void should_start_from_an_atlas_in_which_the_standard_validator_finds_nothing() {
    assertThat(Validator.standard().validate(VALID)).hasNoViolations();
    assertThat(VALID).hasStations(16).hasCounty("ravar").hasCounty("anar").hasProvince("IR-08");
  }

  @Test
  void should_change_only_the_first_station_when_given_a_change() {
    // WHEN
    Atlas changed = AtlasFixtures.valid().withStation(s -> s.expectedVoters(200)).build();
    // THEN
    assertThat(changed.pollingStations().get(0).expectedVoters()).isEqualTo(200);
    assertThat(changed.pollingStations().get(0).id()).isEqualTo("ravar-0001");
    assertThat(changed.pollingStations().subList(1, 16))
        .isEqualTo(VALID.pollingStations().subList(1, 16));
    assertOnlyDifferIn(EntityKind.POLLING_STATION, changed);
  }

  @Test
  void should_replace_the_station_of_the_same_id_in_place() {
    // GIVEN
    PollingStation third =
        PollingStation.builder().from(VALID.pollingStations().get(2)).expectedVoters(100).build();
    // WHEN
    Atlas changed = AtlasFixtures.valid().withStation(third).build();
    // THEN
    List<PollingStation> expected = new ArrayList<>(VALID.pollingStations());
    expected.set(2, third);
    assertThat(changed.pollingStations()).isEqualTo(expected);
    assertOnlyDifferIn(EntityKind.POLLING_STATION, changed);
  }

  @Test
  void should_add_a_station_of_a_new_id_after_the_others() {
    // GIVEN
    PollingStation ninth =
        PollingStation.builder()
            .from(VALID.pollingStations().get(7))
            .id("ravar-0009")
            .number(9)
            .build();
    // WHEN
    Atlas changed = AtlasFixtures.valid().withStation(ninth).build();
    // THEN
    assertThat(changed).hasStations(17);
    assertThat(changed.pollingStations().get(16)).isEqualTo(ninth);
    assertOnlyDifferIn(EntityKind.POLLING_STATION, changed);
  }

  @Test
  void should_remove_only_the_county_and_leave_what_names_it() {
    // WHEN
    Atlas changed = AtlasFixtures.valid().withoutCounty("anar").build();
    // THEN
    assertThat(changed.counties()).extracting(County::id).containsExactly("ravar");
    assertOnlyDifferIn(EntityKind.COUNTY, changed);
    assertThat(Validator.standard().validate(changed))
        .hasViolation("station-county-unknown")
        .at("/pollingStations/8/county")
        .forSubject("anar-0001");
  }

  @Test
  void should_fail_when_removing_a_county_the_atlas_does_not_have() {
    assertThatThrownBy(() -> AtlasFixtures.valid().withoutCounty("anr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the atlas has no county \"anr\"; its counties are ravar, anar");
  }

  @Test
  void should_replace_a_county_of_the_same_id_or_add_a_new_one() {
    // GIVEN
    County bigger = County.builder().from(VALID.counties().get(1)).eligibleVoters(1_050).build();
    County rabor =
        County.builder()
            .id("rabor")
            .province(SmallAtlas.PROVINCE)
            .name(LocalizedName.of("رابر", "Rabor"))
            .build();
    // WHEN
    Atlas changed = AtlasFixtures.valid().withCounty(bigger).withCounty(rabor).build();
    // THEN
    assertThat(changed.counties()).containsExactly(VALID.counties().get(0), bigger, rabor);
    assertOnlyDifferIn(EntityKind.COUNTY, changed);
  }

  @Test
  void should_replace_an_event_of_the_same_id_or_add_a_new_one() {
    // GIVEN
    Event deadline =
        Event.builder()
            .id("deadline")
            .kind(EventKind.DEADLINE)
            .title(LocalizedName.of("مهلت", "Deadline"))
            .start(EventTime.of(LocalDate.of(2024, 2, 10)))
            .end(EventTime.of(LocalDate.of(2024, 2, 10)))
            .build();
    // WHEN
    Atlas changed = AtlasFixtures.valid().withEvent(deadline).build();
    // THEN
    assertThat(changed.events()).hasSize(3).endsWith(deadline);
    assertOnlyDifferIn(EntityKind.EVENT, changed);
  }

  @Test
  void should_replace_an_approval_of_the_same_id() {
    // GIVEN
    Approval pending =
        Approval.builder()
            .from(VALID.approvals().get(0))
            .status(ApprovalStatus.PENDING)
            .decidedOn(Optional.empty())
            .build();
    // WHEN
    Atlas changed = AtlasFixtures.valid().withApproval(pending).build();
    // THEN
    assertThat(changed.approvals()).containsExactly(pending);
    assertOnlyDifferIn(EntityKind.APPROVAL, changed);
  }

  @Test
  void should_make_any_other_change_on_a_builder_holding_the_atlas() {
    // WHEN
    Atlas changed = AtlasFixtures.valid().with(b -> b.issues(List.of())).build();
    // THEN
    assertThat(changed.issues()).isEmpty();
    assertOnlyDifferIn(EntityKind.ISSUE, changed);
  }

  @Test
  void should_leave_the_fixture_it_started_from_unchanged() {
    // GIVEN
    AtlasFixture valid = AtlasFixtures.valid();
    // WHEN
    valid.withStation(s -> s.county("nope")).withoutCounty("ravar");
    // THEN
    assertThat(valid.build()).isEqualTo(VALID);
    assertThat(AtlasFixtures.valid().build()).isSameAs(VALID);
  }

  @Test
  void should_start_from_any_atlas() {
    // WHEN
    Atlas changed =
        AtlasFixtures.from(Fixtures.minimal()).withStation(s -> s.county("nope")).build();
    // THEN
    assertThat(Validator.standard().validate(changed))
        .hasViolation("station-county-unknown")
        .at("/pollingStations/0/county");
  }

  @Test
  void should_give_a_generated_atlas_of_the_requested_size() {
    assertThat(AtlasFixtures.generated(1_000, 7)).hasStations(1_000).isValid();
    assertThat(AtlasFixtures.generated(1_000, 7)).isEqualTo(AtlasFixtures.generated(1_000, 7));
  }

  /** The changed atlas equals the valid one in every list but the given kind's. */
  private static void assertOnlyDifferIn(EntityKind kind, Atlas changed) {
    for (EntityKind other : EntityKind.values()) {
      List<? extends Identified> before = other.entitiesOf(VALID);
      List<? extends Identified> after = other.entitiesOf(changed);
      if (other == kind) {
        assertThat(after).as(other.member()).isNotEqualTo(before);
      } else {
        assertThat(after).as(other.member()).isEqualTo(before);
      }
    }
    assertThat(changed.election()).isEqualTo(VALID.election());
    assertThat(changed.provenance()).isEqualTo(VALID.provenance());
  }
}
