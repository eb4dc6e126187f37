package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.LocalizedName;

/**
 * The changes of polling stations summed up per county and per province: each {@link AreaChange}
 * where stations were added, removed or moved, or expected voters changed. Worked out from the
 * {@link StationMatching} alone, so it costs no second read of either atlas.
 *
 * <p>A station's county is the one it names in each atlas; a county's province is the one the newer
 * atlas gives it, else the older. Stations of a county neither atlas lists count for the county but
 * for no province.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AreaSummary {

  private final List<AreaChange> counties;
  private final List<AreaChange> provinces;

  private AreaSummary(List<AreaChange> counties, List<AreaChange> provinces) {
    this.counties = List.copyOf(counties);
    this.provinces = List.copyOf(provinces);
  }

  /**
   * {@return the summary of the matched stations of two atlases}
   *
   * @param beforeFrame the older atlas, of which only the counties and provinces are read, not null
   * @param afterFrame the newer atlas, likewise, not null
   * @param matching the matching of the two atlases' stations, not null
   */
  public static AreaSummary of(Atlas beforeFrame, Atlas afterFrame, StationMatching matching) {
    requireNonNull(beforeFrame, "beforeFrame");
    requireNonNull(afterFrame, "afterFrame");
    StationFingerprints before = matching.before();
    StationFingerprints after = matching.after();
    Map<String, long[]> byCounty = new LinkedHashMap<>();
    // Counties in the order of the newer atlas, then those only the older lists.
    afterFrame.counties().forEach(c -> byCounty.putIfAbsent(c.id(), counts()));
    beforeFrame.counties().forEach(c -> byCounty.putIfAbsent(c.id(), counts()));
    Map<String, long[]> unlisted = new TreeMap<>();
    for (int i = 0; i < before.size(); i++) {
      long[] county = of(byCounty, unlisted, before.county(i));
      county[AreaChange.Counts.STATIONS_BEFORE]++;
      county[AreaChange.Counts.VOTERS_BEFORE] += before.expectedVoters(i);
      int j = matching.afterIndexOf(i);
      if (j < 0) {
        county[AreaChange.Counts.REMOVED]++;
      } else if (!before.county(i).equals(after.county(j))) {
        county[AreaChange.Counts.MOVED_OUT]++;
        of(byCounty, unlisted, after.county(j))[AreaChange.Counts.MOVED_IN]++;
      }
    }
    for (int j = 0; j < after.size(); j++) {
      long[] county = of(byCounty, unlisted, after.county(j));
      county[AreaChange.Counts.STATIONS_AFTER]++;
      county[AreaChange.Counts.VOTERS_AFTER] += after.expectedVoters(j);
      if (matching.beforeIndexOf(j) < 0) {
        county[AreaChange.Counts.ADDED]++;
      }
    }
    byCounty.putAll(unlisted);

    Map<String, County> counties = new LinkedHashMap<>();
    beforeFrame.counties().forEach(c -> counties.putIfAbsent(c.id(), c));
    afterFrame.counties().forEach(c -> counties.put(c.id(), c));
    Map<String, LocalizedName> provinceNames = new LinkedHashMap<>();
    afterFrame.provinces().forEach(p -> provinceNames.putIfAbsent(p.id(), p.name()));
    beforeFrame.provinces().forEach(p -> provinceNames.putIfAbsent(p.id(), p.name()));
    Map<String, long[]> byProvince = new LinkedHashMap<>();
    provinceNames.keySet().forEach(id -> byProvince.put(id, counts()));

    List<AreaChange> countyChanges = new ArrayList<>();
    byCounty.forEach(
        (id, figures) -> {
          County county = counties.get(id);
          if (AreaChange.Counts.changed(figures)) {
            countyChanges.add(
                new AreaChange(
                    EntityKind.COUNTY, id, county == null ? null : county.name(), figures));
          }
          if (county != null) {
            long[] province = byProvince.computeIfAbsent(county.province(), p -> counts());
            for (int k = 0; k < AreaChange.Counts.SIZE; k++) {
              province[k] += figures[k];
            }
          }
        });
    correctMovesWithinProvinces(before, after, matching, counties, byProvince);
    List<AreaChange> provinceChanges = new ArrayList<>();
    byProvince.forEach(
        (id, figures) -> {
          if (AreaChange.Counts.changed(figures)) {
            provinceChanges.add(
                new AreaChange(EntityKind.PROVINCE, id, provinceNames.get(id), figures));
          }
        });
    return new AreaSummary(countyChanges, provinceChanges);
  }

  /**
   * A move between two counties of one province is no move for the province: takes those back out
   * of the sums of its counties.
   */
  private static void correctMovesWithinProvinces(
      StationFingerprints before,
      StationFingerprints after,
      StationMatching matching,
      Map<String, County> counties,
      Map<String, long[]> byProvince) {
    for (int i = 0; i < before.size(); i++) {
      int j = matching.afterIndexOf(i);
      if (j < 0 || before.county(i).equals(after.county(j))) {
        continue;
      }
      County from = counties.get(before.county(i));
      County to = counties.get(after.county(j));
      if (from != null && to != null && from.province().equals(to.province())) {
        long[] province = byProvince.computeIfAbsent(from.province(), p -> counts());
        province[AreaChange.Counts.MOVED_OUT]--;
        province[AreaChange.Counts.MOVED_IN]--;
      }
    }
  }

  private static long[] counts() {
    return new long[AreaChange.Counts.SIZE];
  }

  private static long[] of(Map<String, long[]> listed, Map<String, long[]> unlisted, String id) {
    long[] figures = listed.get(id);
    return figures != null ? figures : unlisted.computeIfAbsent(id, c -> counts());
  }

  /** {@return the counties whose stations or voters changed, in the newer atlas's order} */
  public List<AreaChange> counties() {
    return counties;
  }

  /** {@return the provinces whose stations or voters changed, in the newer atlas's order} */
  public List<AreaChange> provinces() {
    return provinces;
  }

  /** {@return whether no county's stations or voters changed} */
  public boolean isEmpty() {
    return counties.isEmpty();
  }
}
