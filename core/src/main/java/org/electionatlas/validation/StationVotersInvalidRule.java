package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/** A station expects at least one voter. */
final class StationVotersInvalidRule extends EachStationRule {

  StationVotersInvalidRule() {
    super(
        "station-voters-invalid",
        Severity.ERROR,
        "A polling station must expect at least one voter",
        "Ballots, ink, staff and transport are allocated by expected voters. A station that"
            + " expects none (or a negative number, an import error) receives nothing, and its"
            + " county's coverage cannot be judged until the count is fixed.",
        """
        "pollingStations": [{"id": "ravar-0001", "county": "ravar", "expectedVoters": 0}]""",
        """
        "pollingStations": [{"id": "ravar-0001", "county": "ravar", "expectedVoters": 900}]""");
  }

  @Override
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
    if (station.expectedVoters() <= 0) {
      findings.report(
          POLLING_STATION.pointer(i) + "/expectedVoters",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " expects "
              + Describe.number(station.expectedVoters())
              + " voters; a station expects at least 1");
    }
  }
}
