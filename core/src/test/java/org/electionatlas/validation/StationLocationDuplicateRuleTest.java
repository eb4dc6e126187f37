package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;
import org.junit.jupiter.api.Test;

/** The spatial hash finds stations of one county at one point, over many stations. */
class StationLocationDuplicateRuleTest {

  private static final String RULE = "station-location-duplicate";

  private static PollingStation station(int i, String county, double lat, double lon) {
    return PollingStation.builder()
        .id(county + "-" + i)
        .county(county)
        .number(i + 1)
        .name(LocalizedName.of("مدرسه", "School"))
        .location(Location.of(lat, lon))
        .kind(StationKind.FIXED)
        .votingMethod(VotingMethod.PAPER)
        .expectedVoters(500)
        .build();
  }

  private static Atlas atlas(List<PollingStation> stations) {
    return Atlas.builder()
        .election(
            Election.builder()
                .id("e")
                .name(LocalizedName.of("انتخابات"))
                .votingDay(LocalDate.of(2024, 3, 1))
                .build())
        .addProvince(
            Province.builder().id("kerman").code("IR-08").name(LocalizedName.of("کرمان")).build())
        .addCounty(
            County.builder()
                .id("kerman")
                .province("kerman")
                .name(LocalizedName.of("کرمان"))
                .build())
        .addCounty(
            County.builder().id("bam").province("kerman").name(LocalizedName.of("بم")).build())
        .pollingStations(stations)
        .build();
  }

  private static List<Violation> duplicates(Atlas atlas) {
    return Validator.standard().validate(atlas).violationsOf(RULE);
  }

  @Test
  void among_twenty_thousand_stations_exactly_the_repeated_points_are_reported_naming_the_first() {
    List<PollingStation> stations = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      // A grid with 0.0001° (about 11 m) between neighbours: no two points alike.
      stations.add(station(i, "kerman", 30.0 + (i / 200) * 1e-4, 57.0 + (i % 200) * 1e-4));
    }
    Random random = new Random(7);
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      int copy = 19_000 + k * 150 + random.nextInt(100);
      int original = random.nextInt(19_000);
      stations.set(
          copy,
          PollingStation.builder()
              .from(stations.get(copy))
              .location(stations.get(original).location())
              .build());
      expected.add(
          "/pollingStations/" + copy + "/location naming /pollingStations/" + original + " ");
    }

    assertThat(duplicates(atlas(stations)))
        .extracting(
            v -> {
              String named =
                  v.message().toString().substring(v.message().toString().indexOf(" at /") + 4);
              return v.pointer() + " naming " + named.substring(0, named.indexOf(' ') + 1);
            })
        .containsExactlyElementsOf(expected);
  }

  @Test
  void stations_of_different_counties_at_one_point_are_not_compared() {
    List<PollingStation> stations =
        List.of(station(0, "kerman", 30.28, 57.08), station(0, "bam", 30.28, 57.08));

    assertThat(duplicates(atlas(stations))).isEmpty();
  }

  @Test
  void points_are_the_same_when_they_agree_to_five_decimals() {
    List<PollingStation> stations =
        List.of(
            station(0, "kerman", 30.283900, 57.083400),
            station(1, "kerman", 30.2839004, 57.0834003), // 4e-7°: a few centimetres
            station(2, "kerman", 30.28391, 57.08340)); // 1e-5°: about a metre north

    assertThat(duplicates(atlas(stations)))
        .extracting(Violation::pointer)
        .containsExactly("/pollingStations/1/location");
  }

  @Test
  void three_stations_at_one_point_give_two_findings_both_naming_the_first() {
    List<PollingStation> stations =
        List.of(
            station(0, "kerman", 30.28, 57.08),
            station(1, "kerman", 30.28, 57.08),
            station(2, "kerman", 30.28, 57.08));

    assertThat(duplicates(atlas(stations)))
        .extracting(Violation::pointer)
        .containsExactly("/pollingStations/1/location", "/pollingStations/2/location");
    assertThat(duplicates(atlas(stations)))
        .allSatisfy(
            v -> assertThat(v.message().toString()).contains("as polling station \"kerman-0\""));
  }
}
