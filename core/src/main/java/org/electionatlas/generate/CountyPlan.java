package org.electionatlas.generate;

import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.County;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.SettlementKind;

/**
 * One synthetic county of a generated atlas: where it lies, which stations are its own (a run of
 * consecutive station indexes) and how its stations are laid out on the ground.
 *
 * <p>Stations are placed on a lattice of equal cells over the county's area, one station per cell,
 * each at a random point well inside its cell. That spreads them over the county and guarantees
 * that no two share a point, without remembering the points already used: the generator must be
 * able to place station one million without the others.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CountyPlan {

  /** Where in its cell a station may fall: far enough from the edges to survive rounding. */
  private static final double CELL_MARGIN = 0.15;

  private final ProvinceTable.Row province;
  private final int provinceIndex;
  private final String id;
  private final LocalizedName name;
  private final BoundingBox area;
  private final int firstStation;
  private final int stations;
  private final int eligibleVoters;
  private final int columns;
  private final double cellLat;
  private final double cellLon;
  private final Settlement seat;
  private final LocalizedName mobileStationName;

  CountyPlan(
      int provinceIndex,
      Sector sector,
      BoundingBox area,
      int firstStation,
      int stations,
      int eligibleVoters) {
    this.province = ProvinceTable.ROWS.get(provinceIndex);
    this.provinceIndex = provinceIndex;
    this.id = province.id() + "-" + sector.suffix();
    this.name =
        LocalizedName.of(sector.fa() + " " + province.fa(), sector.en() + " " + province.en());
    this.area = area;
    this.firstStation = firstStation;
    this.stations = stations;
    this.eligibleVoters = eligibleVoters;
    // Cells about as wide as they are tall on the ground, so the stations spread evenly.
    double latSpan = area.maxLat() - area.minLat();
    double lonSpan = area.maxLon() - area.minLon();
    double groundWidth = lonSpan * Math.cos(Math.toRadians((area.minLat() + area.maxLat()) / 2));
    int count = Math.max(1, stations);
    this.columns = Math.max(1, (int) Math.ceil(Math.sqrt(count * groundWidth / latSpan)));
    int rows = (count + columns - 1) / columns;
    this.cellLat = latSpan / rows;
    this.cellLon = lonSpan / columns;
    // The urban settlement of a synthetic county is a synthetic town of the same name.
    this.seat = Settlement.builder().name(name).kind(SettlementKind.URBAN).build();
    this.mobileStationName = Stations.mobileStationName(name);
  }

  /** The province's row in {@link ProvinceTable#ROWS}. */
  ProvinceTable.Row province() {
    return province;
  }

  /** The province's position in {@link ProvinceTable#ROWS}. */
  int provinceIndex() {
    return provinceIndex;
  }

  String id() {
    return id;
  }

  LocalizedName name() {
    return name;
  }

  /** The index, in the whole atlas, of the county's station number 1. */
  int firstStation() {
    return firstStation;
  }

  /** How many stations the county has. */
  int stations() {
    return stations;
  }

  Settlement seat() {
    return seat;
  }

  LocalizedName mobileStationName() {
    return mobileStationName;
  }

  /**
   * Where the county's station with the given number stands, given two numbers in [0, 1) that place
   * it within its cell. Rounded to 6 decimals (about 10 cm), which keeps distinct cells' points
   * distinct while cells are wider than a few metres.
   */
  Location point(int number, double u, double v) {
    int cell = number - 1;
    int row = cell / columns;
    int column = cell % columns;
    double lat = area.minLat() + (row + CELL_MARGIN + (1 - 2 * CELL_MARGIN) * u) * cellLat;
    double lon = area.minLon() + (column + CELL_MARGIN + (1 - 2 * CELL_MARGIN) * v) * cellLon;
    return Location.of(round6(lat), round6(lon));
  }

  private static double round6(double degrees) {
    return Math.round(degrees * 1_000_000) / 1_000_000.0;
  }

  County county() {
    return County.builder()
        .id(id)
        .province(province.id())
        .name(name)
        .eligibleVoters(eligibleVoters)
        .build();
  }
}
