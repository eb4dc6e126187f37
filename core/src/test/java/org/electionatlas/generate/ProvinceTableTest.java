package org.electionatlas.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Location;
import org.junit.jupiter.api.Test;

class ProvinceTableTest {

  @Test
  void codesRunFromIr00ToIr30InTheReferenceTablesOrder() {
    List<String> codes = ProvinceTable.ROWS.stream().map(ProvinceTable.Row::code).toList();

    assertThat(codes).hasSize(31);
    for (int i = 0; i < codes.size(); i++) {
      assertThat(codes.get(i)).isEqualTo(String.format(Locale.ROOT, "IR-%02d", i));
    }
  }

  @Test
  void idsAreUniqueWellFormedSlugsOfTheEnglishNames() {
    assertThat(ProvinceTable.ROWS)
        .extracting(ProvinceTable.Row::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"))
        .contains("kerman", "sistan-and-baluchestan", "kohgiluyeh-and-boyer-ahmad", "alborz");
  }

  @Test
  void boxesAreNotEmptyAndLieInsideIransBox() {
    BoundingBox iran = BoundingBox.of(25.0, 44.0, 39.8, 63.4);

    assertThat(ProvinceTable.ROWS)
        .allSatisfy(
            row -> {
              assertThat(row.minLat()).as(row.en()).isLessThan(row.maxLat());
              assertThat(row.minLon()).as(row.en()).isLessThan(row.maxLon());
              assertThat(iran.contains(Location.of(row.minLat(), row.minLon()))).isTrue();
              assertThat(iran.contains(Location.of(row.maxLat(), row.maxLon()))).isTrue();
            });
  }

  @Test
  void boxesContainTheProvincialCapitals() {
    // Approximate coordinates of each capital, in the table's order.
    double[][] capitals = {
      {34.09, 49.69}, {37.28, 49.58}, {36.56, 53.06}, {38.08, 46.29}, {37.55, 45.07},
      {34.31, 47.07}, {31.32, 48.67}, {29.59, 52.58}, {30.28, 57.08}, {36.30, 59.60},
      {32.65, 51.67}, {29.49, 60.86}, {35.31, 46.99}, {34.80, 48.51}, {32.33, 50.86},
      {33.49, 48.35}, {33.64, 46.42}, {30.67, 51.59}, {28.97, 50.84}, {36.68, 48.48},
      {35.58, 53.39}, {31.90, 54.37}, {27.18, 56.27}, {35.69, 51.39}, {38.25, 48.29},
      {34.64, 50.88}, {36.27, 50.00}, {36.84, 54.44}, {37.47, 57.33}, {32.87, 59.22},
      {35.84, 50.94}
    };
    for (int i = 0; i < capitals.length; i++) {
      ProvinceTable.Row row = ProvinceTable.ROWS.get(i);
      assertThat(row.box().contains(Location.of(capitals[i][0], capitals[i][1])))
          .as(row.en())
          .isTrue();
    }
  }

  @Test
  void totalPopulationIsAboutEightyMillion() {
    assertThat(ProvinceTable.TOTAL_POPULATION).isBetween(78_000, 82_000);
  }
}
