package org.electionatlas.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StationMatchingTest {

  private static List<PollingStation> stations(long seed) {
    return AtlasGenerator.of(300, seed).generate().pollingStations();
  }

  private static StationMatching match(List<PollingStation> before, List<PollingStation> after) {
    return StationMatching.between(StationFingerprints.of(before), StationFingerprints.of(after));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void the_same_stations_shuffled_match_by_id_and_are_the_same(long seed) {
    List<PollingStation> before = stations(seed);
    List<PollingStation> after = new ArrayList<>(before);
    Collections.shuffle(after, new Random(seed));

    StationMatching matching = match(before, after);

    assertThat(matching.isSame()).isTrue();
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(matching.afterIndexOf(i))).isEqualTo(before.get(i));
      assertThat(matching.how(i)).contains(MatchKind.ID);
      assertThat(matching.needsBefore(i)).isFalse();
    }
  }

  static Stream<Arguments> oneStationEdited() {
    return Stream.of(
        Arguments.of(
            "id changed", edit((b, s) -> b.id(s.id() + "-x")), MatchKind.COUNTY_AND_NUMBER),
        Arguments.of(
            "id and number changed, same place and name",
            edit((b, s) -> b.id(s.id() + "-x").number(s.number() + 10_000)),
            MatchKind.PLACE_AND_NAME),
        Arguments.of(
            "id, county and number changed, moved 10 m, same name",
            edit(
                (b, s) ->
                    b.id(s.id() + "-x")
                        .county("elsewhere")
                        .number(1)
                        .location(
                            Location.of(
                                s.location().orElseThrow().lat() + 0.00009,
                                s.location().orElseThrow().lon()))),
            MatchKind.PLACE_AND_NAME),
        Arguments.of("voters changed", edit((b, s) -> b.expectedVoters(7)), MatchKind.ID));
  }

  private static UnaryOperator<PollingStation> edit(
      BiConsumer<PollingStation.Builder, PollingStation> change) {
    return station -> {
      PollingStation.Builder builder = PollingStation.builder();
      builder.from(station);
      change.accept(builder, station);
      return builder.build();
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneStationEdited")
  void an_edited_station_is_matched_and_changed(
      String what, UnaryOperator<PollingStation> change, MatchKind expected) {
    List<PollingStation> before = stations(7);
    List<PollingStation> after = new ArrayList<>(before);
    int edited = 17;
    after.set(edited, change.apply(before.get(edited)));

    StationMatching matching = match(before, after);

    assertThat(matching.how(edited)).contains(expected);
    assertThat(matching.afterIndexOf(edited)).isEqualTo(edited);
    assertThat(matching.isChanged(edited)).isTrue();
    assertThat(matching.changedCount()).isEqualTo(1);
    assertThat(matching.removedCount()).isZero();
    assertThat(matching.addedCount()).isZero();
    assertThat(matching.renamedCount()).isEqualTo(expected == MatchKind.ID ? 0 : 1);
    assertThat(matching.needsBefore(edited)).isTrue();
    assertThat(matching.needsAfter(edited)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 5})
  void a_station_replaced_by_another_elsewhere_is_removed_and_added(long seed) {
    List<PollingStation> before = stations(seed);
    List<PollingStation> after = new ArrayList<>(before);
    PollingStation gone = after.remove(5);
    after.add(
        edit((b, s) ->
                b.id("brand-new")
                    .number(99_999)
                    .location(Location.of(29.0, 58.0))
                    .name(org.electionatlas.model.LocalizedName.of("مدرسهٔ تازه")))
            .apply(gone));

    StationMatching matching = match(before, after);

    assertThat(matching.afterIndexOf(5)).isEqualTo(-1);
    assertThat(matching.how(5)).isEmpty();
    assertThat(matching.beforeIndexOf(after.size() - 1)).isEqualTo(-1);
    assertThat(matching.removedCount()).isEqualTo(1);
    assertThat(matching.addedCount()).isEqualTo(1);
    assertThat(matching.changedCount()).isZero();
    assertThat(matching.needsAfter(after.size() - 1)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12})
  void a_moved_station_names_the_station_now_nearest_to_it(long seed) {
    List<PollingStation> before = stations(seed);
    List<PollingStation> after = new ArrayList<>(before);
    Location target = before.get(40).location().orElseThrow();
    after.set(
        3,
        edit((b, s) -> b.location(Location.of(target.lat() + 0.001, target.lon())))
            .apply(before.get(3)));

    StationMatching matching = match(before, after);

    int landmark = matching.landmarkOf(3);
    assertThat(landmark).isNotEqualTo(-1).isNotEqualTo(3);
    double toLandmark = matching.after().meters(3, matching.after(), landmark);
    for (int j = 0; j < after.size(); j++) {
      if (j != 3) {
        assertThat(matching.after().meters(3, matching.after(), j))
            .isGreaterThanOrEqualTo(toLandmark);
      }
    }
    assertThat(matching.needsAfter(landmark)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5})
  void fingerprints_take_stations_in_document_order_only(int index) {
    StationFingerprints fingerprints = StationFingerprints.create();
    assertThatThrownBy(() -> fingerprints.accept(index, stations(1).get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected index 0");
  }

  /** A new id, and far from where it stood, so that only its county and number can pair it. */
  private static PollingStation renamedAway(PollingStation station, String county, int number) {
    return edit((b, s) ->
            b.id(s.id() + "-far")
                .county(county)
                .number(number)
                .location(
                    Location.of(
                        s.location().orElseThrow().lat() + 0.5, s.location().orElseThrow().lon())))
        .apply(station);
  }

  static Stream<Arguments> countyAndNumberCases() {
    return Stream.of(
        Arguments.of("one on each side", false, false, 17, true),
        Arguments.of("a negative number", false, false, -5, true),
        Arguments.of("two such stations in the newer atlas", false, true, 17, false),
        Arguments.of("two such stations in the older atlas", true, false, 17, false),
        Arguments.of("two on each side", true, true, 17, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countyAndNumberCases")
  void stations_pair_by_county_and_number_only_when_one_on_each_side_has_them(
      String what, boolean twoBefore, boolean twoAfter, int number, boolean paired) {
    List<PollingStation> before = new ArrayList<>(stations(11));
    String county = before.get(17).county();
    before.set(17, edit((b, s) -> b.number(number)).apply(before.get(17)));
    if (twoBefore) {
      before.set(18, edit((b, s) -> b.county(county).number(number)).apply(before.get(18)));
    }
    List<PollingStation> after = new ArrayList<>(before);
    after.set(17, renamedAway(before.get(17), county, number));
    after.set(18, renamedAway(before.get(18), county, twoAfter ? number : 1_000_000));

    StationMatching matching = match(before, after);

    assertThat(matching.how(17).isPresent()).isEqualTo(paired);
    assertThat(matching.afterIndexOf(17)).isEqualTo(paired ? 17 : -1);
    if (paired) {
      assertThat(matching.how(17)).contains(MatchKind.COUNTY_AND_NUMBER);
    }
    assertThat(matching.removedCount()).isEqualTo(matching.addedCount());
  }
}
