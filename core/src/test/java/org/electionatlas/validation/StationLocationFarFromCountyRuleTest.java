package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A station far from its county's other stations: the median point and spread per county, the limit
 * of 8 spreads or 40 km, the county it looks like it belongs to, counties too small to judge, and
 * the same findings in memory and streamed although they are made at the end.
 */
class StationLocationFarFromCountyRuleTest {

  private static final String RULE = "station-location-far-from-county";

  /** Kerman city: inside Kerman's box, about 112 km from Ravar. */
  static final Location KERMAN_CITY = Location.of(30.2839, 57.0834);

  private static final double[][] NEAR_RAVAR = {
    {31.2555, 56.8302},
    {31.1420, 56.9010},
    {31.3904, 56.6702},
    {31.2811, 56.8150},
    {31.2133, 56.7561}
  };

  private static final double[][] NEAR_ANAR = {
    {30.8801, 55.2811},
    {30.8655, 55.2599},
    {30.8902, 55.2493},
    {30.8512, 55.2900},
    {30.8750, 55.3055},
    {30.9023, 55.2702},
    {30.8444, 55.2554}
  };

  /**
   * The valid atlas with five more stations in Ravar (8 in all, enough to be judged), the last of
   * which, at {@code /pollingStations/8}, stands at {@code last}; the province declares them all.
   */
  static Atlas ravarOfEight(Atlas valid, Location last) {
    Atlas atlas = withStations(valid, "ravar", 4, NEAR_RAVAR);
    return Plant.station(atlas, 8, s -> s.location(last));
  }

  private static Atlas withStations(Atlas atlas, String county, int firstNumber, double[][] at) {
    PollingStation model =
        atlas.pollingStations().stream().filter(s -> s.county().equals(county)).findFirst().get();
    List<PollingStation> more = new ArrayList<>();
    for (int k = 0; k < at.length; k++) {
      int number = firstNumber + k;
      more.add(
          PollingStation.builder()
              .from(model)
              .id(county + "-" + String.format("%04d", number))
              .number(number)
              .location(Location.of(at[k][0], at[k][1]))
              .expectedVoters(50)
              .build());
    }
    Atlas grown = Atlas.builder().from(atlas).addAllPollingStations(more).build();
    int stations = grown.pollingStations().size();
    return Plant.province(grown, 0, p -> p.declaredStations(stations));
  }

  private static List<Violation> violations(Atlas atlas) {
    return Validator.standard().validate(atlas).violationsOf(RULE);
  }

