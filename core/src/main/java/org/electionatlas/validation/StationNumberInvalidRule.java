package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/** A station's number is 1 or more. */
final class StationNumberInvalidRule extends EachStationRule {

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
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
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
