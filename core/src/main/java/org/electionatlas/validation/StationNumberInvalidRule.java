package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/** A station's number is 1 or more. */
final class StationNumberInvalidRule extends CatalogueRule {

  StationNumberInvalidRule() {
    super(
        "station-number-invalid",
        Severity.ERROR,
        "A polling station's number must be 1 or more",
        "Voters, ballot boxes and tally sheets find a station by its number within the county, and"
            + " counties number their stations from 1. A zero or negative number is a placeholder"
            + " or an import error, and the forms printed for that station would carry it.",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 0}
        ]""",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 1}
        ]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<PollingStation> stations = atlas.pollingStations();
    for (int i = 0; i < stations.size(); i++) {
      PollingStation station = stations.get(i);
      if (station.number() < 1) {
        findings.report(
            POLLING_STATION.pointer(i) + "/number",
            station.id(),
            Describe.entity(POLLING_STATION, station)
                + " has number "
                + station.number()
                + "; station numbers start at 1");
      }
    }
  }
}
