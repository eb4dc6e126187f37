package org.electionatlas.generate;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.electionatlas.model.BoundingBox;

/**
 * Lays out the counties of a generated atlas and shares the stations among them.
 *
 * <p>Each province's box is cut into four or six sectors (six for large or populous provinces),
 * each sector a county. Stations go to counties in proportion to their province's population,
 * varied by the seed, with at least one per county. When there are fewer stations than sectors,
 * only as many counties are made as there are stations, taking the first sector of every province
 * before any province's second: every county keeps a station (the validator warns about a county
 * without one) and the stations still spread over as many provinces as they can.
 */
final class Geography {

  /** The share of a sector's height and width left empty along each edge. */
  private static final double INSET = 0.05;

  /** Provinces at least this large (in square degrees) or populous (thousands) get six counties. */
  private static final double LARGE_AREA = 6.0;

  private static final int LARGE_POPULATION = 3_000;

  private Geography() {}

  /** The sectors of a province, row by row from the north-west. */
  static List<List<Sector>> layout(ProvinceTable.Row province) {
    double latSpan = province.maxLat() - province.minLat();
    double lonSpan = province.maxLon() - province.minLon();
    if (latSpan * lonSpan < LARGE_AREA && province.population() < LARGE_POPULATION) {
      return Sector.FOUR;
    }
    double groundWidth =
        lonSpan * Math.cos(Math.toRadians((province.minLat() + province.maxLat()) / 2));
    return groundWidth >= latSpan ? Sector.SIX_WIDE : Sector.SIX_TALL;
  }

  /** A sector of a province before it gets stations. */
  private record Slot(int province, int position, Sector sector, BoundingBox area) {}

  /** The counties of an atlas with the given number of stations, in document order. */
  static ImmutableList<CountyPlan> plan(int stations, long seed) {
    List<Slot> slots = new ArrayList<>();
    for (int p = 0; p < ProvinceTable.ROWS.size(); p++) {
      slots.addAll(slots(p));
    }
    if (stations < slots.size()) {
      slots.sort(Comparator.comparingInt(Slot::position).thenComparingInt(Slot::province));
      slots = new ArrayList<>(slots.subList(0, stations));
      slots.sort(Comparator.comparingInt(Slot::province).thenComparingInt(Slot::position));
    }
    int[] counts = share(stations, slots, seed);
    ImmutableList.Builder<CountyPlan> plans = ImmutableList.builder();
    int first = 0;
    for (int c = 0; c < slots.size(); c++) {
      Slot slot = slots.get(c);
      long expected = 0;
      for (int i = first; i < first + counts[c]; i++) {
        expected += Stations.expectedVoters(seed, i);
      }
      // The stations plan for 85% to 98% of the county's voters: some vote elsewhere or not at
      // all. The validator's default band is 80% to 110%.
      double coverage = 0.85 + 0.13 * SeededRandom.of(seed, Purpose.COVERAGE, c).nextDouble();
      int eligible = (int) Math.round(expected / coverage);
      plans.add(
          new CountyPlan(slot.province(), slot.sector(), slot.area(), first, counts[c], eligible));
      first += counts[c];
    }
    return plans.build();
  }

  private static List<Slot> slots(int p) {
    ProvinceTable.Row province = ProvinceTable.ROWS.get(p);
    List<List<Sector>> layout = layout(province);
    int rows = layout.size();
    int columns = layout.get(0).size();
    double height = (province.maxLat() - province.minLat()) / rows;
    double width = (province.maxLon() - province.minLon()) / columns;
    List<Slot> slots = new ArrayList<>(rows * columns);
    for (int r = 0; r < rows; r++) {
      // Row 0 is the northern one.
      double north = province.maxLat() - r * height;
      for (int c = 0; c < columns; c++) {
        double west = province.minLon() + c * width;
        BoundingBox area =
            BoundingBox.of(
                north - height + INSET * height,
                west + INSET * width,
                north - INSET * height,
                west + width - INSET * width);
        slots.add(new Slot(p, r * columns + c, layout.get(r).get(c), area));
      }
    }
    return slots;
  }

  /**
   * How many stations each county gets: exactly one each when there are no more stations than
   * counties, else one each and the rest by weight (population, varied by the seed).
   */
  private static int[] share(int stations, List<Slot> slots, long seed) {
    int[] counts = new int[slots.size()];
    if (slots.isEmpty()) {
      return counts;
    }
    int[] countiesOfProvince = new int[ProvinceTable.ROWS.size()];
    slots.forEach(slot -> countiesOfProvince[slot.province()]++);
    long[] weights = new long[slots.size()];
    for (int c = 0; c < slots.size(); c++) {
      Slot slot = slots.get(c);
      double variation = 0.6 + 0.8 * SeededRandom.of(seed, Purpose.COUNTY_WEIGHT, c).nextDouble();
      weights[c] =
          Math.round(
              1_000.0
                  * ProvinceTable.ROWS.get(slot.province()).population()
                  / countiesOfProvince[slot.province()]
                  * variation);
    }
    int[] rest = apportion(stations - slots.size(), weights);
    for (int c = 0; c < counts.length; c++) {
      counts[c] = 1 + rest[c];
    }
    return counts;
  }

  /**
   * Splits {@code total} in proportion to the weights by the largest-remainder method; ties go to
   * the earlier part, so the split is deterministic.
   */
  static int[] apportion(int total, long[] weights) {
    long sum = 0;
    for (long weight : weights) {
      sum += weight;
    }
    int[] parts = new int[weights.length];
    long[] remainders = new long[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      long share = total * weights[i];
      parts[i] = (int) (share / sum);
      remainders[i] = share % sum;
      given += parts[i];
    }
    List<Integer> order = new ArrayList<>(weights.length);
    for (int i = 0; i < weights.length; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingLong((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < total - given; k++) {
      parts[order.get(k)]++;
    }
    return parts;
  }
}
