package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.Arrays;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;

/**
 * No two stations of one county stand at the same point. A spatial hash: each station goes into a
 * table under its county and its coordinates rounded to 5 decimals (about 1 m), so one pass finds
 * every repeat without comparing stations in pairs. Each later station is reported once, naming the
 * first at that point by its id (no station's strings are kept).
 */
final class StationLocationDuplicateRule implements Rule {

  /** Coordinates are compared after rounding to this many decimals: about 1.1 m of latitude. */
  static final int DECIMALS = 5;

  private static final double SCALE = Math.pow(10, DECIMALS);

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-location-duplicate")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "Two polling stations of one county should not stand at the same point",
                  "دو شعبهٔ اخذ رأی در یک شهرستان نباید در یک نقطه باشند"))
          .rationale(
              Phrase.of(
                  "Two stations at one point (to 5 decimals, about a metre) are usually one"
                      + " station entered twice, or a location copied from the previous row, so one"
                      + " of them is not where the map says. Several stations in one building (a"
                      + " school with a men's and a women's station) are real: give each its own"
                      + " point, such as its entrance, or accept the warning. Stations of different"
                      + " counties are not compared.",
                  "دو شعبه در یک نقطه (تا پنج رقم اعشار، حدود یک متر) معمولاً یک شعبه است که دو"
                      + " بار وارد شده، یا مکانی که از ردیف پیشین رونویسی شده، پس یکی از آن دو"
                      + " جایی نیست که نقشه می‌گوید. چند شعبه در یک ساختمان (مدرسه‌ای با شعبهٔ"
                      + " مردان و شعبهٔ زنان) واقعی است: به هر کدام نقطهٔ خودش را بدهید، مانند"
                      + " درِ ورودی‌اش، یا هشدار را بپذیرید. شعبه‌های شهرستان‌های مختلف با هم"
                      + " سنجیده نمی‌شوند."))
          .violatingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}},
                {"id": "ravar-0002", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}}
              ]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}},
                {"id": "ravar-0002", "county": "ravar", "location": {"lat": 31.2702, "lon": 56.8091}}
              ]""")
          .addTags("geography", "stations")
          .build();

  private static final MessageTemplate SAME_POINT =
      MessageTemplate.of(
          "station-location-duplicate",
          "{station} stands at {lat}, {lon}, the same point (to {decimals} decimals) as {first} at"
              + " {at} of the same county",
          "{station} در نقطهٔ {lat}، {lon} است، همان نقطهٔ {first} در {at} از همین شهرستان (تا"
              + " {decimals} رقم اعشار)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    StationIds stations = context.stations();
    Points first = new Points();
    return (i, station) -> {
      if (station.location().isEmpty() || !station.location().get().isValid()) {
        return;
      }
      Location location = station.location().get();
      int earlier =
          first.putIfAbsent(
              i,
              first.counties.intern(station.county()),
              (int) Math.round(location.lat() * SCALE),
              (int) Math.round(location.lon() * SCALE));
      if (earlier >= 0) {
        context.report(
            POLLING_STATION.pointer(i) + "/location",
            station.id(),
            Coordinates.point(
                SAME_POINT
                    .with("station", Argument.entity(POLLING_STATION, station))
                    .with("decimals", Argument.number(DECIMALS))
                    .with("first", Argument.entity(POLLING_STATION, stations.idAt(earlier)))
                    .with("at", Argument.text(POLLING_STATION.pointer(earlier))),
                location));
      }
    };
  }

  /**
   * The first station at each point of each county: an open-addressing table of station positions
   * over the county codes and rounded coordinates of those stations, kept in int arrays by
   * position. About 24 to 36 bytes a station.
   */
  private static final class Points {
    private static final int EMPTY = -1;

    final IdTable counties = new IdTable();
    private int[] county = new int[1 << 8];
    private int[] lat = new int[1 << 8];
    private int[] lon = new int[1 << 8];

    /**
     * The hash of each recorded station's point: a probe compares it before the point's three
     * parts, and a rehash reads it rather than hashing them again.
     */
    private int[] hashOf = new int[1 << 8];

    private int[] slots = emptySlots(1 << 9);
    private int size;

    private static int[] emptySlots(int length) {
      int[] slots = new int[length];
      Arrays.fill(slots, EMPTY);
      return slots;
    }

    /**
     * Records station {@code i} at the point unless a station of the county is there already.
     *
     * @return the position of the station already there, or -1
     */
    int putIfAbsent(int i, int countyCode, int latCell, int lonCell) {
      int mask = slots.length - 1;
      int hash = hash(countyCode, latCell, lonCell);
      int slot = hash & mask;
      for (int at = slots[slot]; at != EMPTY; at = slots[slot]) {
        if (hashOf[at] == hash
            && county[at] == countyCode
            && lat[at] == latCell
            && lon[at] == lonCell) {
          return at;
        }
        slot = (slot + 1) & mask;
      }
      if (i >= county.length) {
        int length = Math.max(county.length * 2, i + 1);
        county = Arrays.copyOf(county, length);
        lat = Arrays.copyOf(lat, length);
        lon = Arrays.copyOf(lon, length);
        hashOf = Arrays.copyOf(hashOf, length);
      }
      county[i] = countyCode;
      lat[i] = latCell;
      lon[i] = lonCell;
      hashOf[i] = hash;
      slots[slot] = i;
      size++;
      if (size * 2 > slots.length) {
        int[] old = slots;
        slots = emptySlots(old.length * 2);
        int newMask = slots.length - 1;
        for (int at : old) {
          if (at != EMPTY) {
            int s = hashOf[at] & newMask;
            while (slots[s] != EMPTY) {
              s = (s + 1) & newMask;
            }
            slots[s] = at;
          }
        }
      }
      return EMPTY;
    }

    private static int hash(int countyCode, int latCell, int lonCell) {
      int h = (countyCode * 31 + latCell) * 0x9E3779B9 + lonCell;
      h *= 0x85EBCA6B;
      return h ^ (h >>> 15);
    }
  }
}
