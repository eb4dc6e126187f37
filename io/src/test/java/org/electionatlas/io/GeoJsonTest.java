package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTest {

  private static final Atlas KERMAN = Samples.load("kerman-1402");

  private static JsonNode geoJson(Atlas atlas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeoJson.write(atlas, out);
    return JsonMapper.builder().build().readTree(out.toByteArray());
  }

  private static List<JsonNode> features(JsonNode collection, String entity) {
    List<JsonNode> features = new ArrayList<>();
    for (JsonNode feature : collection.get("features")) {
      if (feature.get("properties").get("entity").asString().equals(entity)) {
        features.add(feature);
      }
    }
    return features;
  }

  @Test
  void the_document_is_a_feature_collection_of_features_with_geometry_and_properties() {
    JsonNode collection = geoJson(KERMAN);

    assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(collection.get("features").size()).isEqualTo(25 + 2400);
    for (JsonNode feature : collection.get("features")) {
      assertThat(feature.get("type").asString()).isEqualTo("Feature");
      assertThat(feature.has("geometry")).isTrue();
      assertThat(feature.get("properties").isObject()).isTrue();
    }
  }

  @Test
  void stations_are_points_with_the_documented_properties() {
    JsonNode station = features(geoJson(KERMAN), "station").get(0);
    PollingStation first = KERMAN.pollingStations().get(0);

    assertThat(station.get("geometry").get("type").asString()).isEqualTo("Point");
    assertThat(station.get("properties").propertyNames())
        .containsExactly(
            "entity",
            "id",
            "county",
            "number",
            "name_fa",
            "name_en",
            "kind",
            "votingMethod",
            "expectedVoters",
            "risk");
    JsonNode properties = station.get("properties");
    assertThat(properties.get("id").asString()).isEqualTo(first.id());
    assertThat(properties.get("county").asString()).isEqualTo(first.county());
    assertThat(properties.get("number").asInt()).isEqualTo(first.number());
    assertThat(properties.get("name_fa").asString()).isEqualTo(first.name().fa());
    assertThat(properties.get("name_en").asString()).isEqualTo(first.name().en().orElseThrow());
    assertThat(properties.get("kind").asString()).isEqualTo(first.kind().name());
    assertThat(properties.get("votingMethod").asString()).isEqualTo(first.votingMethod().name());
    assertThat(properties.get("expectedVoters").asInt()).isEqualTo(first.expectedVoters());
    assertThat(properties.get("risk").asString())
        .isEqualTo(first.risk().orElseThrow().level().name());
  }

  @Test
  void positions_are_longitude_first_then_latitude() {
    // Kerman lies between 26° and 32° north and 54° and 60° east, so the order shows.
    for (JsonNode station : features(geoJson(KERMAN), "station")) {
      JsonNode position = station.get("geometry").get("coordinates");
      assertThat(position.size()).isEqualTo(2);
      assertThat(position.get(0).asDouble()).isBetween(54.0, 60.0);
      assertThat(position.get(1).asDouble()).isBetween(26.0, 32.0);
    }
  }

  @Test
  void every_located_station_appears_once_at_its_point_when_read_back() {
    Map<String, List<JsonNode>> byId = new HashMap<>();
    for (JsonNode station : features(geoJson(KERMAN), "station")) {
      byId.computeIfAbsent(station.get("properties").get("id").asString(), id -> new ArrayList<>())
          .add(station);
    }

    assertThat(byId).hasSize(KERMAN.pollingStations().size());
    for (PollingStation station : KERMAN.pollingStations()) {
      List<JsonNode> found = byId.get(station.id());
      assertThat(found).as(station.id()).hasSize(1);
      JsonNode position = found.get(0).get("geometry").get("coordinates");
      Location location = station.location().orElseThrow();
      assertThat(position.get(0).asDouble()).isCloseTo(location.lon(), within(5e-7));
      assertThat(position.get(1).asDouble()).isCloseTo(location.lat(), within(5e-7));
    }
  }

  @Test
  void coordinates_are_rounded_to_six_decimals() {
    Atlas atlas =
        withFirstStation(
            s ->
                PollingStation.builder()
                    .from(s)
                    .location(Location.of(30.123456789, 57.98765432))
                    .build());

    JsonNode position =
        features(geoJson(atlas), "station").get(0).get("geometry").get("coordinates");

    assertThat(position.get(0).asString()).isEqualTo("57.987654");
    assertThat(position.get(1).asString()).isEqualTo("30.123457");
  }

  @Test
  void a_station_without_a_location_is_left_out_and_absent_values_are_null() {
    Atlas atlas = Samples.load("minimal");
    PollingStation located = atlas.pollingStations().get(0);
    PollingStation unlocated =
        PollingStation.builder()
            .from(located)
            .id("ravar-0002")
            .number(2)
            .location(java.util.Optional.empty())
            .risk(java.util.Optional.empty())
            .build();
    PollingStation withoutEnglish =
        PollingStation.builder()
            .from(located)
            .id("ravar-0003")
            .number(3)
            .name(org.electionatlas.model.LocalizedName.of("مدرسه"))
            .risk(java.util.Optional.empty())
            .build();
    atlas =
        Atlas.builder()
            .from(atlas)
            .pollingStations(List.of(located, unlocated, withoutEnglish))
            .build();

    List<JsonNode> stations = features(geoJson(atlas), "station");

    assertThat(stations).hasSize(2);
    JsonNode properties = stations.get(1).get("properties");
    assertThat(properties.get("id").asString()).isEqualTo("ravar-0003");
    assertThat(properties.get("name_en").isNull()).isTrue();
    assertThat(properties.get("risk").isNull()).isTrue();
  }

  @Test
  void a_county_is_the_counter_clockwise_envelope_of_its_stations() {
    JsonNode collection = geoJson(KERMAN);

    List<JsonNode> counties = features(collection, "county");
    assertThat(counties).hasSize(KERMAN.counties().size());
    for (JsonNode county : counties) {
      String id = county.get("properties").get("id").asString();
      JsonNode ring = county.get("geometry").get("coordinates").get(0);
      assertThat(county.get("geometry").get("type").asString()).isEqualTo("Polygon");
      assertThat(ring.size()).isEqualTo(5);
      assertThat(ring.get(0)).isEqualTo(ring.get(4));
      assertThat(signedArea(ring)).as("%s winds counter-clockwise", id).isPositive();
      List<PollingStation> stations = KERMAN.index().stationsOf(id);
      assertThat(county.get("properties").get("stations").asInt()).isEqualTo(stations.size());
      for (PollingStation station : stations) {
        Location at = station.location().orElseThrow();
        assertThat(at.lon())
            .isBetween(ring.get(0).get(0).asDouble(), ring.get(2).get(0).asDouble());
        assertThat(at.lat())
            .isBetween(ring.get(0).get(1).asDouble(), ring.get(2).get(1).asDouble());
      }
    }
  }

  @Test
  void a_county_with_a_single_station_has_null_geometry_rather_than_a_flat_polygon() {
    JsonNode county = features(geoJson(Samples.load("minimal")), "county").get(0);

    assertThat(county.get("geometry").isNull()).isTrue();
    assertThat(county.get("properties").get("name_fa").asString()).isEqualTo("راور");
  }

  @Test
  void the_collection_bbox_is_west_south_east_north() {
    JsonNode bbox = geoJson(KERMAN).get("bbox");

    assertThat(bbox.size()).isEqualTo(4);
    assertThat(bbox.get(0).asDouble()).isLessThan(bbox.get(2).asDouble()).isBetween(54.0, 60.0);
    assertThat(bbox.get(1).asDouble()).isLessThan(bbox.get(3).asDouble()).isBetween(26.0, 32.0);
  }

  private static Atlas withFirstStation(java.util.function.UnaryOperator<PollingStation> change) {
    Atlas atlas = Samples.load("minimal");
    return Atlas.builder()
        .from(atlas)
        .pollingStations(List.of(change.apply(atlas.pollingStations().get(0))))
        .build();
  }

  /** Twice the ring's area by the shoelace formula: positive when it winds counter-clockwise. */
  private static double signedArea(JsonNode ring) {
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      sum +=
          ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
              - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return sum;
  }
}
