package org.electionatlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What counts as a valid point, a valid box, and where Iran's box lies. */
class GeometryValidityTest {

  @ParameterizedTest(name = "{0}, {1} valid: {2}")
  @CsvSource({
    "31.2656, 56.8055, true",
    "90, 180, true",
    "-90, -180, true",
    "0, 0, true",
    "90.0001, 0, false",
    "-90.0001, 0, false",
    "0, 180.0001, false",
    "0, -180.0001, false",
    "312.656, 56.8055, false",
    "NaN, 56.8055, false",
    "31.2656, NaN, false",
    "Infinity, 0, false",
    "0, -Infinity, false",
  })
  void a_location_is_valid_when_both_coordinates_are_finite_and_within_their_degrees(
      double lat, double lon, boolean valid) {
    assertThat(Location.of(lat, lon).isValid()).isEqualTo(valid);
  }

  static Stream<Arguments> boxes() {
    return Stream.of(
        Arguments.of(BoundingBox.of(26.4, 54.3, 32.0, 59.6), true),
        Arguments.of(BoundingBox.of(31, 56, 31, 56), true),
        Arguments.of(BoundingBox.of(-90, -180, 90, 180), true),
        Arguments.of(BoundingBox.of(32.0, 54.3, 26.4, 59.6), false),
        Arguments.of(BoundingBox.of(26.4, 59.6, 32.0, 54.3), false),
        Arguments.of(BoundingBox.of(54.3, 26.4, 59.6, 32.0), true),
        Arguments.of(BoundingBox.of(26.4, 54.3, 91, 59.6), false),
        Arguments.of(BoundingBox.of(-91, 54.3, 32.0, 59.6), false),
        Arguments.of(BoundingBox.of(26.4, 170, 32.0, 181), false),
        Arguments.of(BoundingBox.of(26.4, -181, 32.0, 59.6), false),
        Arguments.of(BoundingBox.of(Double.NaN, 54.3, 32.0, 59.6), false),
        Arguments.of(BoundingBox.of(26.4, 54.3, 32.0, Double.POSITIVE_INFINITY), false));
  }

  @ParameterizedTest(name = "{0} valid: {1}")
  @MethodSource("boxes")
  void a_box_is_valid_when_its_edges_are_finite_within_degrees_and_not_swapped(
      BoundingBox box, boolean valid) {
    assertThat(box.isValid()).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0}: {1}, {2} inside Iran: {3}")
  @CsvSource({
    "Kerman, 30.2839, 57.0834, true",
    "Tehran, 35.6892, 51.3890, true",
    "Kish island, 26.5580, 53.9800, true",
    "south-west corner, 25.0, 44.0, true",
    "north-east corner, 39.8, 63.4, true",
    "swapped Kerman, 57.0834, 30.2839, false",
    "null island, 0, 0, false",
    "Baku, 40.4093, 49.8671, false",
    "Kandahar, 31.6289, 65.7372, false",
  })
  void irans_box_holds_its_cities_and_islands_but_not_swapped_or_foreign_points(
      String place, double lat, double lon, boolean inside) {
    assertThat(BoundingBox.IRAN.contains(Location.of(lat, lon))).as(place).isEqualTo(inside);
  }

  @Test
  void irans_box_is_itself_a_valid_box() {
    assertThat(BoundingBox.IRAN.isValid()).isTrue();
  }
}
