package org.electionatlas.validation;

import static org.electionatlas.model.BoundingBox.IRAN;
import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.County;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;

/**
 * A station lies near its county's other stations. Per county, the median point of its stations
 * (the median latitude and the median longitude, each taken alone) and their spread (the median of
 * their distances to that point) are robust: a few stray points move neither. A station farther
 * from its county's median point than {@value #SPREADS} spreads, and than {@value #FLOOR_KM} km in
 * any case, is reported, with the county whose median point is nearest to it when it lies within
 * that county's own limit.
 *
 * <p>Why 8 and 40 km: where most of a county's stations are in its town, the spread is the town's
 * size (about 5 km) and its villages lie several spreads out; in the bundled Kerman atlas the
 * farthest station of a county lies up to 6.6 spreads from its median point, and points spread
 * evenly over a box lie at most about 2. Eight spreads leaves those be. The floor keeps a compact
 * county's own villages (within about 30 km of its town) from being reported, while the towns of
 * neighbouring counties lie 40 to 150 km apart: a point copied from another county's row is usually
 * farther out than both.
 *
 * <p>Counties with fewer than {@value #MIN_STATIONS} stations placed are not judged: with fewer,
 * three or four stations that happen to stand together set the spread, and a county's ordinary
 * village looks far. Stations without a valid location, outside Iran, or outside their province's
 * valid box are left to the rules that report those, and do not count. Each station of a known
 * county keeps 12 bytes (two floats and the county's position) until the end, where each county's
 * three medians are selected, not sorted, in linear time (n log n at worst), and each station's
 * distance to its county's median point is computed once.
 */
final class StationLocationFarFromCountyRule implements Rule {

  /** How many spreads from its county's median point a station may lie. */
  static final int SPREADS = 8;

  /** The least distance a station may lie from its county's median point, in km. */
  static final int FLOOR_KM = 40;

