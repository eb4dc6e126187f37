package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/** A station expects no more voters than the policy's maximum. */
final class StationVotersOverMaximumRule extends EachStationRule {

  StationVotersOverMaximumRule() {
    super(
        "station-voters-over-maximum",
        Severity.WARNING,
        "A polling station should expect no more voters than the policy's maximum (2,500 unless"
            + " set)",
        "Five officials can serve only so many voters in one voting day; beyond that, queues grow,"
            + " hours are extended and voters give up. Iran's election law sets no cap, so the"
            + " maximum is a policy threshold (maxExpectedVoters), and a station above it is"
            + " usually one that should be split or a count that was typed with an extra digit.",
        """
        "pollingStations": [{"id": "kerman-0001", "county": "kerman", "expectedVoters": 4200}]""",
        """
        "pollingStations": [
          {"id": "kerman-0001", "county": "kerman", "expectedVoters": 2100},
          {"id": "kerman-0002", "county": "kerman", "expectedVoters": 2100}
        ]""");
  }

  @Override
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
    int maximum = findings.policy().maxExpectedVoters();
    if (station.expectedVoters() > maximum) {
      findings.report(
          POLLING_STATION.pointer(i) + "/expectedVoters",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " expects "
              + Describe.number(station.expectedVoters())
              + " voters, "
              + Describe.number((long) station.expectedVoters() - maximum)
              + " more than the policy's maximum of "
              + Describe.number(maximum));
    }
  }
}
