package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Staff;

/** A station has at least the policy's minimum of observers. */
final class StationObserverMissingRule extends EachStationRule {

  StationObserverMissingRule() {
    super(
        "station-observer-missing",
        Severity.WARNING,
        "A polling station should have at least the policy's minimum of observers (1 unless set)",
        "Observers (of the supervisory boards and the Guardian Council) are what makes a station's"
            + " count trusted by those who did not run it; a station nobody observes is where"
            + " complaints about the result concentrate. A station without a staff entry is not"
            + " reported: the atlas does not say.",
        """
        "pollingStations": [{"id": "anar-0001", "staff": {"officials": 5, "observers": 0}}]""",
        """
        "pollingStations": [{"id": "anar-0001", "staff": {"officials": 5, "observers": 2}}]""");
  }

  @Override
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
    int minimum = findings.policy().minObservers();
    if (station.staff().isEmpty()) {
      return;
    }
    Staff staff = station.staff().get();
    if (staff.observers() < minimum) {
      findings.report(
          POLLING_STATION.pointer(i) + "/staff/observers",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " has "
              + Describe.count(staff.observers(), "observer", "observers")
              + "; at least "
              + minimum
              + " should watch every station");
    }
  }
}