  /** The fewest stations placed in a county for it to be judged. */
  static final int MIN_STATIONS = 8;

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-location-far-from-county")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station should lie near its county's other stations",
                  "شعبهٔ اخذ رأی باید نزدیک دیگر شعبه‌های شهرستانش باشد"))
          .rationale(
              Phrase.of(
                  "A station whose coordinates were copied from another county's row lies far"
                      + " from the other stations of its own county, though still inside the"
                      + " province, so no box catches it; ballot boxes would be routed to the"
                      + " wrong town. Per county, the median point of its stations and their"
                      + " spread (the median distance to that point) are robust to a few stray"
                      + " points; a station more than 8 spreads, and more than 40 km, from its"
                      + " county's median point is reported, with the county it looks like it"
                      + " belongs to, if any. Counties with fewer than 8 placed stations are not"
                      + " judged.",
                  "شعبه‌ای که مختصاتش از ردیف شهرستانی دیگر رونویسی شده از دیگر شعبه‌های شهرستان"
                      + " خودش دور می‌افتد، هرچند هنوز درون استان است و هیچ کادری آن را نمی‌گیرد؛"
                      + " صندوق‌ها به شهر نادرست فرستاده می‌شوند. برای هر شهرستان، نقطهٔ میانهٔ"
                      + " شعبه‌ها و پراکندگی آن‌ها (میانهٔ فاصله تا آن نقطه) در برابر چند نقطهٔ"
                      + " سرگردان پایدارند؛ شعبه‌ای که بیش از هشت برابر پراکندگی و بیش از ۴۰"
                      + " کیلومتر از نقطهٔ میانهٔ شهرستانش دور باشد گزارش می‌شود، همراه با"
                      + " شهرستانی که به نظر می‌رسد از آنِ آن باشد، اگر باشد. شهرستان‌هایی که کمتر"
                      + " از هشت شعبهٔ مکان‌دار دارند سنجیده نمی‌شوند."))
          .violatingExample(
              """
              "counties": [{"id": "ravar", "province": "kerman"}],
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}},
                {"id": "ravar-0002", "county": "ravar", "location": {"lat": 31.2702, "lon": 56.8091}},
                {"id": "ravar-0003", "county": "ravar", "location": {"lat": 31.2590, "lon": 56.7990}},
                {"id": "ravar-0004", "county": "ravar", "location": {"lat": 31.2811, "lon": 56.8150}},
                {"id": "ravar-0005", "county": "ravar", "location": {"lat": 31.2555, "lon": 56.8302}},
                {"id": "ravar-0006", "county": "ravar", "location": {"lat": 31.1420, "lon": 56.9010}},
                {"id": "ravar-0007", "county": "ravar", "location": {"lat": 31.3904, "lon": 56.6702}},
                {"id": "ravar-0008", "county": "ravar", "location": {"lat": 30.2839, "lon": 57.0834}}
              ]""")
          .passingExample(
              """
              "counties": [{"id": "ravar", "province": "kerman"}],
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}},
                {"id": "ravar-0002", "county": "ravar", "location": {"lat": 31.2702, "lon": 56.8091}},
                {"id": "ravar-0003", "county": "ravar", "location": {"lat": 31.2590, "lon": 56.7990}},
                {"id": "ravar-0004", "county": "ravar", "location": {"lat": 31.2811, "lon": 56.8150}},
                {"id": "ravar-0005", "county": "ravar", "location": {"lat": 31.2555, "lon": 56.8302}},
                {"id": "ravar-0006", "county": "ravar", "location": {"lat": 31.1420, "lon": 56.9010}},
                {"id": "ravar-0007", "county": "ravar", "location": {"lat": 31.3904, "lon": 56.6702}},
                {"id": "ravar-0008", "county": "ravar", "location": {"lat": 31.2133, "lon": 56.7561}}
              ]""")
          .addTags("geography", "stations")
          .build();

  private static final MessageTemplate FAR =
      MessageTemplate.of(
          "station-location-far-from-county",
          "{station} lies {distance} from the median point of the stations of its {county} ({lat},"
              + " {lon}), farther than {limit}; its coordinates may have been copied from another"
              + " county's row",
          "{station} {distance} از نقطهٔ میانهٔ شعبه‌های {county} که شهرستان آن است ({lat}، {lon})"
              + " فاصله دارد، بیش از {limit}؛ شاید مختصاتش از ردیف شهرستانی دیگر رونویسی شده"
              + " باشد");

  private static final MessageTemplate FAR_NEAR_OTHER =
      MessageTemplate.of(
          "station-location-far-from-county.other",
          "{station} lies {distance} from the median point of the stations of its {county} ({lat},"
              + " {lon}), farther than {limit}, but {otherDistance} from that of {other}, among"
              + " whose stations it would fit; its coordinates may have been copied from a row of"
              + " {other}",
          "{station} {distance} از نقطهٔ میانهٔ شعبه‌های {county} که شهرستان آن است ({lat}، {lon})"
              + " فاصله دارد، بیش از {limit}، ولی تنها {otherDistance} از نقطهٔ میانهٔ {other}"
              + " که در میان شعبه‌هایش جا می‌گیرد؛ شاید مختصاتش از ردیفی از {other} رونویسی شده"
              + " باشد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    return new RuleCheck() {
      private float[] lat = new float[1 << 8];
      private float[] lon = new float[1 << 8];

      /** The county's position, or -1 for a station that is not placed or not judged. */
      private int[] county = new int[1 << 8];

      private int size;

      @Override
      public void station(int i, PollingStation station) {
        if (i == lat.length) {
          lat = Arrays.copyOf(lat, i * 2);
          lon = Arrays.copyOf(lon, i * 2);
          county = Arrays.copyOf(county, i * 2);
        }
        county[i] = placed(station) ? index.position(COUNTY, station.county()).orElse(-1) : -1;
        if (county[i] >= 0) {
          lat[i] = (float) station.location().get().lat();
          lon[i] = (float) station.location().get().lon();
        }
        size = i + 1;
      }

      /** Whether the station's point is one this rule may judge: plausible in its province. */
      private boolean placed(PollingStation station) {
        if (station.location().isEmpty()) {
          return false;
        }
        Location location = station.location().get();
        if (!location.isValid() || !IRAN.contains(location)) {
          return false;
        }
        Optional<BoundingBox> box = index.provinceOf(station).flatMap(Province::boundingBox);
        return box.isEmpty() || !box.get().isValid() || box.get().contains(location);
      }

      @Override
      public void end() {
        new Judgement(counties.size(), size, lat, lon, county).report(counties, context);
      }
    };
  }

  /** The medians, spreads and limits of the counties, and the stations beyond their limit. */
  private static final class Judgement {
    private final float[] lat;
    private final float[] lon;
    private final int[] county;
    private final int size;

    /** Per county position: its median point and limit in metres, NaN for counties not judged. */
    private final double[] medianLat;

    private final double[] medianLon;
    private final double[] limit;

    /**
     * The judged counties' positions, ordered by median latitude, for the nearest-county search.
     */
    private final int[] byLatitude;

    private final double widestLimit;

    /** Each judged station's distance to its county's median point, in metres. */
    private final double[] fromMedian;

    Judgement(int counties, int size, float[] lat, float[] lon, int[] county) {
      this.lat = lat;
      this.lon = lon;
      this.county = county;
      this.size = size;
      medianLat = new double[counties];
      medianLon = new double[counties];
      limit = new double[counties];
      Arrays.fill(limit, Double.NaN);
      // The stations grouped by county: a counting sort of their positions.
      int[] start = new int[counties + 1];
      for (int i = 0; i < size; i++) {
        if (county[i] >= 0) {
          start[county[i] + 1]++;
        }
      }
      for (int c = 0; c < counties; c++) {
        start[c + 1] += start[c];
      }
      int[] grouped = new int[start[counties]];
      int[] next = Arrays.copyOf(start, counties);
      for (int i = 0; i < size; i++) {
        if (county[i] >= 0) {
          grouped[next[county[i]]++] = i;
        }
      }
      int largest = 0;
      for (int c = 0; c < counties; c++) {
        largest = Math.max(largest, start[c + 1] - start[c]);
      }
      // One county's values at a time: 8 bytes for each station of the largest county.
      double[] scratch = new double[largest];
      fromMedian = new double[size];
      int judged = 0;
      double widest = 0;
      for (int c = 0; c < counties; c++) {
        int from = start[c];
        int n = start[c + 1] - from;
        if (n < MIN_STATIONS) {
          continue;
        }
        for (int k = 0; k < n; k++) {
          scratch[k] = lat[grouped[from + k]];
        }
        medianLat[c] = median(scratch, n);
        for (int k = 0; k < n; k++) {
          scratch[k] = lon[grouped[from + k]];
        }
        medianLon[c] = median(scratch, n);
        for (int k = 0; k < n; k++) {
          int i = grouped[from + k];
          fromMedian[i] = meters(lat[i], lon[i], medianLat[c], medianLon[c]);
          scratch[k] = fromMedian[i];
        }
        limit[c] = Math.max(SPREADS * median(scratch, n), FLOOR_KM * 1000.0);
        widest = Math.max(widest, limit[c]);
        judged++;
      }
      widestLimit = widest;
      Integer[] order = new Integer[judged];
      for (int c = 0, k = 0; c < counties; c++) {
        if (!Double.isNaN(limit[c])) {
          order[k++] = c;
        }
      }
      Arrays.sort(order, (a, b) -> Double.compare(medianLat[a], medianLat[b]));
      byLatitude = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    void report(List<County> counties, RuleContext context) {
      StationIds ids = context.stations();
      for (int i = 0; i < size; i++) {
        int c = county[i];
        if (c < 0 || Double.isNaN(limit[c])) {
          continue;
        }
        double distance = fromMedian[i];
        if (distance <= limit[c]) {
          continue;
        }
        int other = nearestOther(i, c);
        Message message =
            other < 0
                ? FAR.message()
                : FAR_NEAR_OTHER
                    .with("other", Argument.entity(COUNTY, counties.get(other)))
                    .with(
                        "otherDistance",
                        Argument.distance(
                            meters(lat[i], lon[i], medianLat[other], medianLon[other])));
        context.report(
            POLLING_STATION.pointer(i) + "/location",
            ids.idAt(i),
            message
                .with("station", Argument.entity(POLLING_STATION, ids.idAt(i)))
                .with("distance", Argument.distance(distance))
                .with("county", Argument.entity(COUNTY, counties.get(c)))
                .with("lat", Coordinates.degrees(medianLat[c]))
                .with("lon", Coordinates.degrees(medianLon[c]))
                .with("limit", Argument.distance(limit[c])));
      }
    }

    /**
     * The judged county other than {@code own} whose median point is nearest the station and within
     * that county's limit, or -1. Only counties whose median latitude is within the widest limit of
     * the station's are looked at, found by binary search.
     */
    private int nearestOther(int i, int own) {
      double band = Math.toDegrees(widestLimit / Location.EARTH_RADIUS_M);
      int from = lowerBound(lat[i] - band);
      int best = -1;
      double bestDistance = Double.POSITIVE_INFINITY;
      for (int k = from; k < byLatitude.length && medianLat[byLatitude[k]] <= lat[i] + band; k++) {
        int c = byLatitude[k];
        if (c == own) {
          continue;
        }
        double d = meters(lat[i], lon[i], medianLat[c], medianLon[c]);
        if (d <= limit[c] && d < bestDistance) {
          best = c;
          bestDistance = d;
        }
      }
      return best;
    }

    /** The first position in {@link #byLatitude} whose median latitude is at least {@code lat}. */
    private int lowerBound(double lat) {
      int low = 0;
      int high = byLatitude.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (medianLat[byLatitude[mid]] < lat) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  /**
   * The median of {@code values[0..n)}, which it reorders; the mean of the middle two for even n.
   * The values are finite and never -0.0 (coordinates within Iran, distances), so that comparing
   * them with {@code <} orders them as sorting would, and the median is the one sorting gives.
   */
  static double median(double[] values, int n) {
    int middle = n / 2;
    select(values, n, middle);
    if (n % 2 == 1) {
      return values[middle];
    }
    // Selection leaves the values before the middle no greater than it: the largest of them is the
    // other middle value.
    double below = values[0];
    for (int k = 1; k < middle; k++) {
      below = Math.max(below, values[k]);
    }
    return (below + values[middle]) / 2;
  }

  /**
   * Puts the value that sorting would put at {@code k} there, the values before it no greater and
   * those after it no smaller: quickselect with the median of three as pivot, linear on average; a
   * range still unsettled after twice log2 n rounds is sorted, so that no input makes it quadratic.
   */
  private static void select(double[] values, int n, int k) {
    int low = 0;
    int high = n - 1;
    int rounds = 2 * (32 - Integer.numberOfLeadingZeros(n));
    while (high > low) {
      if (high - low < 16 || rounds-- == 0) {
        Arrays.sort(values, low, high + 1);
        return;
      }
      int mid = (low + high) >>> 1;
      if (values[mid] < values[low]) {
        swap(values, mid, low);
      }
      if (values[high] < values[low]) {
        swap(values, high, low);
      }
      if (values[high] < values[mid]) {
        swap(values, high, mid);
      }
      double pivot = values[mid];
      int i = low;
      int j = high;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(values, i, j);
          i++;
          j--;
        }
      }
      // Now values[low..j] <= pivot, values[i..high] >= pivot, and those between equal it.
      if (k <= j) {
        high = j;
      } else if (k >= i) {
        low = i;
      } else {
        return;
      }
    }
  }

  private static void swap(double[] values, int i, int j) {
    double v = values[i];
    values[i] = values[j];
    values[j] = v;
  }

  /** The great-circle distance between two points in degrees, in metres. */
  static double meters(double lat1, double lon1, double lat2, double lon2) {
    return Location.metersBetween(lat1, lon1, lat2, lon2);
  }
}
