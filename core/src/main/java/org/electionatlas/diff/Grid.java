package org.electionatlas.diff;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The stations of one atlas that have a location, by square cells of latitude and longitude: each
 * is one {@code long} (its cell above, its position below), sorted, so a cell's stations are a run
 * found by binary search. A spatial hash in 8 bytes a station, never a pairwise loop.
 */
final class Grid {

  private static final double UNITS = 1e7;

  private final StationFingerprints stations;
  private final int cellUnits;
  private final long[] entries;

  /** The stations of {@code stations} that {@code which} takes, in cells of {@code cellDegrees}. */
  Grid(StationFingerprints stations, double cellDegrees, IntPredicate which) {
    this.stations = stations;
    this.cellUnits = (int) Math.round(cellDegrees * UNITS);
    long[] all = new long[stations.size()];
    int n = 0;
    for (int i = 0; i < stations.size(); i++) {
      if (stations.hasLocation(i) && which.test(i)) {
        all[n++] = (cellOf(stations.latUnits(i), stations.lonUnits(i)) << 32) | i;
      }
    }
    entries = Arrays.copyOf(all, n);
    Arrays.sort(entries);
  }

  private long cellOf(int latUnits, int lonUnits) {
    return cell(Math.floorDiv(latUnits, cellUnits), Math.floorDiv(lonUnits, cellUnits));
  }

  /** Cells are numbered row by row from the south-west; every cell of the globe has a number. */
  private long cell(long row, long column) {
    long columns = 360L * 10_000_000 / cellUnits + 2;
    return (row + 90L * 10_000_000 / cellUnits + 1) * columns + column + columns / 2;
  }

  /** What a search keeps: a station and how far it is. */
  interface Visitor {
    void visit(int index, double meters);
  }

  /**
   * Gives the visitor every station of the cells within {@code rings} cells of the point's cell,
   * with its distance from the point.
   */
  void around(double lat, double lon, int rings, Visitor visitor) {
    long row = Math.floorDiv(Math.round(lat * UNITS), cellUnits);
    long column = Math.floorDiv(Math.round(lon * UNITS), cellUnits);
    for (long r = row - rings; r <= row + rings; r++) {
      for (long c = column - rings; c <= column + rings; c++) {
        visitCell(cell(r, c), lat, lon, visitor);
      }
    }
  }

  /** The stations of the ring of cells exactly {@code ring} cells from the point's cell. */
  void ring(double lat, double lon, int ring, Visitor visitor) {
    long row = Math.floorDiv(Math.round(lat * UNITS), cellUnits);
    long column = Math.floorDiv(Math.round(lon * UNITS), cellUnits);
    for (long r = row - ring; r <= row + ring; r++) {
      boolean edge = r == row - ring || r == row + ring;
      for (long c = column - ring; c <= column + ring; c += edge || ring == 0 ? 1 : 2L * ring) {
        visitCell(cell(r, c), lat, lon, visitor);
      }
    }
  }

  private void visitCell(long cell, double lat, double lon, Visitor visitor) {
    int k = Arrays.binarySearch(entries, cell << 32);
    for (k = k < 0 ? -k - 1 : k; k < entries.length && entries[k] >>> 32 == cell; k++) {
      int index = (int) entries[k];
      visitor.visit(
          index, Earth.meters(lat, lon, stations.latitude(index), stations.longitude(index)));
    }
  }
}
