package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Staff;

/** A station has at least the policy's minimum of officials. */
final class StationOfficialsTooFewRule extends EachStationRule {

  StationOfficialsTooFewRule() {
    super(
        "station-officials-too-few",
        Severity.ERROR,
        "A polling station must have at least the policy's minimum of officials (5 unless set)",
        "The Majlis election law (art. 40) has each station run by five trusted local people"
            + " chosen by the county's executive board: they check identities, hand out ballots,"
            + " watch the box and sign the count together. With fewer, a station cannot lawfully"
            + " open or its count can be contested. A station without a staff entry is not"
            + " reported: the atlas does not say, and the rule does not guess.",
        """
        "pollingStations": [{"id": "anar-0001", "staff": {"officials": 3, "observers": 1}}]""",
        """
        "pollingStations": [{"id": "anar-0001", "staff": {"officials": 5, "observers": 1}}]""");
  }

  @Override
  void check(Atlas frame, int i, PollingStation station, Findings findings) {
    int minimum = findings.policy().minOfficials();
    if (station.staff().isEmpty()) {
      return;
    }
    Staff staff = station.staff().get();
    if (staff.officials() < minimum) {
      findings.report(
          POLLING_STATION.pointer(i) + "/staff/officials",
          station.id(),
          Describe.entity(POLLING_STATION, station)
              + " has "
              + Describe.count(staff.officials(), "official", "officials")
              + "; at least "
              + minimum
              + " are needed to run a station");
    }
  }
}
