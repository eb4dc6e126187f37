package org.electionatlas.generate;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.IranProvinces;
import org.electionatlas.model.LocalizedName;

/**
 * Iran's 31 provinces as data: the facts the generator starts from.
 *
 * <ul>
 *   <li>ISO 3166-2:IR codes, in the order of {@link IranProvinces}, which holds their English and
 *       Persian names.
 *   <li>Populations, in thousands, are approximate (close to the 2016 census) and serve only as
 *       weights: how many stations and seats a province gets.
 *   <li>Bounding boxes are approximate, drawn from general geographic knowledge to about a tenth of
 *       a degree. Each contains most of its province and lies within Iran's box (25.0–39.8°N,
 *       44.0–63.4°E); they are good for placing synthetic stations, not for deciding which province
 *       a real point is in.
 * </ul>
 */
final class ProvinceTable {

  private ProvinceTable() {}

  /** One province: code, approximate population in thousands and approximate box. */
  record Row(
      String code, int population, double minLat, double minLon, double maxLat, double maxLon) {

    private IranProvinces.Entry entry() {
      return IranProvinces.byCode(code).orElseThrow();
    }

    String en() {
      return entry().en();
    }

    String fa() {
      return entry().fa();
    }

    /** The province's id in generated atlases: its English name in lower case, hyphenated. */
    String id() {
      return en().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    LocalizedName name() {
      return entry().name();
    }

    BoundingBox box() {
      return BoundingBox.of(minLat, minLon, maxLat, maxLon);
    }
  }

  static final ImmutableList<Row> ROWS =
      ImmutableList.of(
          new Row("IR-00", 1_429, 33.45, 48.95, 35.60, 51.05),
          new Row("IR-01", 2_531, 36.55, 48.55, 38.45, 50.60),
          new Row("IR-02", 3_283, 35.75, 50.30, 36.95, 54.15),
          new Row("IR-03", 3_910, 36.75, 45.05, 39.45, 48.35),
          new Row("IR-04", 3_265, 35.95, 44.03, 39.78, 47.40),
          new Row("IR-05", 1_952, 33.65, 45.40, 35.30, 48.10),
          new Row("IR-06", 4_710, 29.90, 47.65, 33.00, 50.55),
          new Row("IR-07", 4_851, 27.05, 50.60, 31.70, 55.65),
          new Row("IR-08", 3_165, 26.40, 54.30, 32.00, 59.60),
          new Row("IR-09", 6_434, 33.85, 56.20, 37.70, 61.30),
          new Row("IR-10", 5_120, 30.70, 49.60, 34.50, 55.55),
          new Row("IR-11", 2_775, 25.05, 58.80, 31.50, 63.33),
          new Row("IR-12", 1_603, 34.75, 45.55, 36.50, 48.25),
          new Row("IR-13", 1_738, 33.95, 47.75, 35.75, 49.50),
          new Row("IR-14", 947, 31.15, 49.50, 32.80, 51.45),
          new Row("IR-15", 1_760, 32.60, 46.85, 34.40, 50.05),
          new Row("IR-16", 580, 32.00, 45.70, 34.05, 48.00),
          new Row("IR-17", 713, 29.90, 49.90, 31.45, 51.90),
          new Row("IR-18", 1_163, 27.25, 50.05, 30.30, 52.75),
          new Row("IR-19", 1_057, 35.55, 47.10, 37.25, 49.45),
          new Row("IR-20", 702, 34.25, 51.85, 37.30, 57.05),
          new Row("IR-21", 1_138, 29.60, 52.75, 33.45, 56.60),
          new Row("IR-22", 1_776, 25.40, 52.70, 28.95, 59.25),
          new Row("IR-23", 13_267, 34.85, 50.35, 36.35, 53.15),
          new Row("IR-24", 1_270, 37.15, 47.30, 39.70, 48.95),
          new Row("IR-25", 1_292, 34.15, 50.10, 35.20, 51.95),
          new Row("IR-26", 1_273, 35.40, 48.75, 36.80, 50.85),
          new Row("IR-27", 1_869, 36.50, 53.85, 38.10, 56.30),
          new Row("IR-28", 863, 36.55, 55.85, 38.30, 58.40),
          new Row("IR-29", 768, 30.55, 55.40, 34.85, 60.95),
          new Row("IR-30", 2_712, 35.55, 50.15, 36.35, 51.25));

  /** The sum of the table's populations, in thousands. */
  static final int TOTAL_POPULATION = ROWS.stream().mapToInt(Row::population).sum();
}
