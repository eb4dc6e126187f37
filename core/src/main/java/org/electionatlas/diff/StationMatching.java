package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * Which polling station of one atlas is which of another, worked out from their {@link
 * StationFingerprints} alone: first by id; then, among the stations left, by county and number (an
 * id that changed); then by place and name (the station stands where it stood, within {@link
 * #SAME_PLACE_METERS}, and is called what it was called). A station matched by neither way was
 * removed (before) or added (after). The order of the stations in either document plays no part.
 *
 * <p>It also says which stations a detailed comparison needs to see again ({@link #needsBefore},
 * {@link #needsAfter}): those removed, added or changed, and for each station that moved, the
 * station of the newer atlas now nearest to it ({@link #landmarkOf}), by which a clerk knows where
 * it went.
 *
 * <p>Matching two atlases of a million stations takes a few primitive arrays of their size; no loop
 * compares every station with every other.
 *
 * <p>This class is immutable and thread-safe once made (the fingerprints must not be given more
 * stations afterwards).
 */
public final class StationMatching {

  /** How close, in metres, two stations must stand to be matched by place and name. */
  public static final double SAME_PLACE_METERS = 25;

  /** How far, in metres, the nearest station to a moved one is looked for. */
  static final double LANDMARK_METERS = 10_000;

  private static final MatchKind[] KINDS = MatchKind.values();

  /** The bit that marks a station of the older atlas in {@link #byCountyAndNumber}. */
  private static final int OLDER = 0x8000_0000;

  private final StationFingerprints before;
  private final StationFingerprints after;
  private final int[] afterOf;
  private final int[] beforeOf;

  /** Per station before: 0 when unmatched, else 1 + the ordinal of its {@link MatchKind}. */
  private final byte[] how;

  private final int[] landmark;
  private final BitSet changed = new BitSet();
  private final BitSet wantedAfter = new BitSet();
  private final int removed;
  private final int added;
  private final int changedCount;
  private final int renamed;

  private StationMatching(StationFingerprints before, StationFingerprints after) {
    this.before = before;
    this.after = after;
    int n = before.size();
    int m = after.size();
    afterOf = new int[n];
    beforeOf = new int[m];
    how = new byte[n];
    landmark = new int[n];
    Arrays.fill(afterOf, -1);
    Arrays.fill(beforeOf, -1);
    Arrays.fill(landmark, -1);
    byId();
    byCountyAndNumber();
    byPlaceAndName();
    int removedCount = 0;
    int changes = 0;
    int renames = 0;
    for (int i = 0; i < n; i++) {
      int j = afterOf[i];
      if (j < 0) {
        removedCount++;
      } else if (!before.sameContent(i, after, j)) {
        changed.set(i);
        changes++;
        wantedAfter.set(j);
        if (how[i] != 1 + MatchKind.ID.ordinal()) {
          renames++;
        }
      }
    }
    int addedCount = 0;
    for (int j = 0; j < m; j++) {
      if (beforeOf[j] < 0) {
        addedCount++;
        wantedAfter.set(j);
      }
    }
    removed = removedCount;
    added = addedCount;
    changedCount = changes;
    renamed = renames;
    landmarks();
  }

  /**
   * {@return the matching of the stations of two atlases}
   *
   * @param before the fingerprints of the older atlas, all its stations accepted, not null
   * @param after the fingerprints of the newer atlas, all its stations accepted, not null
   */
  public static StationMatching between(StationFingerprints before, StationFingerprints after) {
    return new StationMatching(requireNonNull(before, "before"), requireNonNull(after, "after"));
  }

  private void pair(int i, int j, MatchKind kind) {
    afterOf[i] = j;
    beforeOf[j] = i;
    how[i] = (byte) (1 + kind.ordinal());
  }

  private void byId() {
    Tables afterIds = new Tables(after.size());
    for (int j = 0; j < after.size(); j++) {
      afterIds.putUnique(after.ids().hash(j), j);
    }
    for (int i = 0; i < before.size(); i++) {
      int j = afterIds.get(before.ids().hash(i));
      if (j >= 0 && beforeOf[j] < 0 && before.ids().same(i, after.ids(), j)) {
        pair(i, j, MatchKind.ID);
      }
    }
  }

  /**
   * Pairs the stations left whose county and number are those of exactly one station left on each
   * side: two stations numbered 7 in one county are no evidence which became which. The stations
   * left of both sides go by county into runs of {@code long}s, the number above and the position
   * below (an older station's with its top bit set), so that sorting a run puts equal numbers
   * together; 8 bytes a station left, in one array a county, where two hash tables took 48.
   */
  private void byCountyAndNumber() {
    int counties = after.countyCount();
    int[] codeOf = new int[before.countyCount()];
    for (int c = 0; c < codeOf.length; c++) {
      codeOf[c] = after.countyCode(before.countyIdOf(c));
    }
    int[] counts = new int[counties];
    for (int j = 0; j < after.size(); j++) {
      if (beforeOf[j] < 0) {
        counts[after.countyCode(j)]++;
      }
    }
    for (int i = 0; i < before.size(); i++) {
      int code = codeOf[before.countyCode(i)];
      if (afterOf[i] < 0 && code >= 0) {
        counts[code]++;
      }
    }
    long[][] runs = new long[counties][];
    for (int c = 0; c < counties; c++) {
      runs[c] = new long[counts[c]];
      counts[c] = 0;
    }
    for (int j = 0; j < after.size(); j++) {
      if (beforeOf[j] < 0) {
        int code = after.countyCode(j);
        runs[code][counts[code]++] = entry(after.number(j), j);
      }
    }
    for (int i = 0; i < before.size(); i++) {
      int code = codeOf[before.countyCode(i)];
      if (afterOf[i] < 0 && code >= 0) {
        runs[code][counts[code]++] = entry(before.number(i), OLDER | i);
      }
    }
    for (int c = 0; c < counties; c++) {
      long[] run = runs[c];
      runs[c] = null;
      Arrays.sort(run);
      for (int k = 0; k < run.length; ) {
        int end = k + 1;
        while (end < run.length && run[end] >>> 32 == run[k] >>> 32) {
          end++;
        }
        // Newer stations sort first within a number: a pair is one newer then one older.
        if (end - k == 2 && ((int) run[k] & OLDER) == 0 && ((int) run[k + 1] & OLDER) != 0) {
          pair((int) run[k + 1] & ~OLDER, (int) run[k], MatchKind.COUNTY_AND_NUMBER);
        }
        k = end;
      }
    }
  }

  private static long entry(int number, int tagged) {
    return ((long) number << 32) | (tagged & 0xffffffffL);
  }

  private void byPlaceAndName() {
    Grid unmatched = new Grid(after, 0.005, j -> beforeOf[j] < 0);
    for (int i = 0; i < before.size(); i++) {
      if (afterOf[i] >= 0 || !before.hasLocation(i)) {
        continue;
      }
      long name = before.nameHash(i);
      int[] best = {-1};
      double[] nearest = {Double.MAX_VALUE};
      unmatched.around(
          before.latitude(i),
          before.longitude(i),
          1,
          (j, meters) -> {
            if (beforeOf[j] < 0
                && after.nameHash(j) == name
                && meters <= SAME_PLACE_METERS
                && (meters < nearest[0] || (meters == nearest[0] && j < best[0]))) {
              best[0] = j;
              nearest[0] = meters;
            }
          });
      if (best[0] >= 0) {
        pair(i, best[0], MatchKind.PLACE_AND_NAME);
      }
    }
  }

  /** For each changed station that stands elsewhere now, the station nearest its new place. */
  private void landmarks() {
    Grid all = new Grid(after, 0.01, j -> true);
    double cellMeters = 0.01 * 111_000;
    for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
      int self = afterOf[i];
      double moved = before.meters(i, after, self);
      if (!(moved > 0)) {
        continue;
      }
      double lat = after.latitude(self);
      double lon = after.longitude(self);
      // A cell is narrower east to west than north to south, by the cosine of the latitude.
      double reach = cellMeters * Math.max(0.1, Math.cos(Math.toRadians(lat)));
      int[] best = {-1};
      double[] nearest = {Double.MAX_VALUE};
      for (int ring = 0; ring * reach <= LANDMARK_METERS + reach; ring++) {
        all.ring(
            lat,
            lon,
            ring,
            (j, meters) -> {
              if (j != self
                  && meters <= LANDMARK_METERS
                  && (meters < nearest[0] || (meters == nearest[0] && j < best[0]))) {
                best[0] = j;
                nearest[0] = meters;
              }
            });
        // Every station of a further ring is at least ring * reach away.
        if (best[0] >= 0 && nearest[0] <= ring * reach) {
          break;
        }
      }
      if (best[0] >= 0) {
        landmark[i] = best[0];
        wantedAfter.set(best[0]);
      }
    }
  }

  /** {@return the fingerprints of the older atlas} */
  public StationFingerprints before() {
    return before;
  }

  /** {@return the fingerprints of the newer atlas} */
  public StationFingerprints after() {
    return after;
  }

  /**
   * {@return the index in the newer atlas of the station that the station at {@code beforeIndex}
   * became, or -1 if it was removed}
   *
   * @param beforeIndex the station's position in the older atlas
   * @throws IndexOutOfBoundsException if the older atlas has no station there
   */
  public int afterIndexOf(int beforeIndex) {
    return afterOf[beforeIndex];
  }

  /**
   * {@return the index in the older atlas of the station that became the station at {@code
   * afterIndex}, or -1 if it was added}
   *
   * @param afterIndex the station's position in the newer atlas
   * @throws IndexOutOfBoundsException if the newer atlas has no station there
   */
  public int beforeIndexOf(int afterIndex) {
    return beforeOf[afterIndex];
  }

  /**
   * {@return how the station at {@code beforeIndex} was matched; empty if it was removed}
   *
   * @param beforeIndex the station's position in the older atlas
   * @throws IndexOutOfBoundsException if the older atlas has no station there
   */
  public Optional<MatchKind> how(int beforeIndex) {
    int kind = how[beforeIndex];
    return kind == 0 ? Optional.empty() : Optional.of(KINDS[kind - 1]);
  }

  /**
   * {@return whether the station at {@code beforeIndex} was matched and holds something else now
   * (its id too)}
   *
   * @param beforeIndex the station's position in the older atlas
   * @throws IndexOutOfBoundsException if the older atlas has no station there
   */
  public boolean isChanged(int beforeIndex) {
    if (beforeIndex < 0 || beforeIndex >= before.size()) {
      throw new IndexOutOfBoundsException(beforeIndex);
    }
    return changed.get(beforeIndex);
  }

  /**
   * {@return the index in the newer atlas of the station nearest to where the station at {@code
   * beforeIndex} stands now, other than itself and within 10 km, if it moved; else -1}
   *
   * @param beforeIndex the station's position in the older atlas
   * @throws IndexOutOfBoundsException if the older atlas has no station there
   */
  public int landmarkOf(int beforeIndex) {
    return landmark[beforeIndex];
  }

  /**
   * {@return whether a detailed comparison needs the station at {@code beforeIndex} again: it was
   * removed or changed}
   *
   * @param beforeIndex the station's position in the older atlas
   * @throws IndexOutOfBoundsException if the older atlas has no station there
   */
  public boolean needsBefore(int beforeIndex) {
    return afterOf[beforeIndex] < 0 || changed.get(beforeIndex);
  }

  /**
   * {@return whether a detailed comparison needs the station at {@code afterIndex} again: it was
   * added or changed, or it is where a moved station now stands near}
   *
   * @param afterIndex the station's position in the newer atlas
   * @throws IndexOutOfBoundsException if the newer atlas has no station there
   */
  public boolean needsAfter(int afterIndex) {
    if (afterIndex < 0 || afterIndex >= after.size()) {
      throw new IndexOutOfBoundsException(afterIndex);
    }
    return wantedAfter.get(afterIndex);
  }

  /** {@return how many stations of the older atlas match none of the newer} */
  public int removedCount() {
    return removed;
  }

  /** {@return how many stations of the newer atlas match none of the older} */
  public int addedCount() {
    return added;
  }

  /** {@return how many matched stations hold something else now, id changes included} */
  public int changedCount() {
    return changedCount;
  }

  /** {@return how many matched stations have another id now} */
  public int renamedCount() {
    return renamed;
  }

  /** {@return whether the stations of both atlases are the same, whatever their order} */
  public boolean isSame() {
    return removed == 0 && added == 0 && changedCount == 0;
  }
}
