package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;

/** A station lies within Iran's bounding box. */
final class StationLocationOutsideIranRule extends EachStationRule {

  /**
   * Latitude 25.0 to 39.8 N, longitude 44.0 to 63.4 E: Iran's extreme points rounded outward to a
   * tenth of a degree. The extremes are about 39°47′ N (north of Kukh, West Azerbaijan), 25°04′ N
   * (Pasabandar, Sistan and Baluchestan), 44°02′ E (Sufali, West Azerbaijan) and 63°18′ E (near
   * Kuhak, Saravan county), as geography references list them; the Persian Gulf islands lie inside.
   * A box, so it also holds bits of Iraq, Turkey, the Gulf states, Afghanistan and Pakistan: a
   * coarse check that catches swapped or mistyped coordinates, not a border test.
   */
  static final BoundingBox IRAN = BoundingBox.of(25.0, 44.0, 39.8, 63.4);

  StationLocationOutsideIranRule() {
    super(
        "station-location-outside-iran",
        Severity.WARNING,
        "A polling station's location should lie within Iran's bounding box (25.0 to 39.8 N, 44.0"
            + " to 63.4 E)",
        "A point outside Iran is almost always a data-entry slip: latitude and longitude swapped,"
            + " a sign lost, or a point left at 0, 0 by a form. The station then cannot be routed"
            + " to, and maps of the atlas show it in the sea or abroad. Stations abroad (for"
            + " Iranians living there) are not in a province's atlas. The box is Iran's extreme"
            + " points, rounded outward; it is coarse on purpose.",
        """
        "pollingStations": [{"id": "ravar-0001", "location": {"lat": 56.8055, "lon": 31.2656}}]""",
        """
        "pollingStations": [{"id": "ravar-0001", "location": {"lat": 31.2656, "lon": 56.8055}}]""");
  }

  @Override
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
    if (station.location().isEmpty()) {
      return;
    }
    Location location = station.location().get();
    if (!StationLocationInvalidRule.isValid(location) || IRAN.contains(location)) {
      return;
    }
    boolean swapped = IRAN.contains(Location.of(location.lon(), location.lat()));
    findings.report(
        POLLING_STATION.pointer(i) + "/location",
        station.id(),
        Describe.entity(POLLING_STATION, station)
            + " lies at "
            + location.lat()
            + ", "
            + location.lon()
            + ", outside Iran ("
            + ProvinceBoundingBoxInvalidRule.describe(IRAN)
            + ")"
            + (swapped ? "; with latitude and longitude swapped it would lie inside" : ""));
  }
}