  @Test
  void a_ravar_station_at_kerman_city_is_reported_with_its_distance_and_the_limit() {
    List<Violation> violations = violations(ravarOfEight(TestAtlases.valid(), KERMAN_CITY));

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/pollingStations/8/location");
              assertThat(v.subjectId()).contains("ravar-0008");
              assertThat(v.message().toString())
                  .matches(
                      "polling station \"ravar-0008\" lies 1[01][0-9]\\.[0-9] km from the median"
                          + " point of the stations of its county \"ravar\" \\(راور / Ravar\\)"
                          + " \\(31\\.[0-9]+, 56\\.[0-9]+\\), farther than 40 km; its coordinates"
                          + " may have been copied from another county's row");
              String persian = v.message().render(MessageStyle.PERSIAN);
              assertThat(persian)
                  .contains("شعبهٔ «ravar-0008»", "کیلومتر از نقطهٔ میانهٔ", "بیش از ۴۰ کیلومتر")
                  .doesNotContain("{", "}");
              assertThat(persian.replaceAll("«[^»]*»", "")).doesNotContainPattern("[0-9]");
            });
  }

  @Test
  void a_point_copied_from_another_judged_county_names_that_county() {
    Atlas anarOfEight = withStations(TestAtlases.valid(), "anar", 2, NEAR_ANAR);
    // Ravar's new stations come after Anar's: Ravar's eighth is the last station.
    Atlas atlas = withStations(anarOfEight, "ravar", 4, NEAR_RAVAR);
    int last = atlas.pollingStations().size() - 1;
    Location anar = atlas.pollingStations().get(1).location().get();
    Atlas copied = Plant.station(atlas, last, s -> s.location(anar));

    assertThat(violations(copied))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/pollingStations/" + last + "/location");
              assertThat(v.message().toString())
                  .contains(
                      "farther than 40 km, but ",
                      " from that of county \"anar\" (انار / Anar), among whose stations it would"
                          + " fit; its coordinates may have been copied from a row of county"
                          + " \"anar\" (انار / Anar)");
              assertThat(v.message().render(MessageStyle.PERSIAN))
                  .contains("از نقطهٔ میانهٔ شهرستان «anar» (انار) که در میان شعبه‌هایش جا می‌گیرد")
                  .doesNotContain("{", "}");
            });
  }

  @ParameterizedTest(name = "{0}, {1}: {2}")
  @CsvSource({
    // The stations' own town and its villages.
    "31.2133, 56.7561, false",
    "31.5000, 56.6000, false",
    // About 35 km out: under the 40 km floor.
    "30.9500, 56.8000, false",
    // About 50 km and 112 km out.
    "30.8200, 56.8000, true",
    "30.2839, 57.0834, true",
  })
  void a_station_is_reported_only_beyond_the_floor_when_the_county_is_compact(
      double lat, double lon, boolean reported) {
    assertThat(violations(ravarOfEight(TestAtlases.valid(), Location.of(lat, lon))))
        .hasSize(reported ? 1 : 0);
  }

  @Test
  void a_county_with_fewer_than_eight_placed_stations_is_not_judged() {
    Atlas eight = ravarOfEight(TestAtlases.valid(), KERMAN_CITY);
    // Without a location, one of the eight no longer counts: seven are too few.
    Atlas seven = Plant.station(eight, 4, s -> s.location(java.util.Optional.empty()));

    assertThat(violations(eight)).hasSize(1);
    assertThat(violations(seven)).isEmpty();
  }

  @Test
  void a_wide_county_allows_eight_times_its_spread() {
    // Stations spread over about 100 km: the spread, not the floor, sets the limit.
    double[][] wide = {
      {31.70, 56.40}, {30.80, 57.20}, {31.60, 57.30}, {30.90, 56.30}, {31.25, 56.80}
    };
    Atlas atlas = withStations(TestAtlases.valid(), "ravar", 4, wide);

    assertThat(violations(Plant.station(atlas, 8, s -> s.location(Location.of(30.40, 57.50)))))
        .isEmpty();
  }

  @Test
  void stations_outside_iran_or_their_province_are_left_to_the_rules_that_report_those() {
    Location tehran = Location.of(35.6892, 51.3890);
    Location swapped = Location.of(57.0834, 30.2839);

    assertThat(violations(ravarOfEight(TestAtlases.valid(), tehran))).isEmpty();
    assertThat(violations(ravarOfEight(TestAtlases.valid(), swapped))).isEmpty();
    assertThat(
            Validator.standard()
                .validate(ravarOfEight(TestAtlases.valid(), tehran))
                .violationsOf("station-location-outside-province"))
        .hasSize(1);
  }

  /**
   * The median is selected, not sorted: on seeded values of every size up to 300, with many ties or
   * none, in order, reversed or shuffled, it is the median sorting gives.
   */
  @RepeatedTest(40)
  void the_selected_median_is_the_one_sorting_gives(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    for (int n = 1; n <= 300; n++) {
      int distinct = random.nextBoolean() ? 1 + random.nextInt(4) : Integer.MAX_VALUE;
      double[] values = new double[n];
      for (int k = 0; k < n; k++) {
        values[k] =
            25 + (distinct == Integer.MAX_VALUE ? random.nextDouble() : random.nextInt(distinct));
      }
      switch (random.nextInt(3)) {
        case 0 -> Arrays.sort(values);
        case 1 -> {
          Arrays.sort(values);
          for (int k = 0; k < n / 2; k++) {
            double v = values[k];
            values[k] = values[n - 1 - k];
            values[n - 1 - k] = v;
          }
        }
        default -> {}
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      assertThat(StationLocationFarFromCountyRule.median(values, n))
          .as("n = %d", n)
          .isEqualTo(expected);
    }
  }

  @Test
  void the_median_of_odd_and_even_counts_and_the_haversine_distance() {
    assertThat(StationLocationFarFromCountyRule.median(new double[] {5, 1, 3}, 3)).isEqualTo(3);
    assertThat(StationLocationFarFromCountyRule.median(new double[] {4, 1, 3, 2}, 4))
        .isEqualTo(2.5);
    // One degree of latitude is about 111.2 km; Tehran to Kerman is about 806 km.
    assertThat(StationLocationFarFromCountyRule.meters(30, 57, 31, 57))
        .isBetween(111_000.0, 111_400.0);
    assertThat(StationLocationFarFromCountyRule.meters(35.6892, 51.389, 30.2839, 57.0834))
        .isBetween(790_000.0, 820_000.0);
  }

  /**
   * The findings are made at the end, about stations read long before; streamed, the session gives
   * the same ones as in memory, at the same pointers.
   */
  @Test
  void streamed_and_in_memory_give_the_same_findings_though_they_are_made_at_the_end() {
    List<Atlas> atlases = new ArrayList<>();
    atlases.add(ravarOfEight(TestAtlases.valid(), KERMAN_CITY));
    for (long seed = 0; seed < 10; seed++) {
      Atlas valid = RandomAtlases.generate(seed);
      Random random = new Random(seed);
      // A station of a county with many stations, moved to a point of another such county.
      List<String> big =
          valid.counties().stream()
              .map(c -> c.id())
              .filter(c -> valid.index().stationsOf(c).size() >= 12)
              .toList();
      if (big.size() < 2) {
        continue;
      }
      String from = big.get(random.nextInt(big.size()));
      String to = big.get((big.indexOf(from) + 1) % big.size());
      int i = positionOf(valid, valid.index().stationsOf(from).get(0).id());
      Location there = valid.index().stationsOf(to).get(0).location().get();
      atlases.add(Plant.station(valid, i, s -> s.location(there)));
    }
    Validator validator = only(RULE);
    int found = 0;
    for (Atlas atlas : atlases) {
      Atlas frame = Atlas.builder().from(atlas).pollingStations(List.of()).build();
      ValidationSession session = validator.session(frame);
      atlas.pollingStations().forEach(session::station);

      List<Violation> streamed = session.finish().violations();

      assertThat(streamed).containsExactlyElementsOf(validator.validate(atlas).violations());
      found += streamed.size();
    }
    assertThat(found).isPositive();
  }

  private static int positionOf(Atlas atlas, String id) {
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      if (atlas.pollingStations().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  private static Validator only(String rule) {
    Validator.Builder builder = Validator.builder();
    Validator.standardRules().stream()
        .map(r -> r.info().id())
        .filter(id -> !id.equals(rule))
        .forEach(builder::disable);
    return builder.build();
  }
}
