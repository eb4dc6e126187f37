package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;
import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.Optional;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;

/** A station lies within its province's bounding box, when the province has one. */
final class StationLocationOutsideProvinceRule extends EachStationRule {

  StationLocationOutsideProvinceRule() {
    super(
        "station-location-outside-province",
        Severity.WARNING,
        "A polling station's location should lie within its province's bounding box, when the"
            + " province has one",
        "A station placed outside its province is either at the wrong point (copied from a"
            + " station elsewhere, or geocoded to a town of the same name in another province) or"
            + " under the wrong county. Either way the ballot boxes would be sent to the wrong"
            + " place. Stations whose county or province is unknown, whose location is invalid or"
            + " already outside Iran, or whose province's box is invalid are left to the rules"
            + " that report those.",
        """
        "provinces": [{"id": "kerman", "code": "IR-08",
          "boundingBox": {"minLat": 26.4, "minLon": 54.3, "maxLat": 32.0, "maxLon": 59.6}}],
        "pollingStations": [{"id": "ravar-0001", "county": "ravar",
          "location": {"lat": 35.6892, "lon": 51.3890}}]""",
        """
        "provinces": [{"id": "kerman", "code": "IR-08",
          "boundingBox": {"minLat": 26.4, "minLon": 54.3, "maxLat": 32.0, "maxLon": 59.6}}],
        "pollingStations": [{"id": "ravar-0001", "county": "ravar",
          "location": {"lat": 31.2656, "lon": 56.8055}}]""");
  }

  @Override
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
    AtlasIndex index = frame.index();
    if (station.location().isEmpty()) {
      return;
    }
    Location location = station.location().get();
    if (!StationLocationInvalidRule.isValid(location)
        || !StationLocationOutsideIranRule.IRAN.contains(location)) {
      return;
    }
    Optional<Province> province = index.provinceOf(station);
    if (province.isEmpty() || province.get().boundingBox().isEmpty()) {
      return;
    }
    BoundingBox box = province.get().boundingBox().get();
    if (ProvinceBoundingBoxInvalidRule.isValid(box) && !box.contains(location)) {
      findings.report(
          POLLING_STATION.pointer(i) + "/location",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " lies at "
              + location.lat()
              + ", "
              + location.lon()
              + ", outside the bounding box of its "
              + Describe.entity(PROVINCE, province.get())
              + " ("
              + ProvinceBoundingBoxInvalidRule.describe(box)
              + ")");
    }
  }
}
