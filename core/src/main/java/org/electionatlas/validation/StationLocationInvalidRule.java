package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;

/** A station's location is a valid WGS84 point. */
final class StationLocationInvalidRule extends EachStationRule {

  StationLocationInvalidRule() {
    super(
        "station-location-invalid",
        Severity.ERROR,
        "A polling station's location must have a latitude in [-90, 90] and a longitude in [-180,"
            + " 180]",
        "Maps, routing of ballot boxes and the location rules all need a real point. A latitude of"
            + " 312656 is a lost decimal point; one beyond 90 is often a longitude in the latitude"
            + " field. Such a station cannot be found on any map. Each bad coordinate is reported"
            + " at its own pointer.",
        """
        "pollingStations": [{"id": "ravar-0001", "location": {"lat": 312.656, "lon": 56.8055}}]""",
        """
        "pollingStations": [{"id": "ravar-0001", "location": {"lat": 31.2656, "lon": 56.8055}}]""");
  }

  /** Whether the point's coordinates are finite and within valid degrees. */
  static boolean isValid(Location location) {
    return location.isValid();
  }

  private static boolean validLat(double lat) {
    return Location.isValidLatitude(lat);
  }

  private static boolean validLon(double lon) {
    return Location.isValidLongitude(lon);
  }

  @Override
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
    if (station.location().isEmpty()) {
      return;
    }
    Location location = station.location().get();
    if (!validLat(location.lat())) {
      findings.report(
          POLLING_STATION.pointer(i) + "/location/lat",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " has latitude "
              + location.lat()
              + "; a latitude lies in -90 to 90 degrees");
    }
    if (!validLon(location.lon())) {
      findings.report(
          POLLING_STATION.pointer(i) + "/location/lon",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " has longitude "
              + location.lon()
              + "; a longitude lies in -180 to 180 degrees");
    }
  }
}
