package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;

/**
 * No two stations of one county stand at the same point. A spatial hash: each station goes into a
 * hash map under its county and its coordinates rounded to 5 decimals (about 1 m), so one pass
 * finds every repeat without comparing stations in pairs. Each later station is reported once,
 * naming the first at that point.
 */
final class StationLocationDuplicateRule extends CatalogueRule {

  /** Coordinates are compared after rounding to this many decimals: about 1.1 m of latitude. */
  static final int DECIMALS = 5;

  private static final double SCALE = Math.pow(10, DECIMALS);

  StationLocationDuplicateRule() {
    super(
        "station-location-duplicate",
        Severity.WARNING,
        "Two polling stations of one county should not stand at the same point",
        "Two stations at one point (to 5 decimals, about a metre) are usually one station entered"
            + " twice, or a location copied from the previous row, so one of them is not where the"
            + " map says. Several stations in one building (a school with a men's and a women's"
            + " station) are real: give each its own point, such as its entrance, or accept the"
            + " warning. Stations of different counties are not compared.",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}},
          {"id": "ravar-0002", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}}
        ]""",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "location": {"lat": 31.2656, "lon": 56.8055}},
          {"id": "ravar-0002", "county": "ravar", "location": {"lat": 31.2702, "lon": 56.8091}}
        ]""");
  }

  private record Cell(String county, long lat, long lon) {}

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<PollingStation> stations = atlas.pollingStations();
    Map<Cell, Integer> first = new HashMap<>();
    for (int i = 0; i < stations.size(); i++) {
      PollingStation station = stations.get(i);
      if (station.location().isEmpty()
          || !StationLocationInvalidRule.isValid(station.location().get())) {
        continue;
      }
      Location location = station.location().get();
      Cell cell =
          new Cell(
              station.county(),
              Math.round(location.lat() * SCALE),
              Math.round(location.lon() * SCALE));
      Integer earlier = first.putIfAbsent(cell, i);
      if (earlier != null) {
        findings.report(
            POLLING_STATION.pointer(i) + "/location",
            station.id(),
            Describe.entity(POLLING_STATION, station)
                + " stands at "
                + location.lat()
                + ", "
                + location.lon()
                + ", the same point (to "
                + DECIMALS
                + " decimals) as "
                + Describe.entity(POLLING_STATION, stations.get(earlier))
                + " at "
                + POLLING_STATION.pointer(earlier)
                + " of the same county");
      }
    }
  }
}
