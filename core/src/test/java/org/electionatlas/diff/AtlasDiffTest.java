package org.electionatlas.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Staff;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AtlasDiffTest {

  private static final int EDITED = 23;

  private static Atlas atlas(long seed) {
    return AtlasGenerator.of(400, seed).generate();
  }

  /** The atlas with its station at {@link #EDITED} changed. */
  private static UnaryOperator<Atlas> station(
      BiConsumer<PollingStation.Builder, PollingStation> edit) {
    return atlas -> {
      List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
      PollingStation station = stations.get(EDITED);
      PollingStation.Builder builder = PollingStation.builder();
      builder.from(station);
      edit.accept(builder, station);
      stations.set(EDITED, builder.build());
      return Atlas.builder().from(atlas).pollingStations(stations).build();
    };
  }

  private static Location offset(PollingStation station, double dLat, double dLon) {
    Location at = station.location().orElseThrow();
    return Location.of(at.lat() + dLat, at.lon() + dLon);
  }

  static Stream<Arguments> plantedStationChanges() {
    return Stream.of(
        Arguments.of(
            "moved 4 km north",
            station((b, s) -> b.location(offset(s, 0.036, 0))),
            "location",
            "diff.station.moved"),
        Arguments.of(
            "renumbered", station((b, s) -> b.number(9_000)), "number", "diff.station.renumbered"),
        Arguments.of(
            "moved to another county",
            station((b, s) -> b.county("some-other-county")),
            "county",
            "diff.station.county"),
        Arguments.of(
            "kind changed",
            station(
                (b, s) ->
                    b.kind(s.kind() == StationKind.FIXED ? StationKind.MOBILE : StationKind.FIXED)),
            "kind",
            "diff.field.changed"),
        Arguments.of(
            "voting method changed",
            station(
                (b, s) ->
                    b.votingMethod(
                        s.votingMethod() == VotingMethod.PAPER
                            ? VotingMethod.ELECTRONIC
                            : VotingMethod.PAPER)),
            "votingMethod",
            "diff.field.changed"),
        Arguments.of(
            "expected voters up",
            station((b, s) -> b.expectedVoters(s.expectedVoters() + 300)),
            "expectedVoters",
            "diff.station.voters.up"),
        Arguments.of(
            "expected voters down",
            station((b, s) -> b.expectedVoters(s.expectedVoters() / 2)),
            "expectedVoters",
            "diff.station.voters.down"),
        Arguments.of(
            "officials changed",
            station(
                (b, s) ->
                    b.staff(
                        Staff.of(
                            s.staff().orElseThrow().officials() + 1,
                            s.staff().orElseThrow().observers()))),
            "staff/officials",
            "diff.field.changed"),
        Arguments.of(
            "observers changed",
            station(
                (b, s) ->
                    b.staff(
                        Staff.of(
                            s.staff().orElseThrow().officials(),
                            s.staff().orElseThrow().observers() + 2))),
            "staff/observers",
            "diff.field.changed"),
        Arguments.of(
            "risk level changed",
            station(
                (b, s) ->
                    b.risk(
                        Risk.builder()
                            .from(s.risk().orElseThrow())
                            .level(
                                s.risk().orElseThrow().level() == RiskLevel.HIGH
                                    ? RiskLevel.LOW
                                    : RiskLevel.HIGH)
                            .build())),
            "risk/level",
            "diff.field.changed"),
        Arguments.of(
            "accessibility changed",
            station((b, s) -> b.accessible(!s.accessible().orElseThrow())),
            "accessible",
            "diff.field.changed"),
        Arguments.of(
            "name changed",
            station((b, s) -> b.name(LocalizedName.of("دبستان تازه", "New School"))),
            "name",
            "diff.field.changed"),
        Arguments.of(
            "address changed",
            station((b, s) -> b.address("خیابان تازه، پلاک ۱")),
            "address",
            "diff.field.changed"),
        Arguments.of(
            "external id given",
            station((b, s) -> b.putExternalId("census", "123")),
            "externalIds/census",
            "diff.external-id.added"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plantedStationChanges")
  void each_planted_station_change_is_exactly_its_diff_entry(
      String what, UnaryOperator<Atlas> plant, String member, String key) {
    Atlas before = atlas(5);
    Atlas after = plant.apply(before);

    AtlasDiff diff = AtlasDiff.between(before, after);

    assertThat(diff.changes()).hasSize(1);
    EntityChange change = diff.changes().get(0);
    assertThat(change.kind()).isEqualTo(EntityKind.POLLING_STATION);
    assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
    assertThat(change.beforeIndex()).hasValue(EDITED);
    assertThat(change.afterIndex()).hasValue(EDITED);
    assertThat(change.fields()).extracting(FieldChange::member).containsExactly(member);
    assertThat(change.fields().get(0).message().key()).isEqualTo(key);
    assertThat(change.fields().get(0).message().missing()).isEmpty();
  }

  static Stream<Arguments> plantedEntityChanges() {
    return Stream.of(
        Arguments.of(
            "issue resolved",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<Issue> issues = new ArrayList<>(atlas.issues());
                  Issue issue = issues.get(0);
                  issues.set(
                      0,
                      Issue.builder()
                          .from(issue)
                          .status(
                              issue.status() == IssueStatus.RESOLVED
                                  ? IssueStatus.OPEN
                                  : IssueStatus.RESOLVED)
                          .build());
                  return Atlas.builder().from(atlas).issues(issues).build();
                },
            EntityKind.ISSUE,
            ChangeType.CHANGED,
            "status"),
        Arguments.of(
            "approval withdrawn",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<org.electionatlas.model.Approval> approvals =
                      new ArrayList<>(atlas.approvals());
                  approvals.set(
                      0,
                      org.electionatlas.model.Approval.builder()
                          .from(approvals.get(0))
                          .status(
                              approvals.get(0).status() == ApprovalStatus.REJECTED
                                  ? ApprovalStatus.APPROVED
                                  : ApprovalStatus.REJECTED)
                          .build());
                  return Atlas.builder().from(atlas).approvals(approvals).build();
                },
            EntityKind.APPROVAL,
            ChangeType.CHANGED,
            "status"),
        Arguments.of(
            "county's eligible voters changed",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<County> counties = new ArrayList<>(atlas.counties());
                  counties.set(
                      1, County.builder().from(counties.get(1)).eligibleVoters(123_456).build());
                  return Atlas.builder().from(atlas).counties(counties).build();
                },
            EntityKind.COUNTY,
            ChangeType.CHANGED,
            "eligibleVoters"),
        Arguments.of(
            "constituency lost a county",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<Constituency> all = new ArrayList<>(atlas.constituencies());
                  int k = 0;
                  while (all.get(k).counties().size() < 2) {
                    k++;
                  }
                  Constituency c = all.get(k);
                  all.set(
                      k,
                      Constituency.builder()
                          .from(c)
                          .counties(c.counties().subList(1, c.counties().size()))
                          .build());
                  return Atlas.builder().from(atlas).constituencies(all).build();
                },
            EntityKind.CONSTITUENCY,
            ChangeType.CHANGED,
            "counties"),
        Arguments.of(
            "event removed",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<org.electionatlas.model.Event> events = new ArrayList<>(atlas.events());
                  // The last event: no other names it as its parent.
                  events.remove(events.size() - 1);
                  return Atlas.builder().from(atlas).events(events).build();
                },
            EntityKind.EVENT,
            ChangeType.REMOVED,
            ""),
        Arguments.of(
            "station removed",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
                  stations.remove(EDITED);
                  return Atlas.builder().from(atlas).pollingStations(stations).build();
                },
            EntityKind.POLLING_STATION,
            ChangeType.REMOVED,
            ""),
        Arguments.of(
            "station added",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
                  PollingStation.Builder copy = PollingStation.builder();
                  copy.from(stations.get(EDITED))
                      .id("brand-new-station")
                      .number(9_999)
                      .name(LocalizedName.of("مسجد جامع", "Friday Mosque"))
                      .location(Location.of(27.5, 61.0));
                  stations.add(copy.build());
                  return Atlas.builder().from(atlas).pollingStations(stations).build();
                },
            EntityKind.POLLING_STATION,
            ChangeType.ADDED,
            ""),
        Arguments.of(
            "station given a new id",
            station((b, s) -> b.id(s.id() + "-renamed")),
            EntityKind.POLLING_STATION,
            ChangeType.RENAMED,
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plantedEntityChanges")
  void each_planted_entity_change_is_exactly_its_diff_entry(
      String what, UnaryOperator<Atlas> plant, EntityKind kind, ChangeType type, String member) {
    Atlas before = atlas(8);
    Atlas after = plant.apply(before);

    AtlasDiff diff = AtlasDiff.between(before, after);

    assertThat(diff.changes()).hasSize(1);
    EntityChange change = diff.changes().get(0);
    assertThat(change.kind()).isEqualTo(kind);
    assertThat(change.type()).isEqualTo(type);
    assertThat(change.fields())
        .extracting(FieldChange::member)
        .containsExactlyElementsOf(member.isEmpty() ? List.of() : List.of(member));
    assertThat(change.message().missing()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void an_atlas_against_itself_is_no_change(long seed) {
    Atlas atlas = atlas(seed);

    AtlasDiff diff = AtlasDiff.between(atlas, atlas);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.areas().isEmpty()).isTrue();
    assertThat(diff.areas().provinces()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5, 6})
  void reordering_every_list_is_no_change(long seed) {
    Atlas atlas = atlas(seed);
    Random random = new Random(seed);
    Atlas shuffled =
        Atlas.builder()
            .from(atlas)
            .provinces(shuffle(atlas.provinces(), random))
            .counties(shuffle(atlas.counties(), random))
            .constituencies(
                shuffle(
                    atlas.constituencies().stream()
                        .map(
                            c ->
                                Constituency.builder()
                                    .from(c)
                                    .counties(shuffle(c.counties(), random))
                                    .build())
                        .toList(),
                    random))
            .pollingStations(shuffle(atlas.pollingStations(), random))
            .bodies(shuffle(atlas.bodies(), random))
            .events(shuffle(atlas.events(), random))
            .issues(shuffle(atlas.issues(), random))
            .approvals(shuffle(atlas.approvals(), random))
            .build();

    assertThat(AtlasDiff.between(atlas, shuffled).isEmpty()).isTrue();
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  @ParameterizedTest
  @ValueSource(longs = {9, 10})
  void a_renamed_station_is_one_entry_that_names_both_ids(long seed) {
    Atlas before = atlas(seed);
    Atlas after = station((b, s) -> b.id("renamed-" + s.id()).expectedVoters(5)).apply(before);

    AtlasDiff diff = AtlasDiff.between(before, after);

    assertThat(diff.changes()).hasSize(1);
    EntityChange change = diff.changes().get(0);
    String oldId = before.pollingStations().get(EDITED).id();
    assertThat(change.type()).isEqualTo(ChangeType.RENAMED);
    assertThat(change.match()).contains(MatchKind.COUNTY_AND_NUMBER);
    assertThat(change.beforeId()).contains(oldId);
    assertThat(change.afterId()).contains("renamed-" + oldId);
    assertThat(change.message().toString()).contains(oldId, "renamed-" + oldId);
    assertThat(change.fields()).extracting(FieldChange::member).containsExactly("expectedVoters");
  }

  @ParameterizedTest
  @ValueSource(longs = {12, 13})
  void summaries_count_removed_stations_and_voters_per_county_and_province(long seed) {
    Atlas before = atlas(seed);
    List<PollingStation> stations = new ArrayList<>(before.pollingStations());
    PollingStation gone = stations.remove(EDITED);
    Atlas after = Atlas.builder().from(before).pollingStations(stations).build();

    AreaSummary areas = AtlasDiff.between(before, after).areas();

    assertThat(areas.counties()).hasSize(1);
    AreaChange county = areas.counties().get(0);
    assertThat(county.id()).isEqualTo(gone.county());
    assertThat(county.removed()).isEqualTo(1);
    assertThat(county.added()).isZero();
    assertThat(county.stationsBefore() - county.stationsAfter()).isEqualTo(1);
    assertThat(county.votersBefore() - county.votersAfter()).isEqualTo(gone.expectedVoters());
    assertThat(areas.provinces()).hasSize(1);
    assertThat(areas.provinces().get(0).id())
        .isEqualTo(before.index().county(gone.county()).orElseThrow().province());
    assertThat(areas.provinces().get(0).removed()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {14, 15})
  void a_move_between_counties_of_one_province_is_no_move_for_the_province(long seed) {
    Atlas before = atlas(seed);
    PollingStation moved = before.pollingStations().get(EDITED);
    County from = before.index().county(moved.county()).orElseThrow();
    County to =
        before.counties().stream()
            .filter(c -> c.province().equals(from.province()) && !c.id().equals(from.id()))
            .findFirst()
            .orElseThrow();
    Atlas after = station((b, s) -> b.county(to.id()).number(50_000)).apply(before);

    AreaSummary areas = AtlasDiff.between(before, after).areas();

    assertThat(areas.counties())
        .extracting(AreaChange::id, AreaChange::movedOut, AreaChange::movedIn)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(from.id(), 1L, 0L),
            org.assertj.core.groups.Tuple.tuple(to.id(), 0L, 1L));
    assertThat(areas.provinces()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {16})
  void every_change_reads_in_persian_with_persian_digits(long seed) {
    Atlas before = atlas(seed);
    Atlas after =
        station(
                (b, s) ->
                    b.location(offset(s, 0.02, 0.02))
                        .expectedVoters(s.expectedVoters() + 250)
                        .number(777))
            .apply(before);

    AtlasDiff diff = AtlasDiff.between(before, after);

    List<String> persian = new ArrayList<>();
    diff.changes()
        .forEach(
            c -> c.fields().forEach(f -> persian.add(f.message().render(MessageStyle.PERSIAN))));
    diff.areas().counties().forEach(a -> persian.add(a.message().render(MessageStyle.PERSIAN)));
    assertThat(persian).hasSize(4);
    assertThat(persian.get(0))
        .contains(
            "شماره‌اش از ۲۳ به ۷۷۷ تغییر کرد"
                .replace("۲۳", persianNumber(before.pollingStations().get(EDITED).number())));
    assertThat(persian.get(1)).contains("کیلومتر به سوی شمال‌شرق جابه‌جا شد");
    assertThat(persian.get(2)).contains("۲۵۰", "بیشتر شد");
    for (String line : persian) {
      assertThat(line).doesNotContain("{").doesNotContainPattern("[0-9]{2,}(?![^«]*»)");
    }
  }

  private static String persianNumber(int n) {
    return MessageStyle.PERSIAN.number(n);
  }
}
