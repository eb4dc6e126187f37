package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.model.Atlas;

/**
 * No two stations of one county share a number. One pass with a table keyed by county and number,
 * holding the first station's position; each later station is reported once, naming the first by
 * its id (rebuilt from the session's id table, since no station's strings are kept).
 */
final class StationNumberDuplicateRule extends CatalogueRule implements StationRule {

  StationNumberDuplicateRule() {
    super(
        "station-number-duplicate",
        Severity.ERROR,
        "Two polling stations of one county must not share a number",
        "The county's number is how ballot boxes, tally sheets and results are matched to a"
            + " station. Two stations with one number mix their results, or leave one of them"
            + " without forms. Numbers restart in each county, so only stations of the same county"
            + " are compared. Invalid numbers (below 1) are left to station-number-invalid.",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 1},
          {"id": "ravar-0002", "county": "ravar", "number": 1}
        ]""",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 1},
          {"id": "ravar-0002", "county": "ravar", "number": 2},
          {"id": "anar-0001", "county": "anar", "number": 1}
        ]""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    IdTable counties = new IdTable();
    LongIntTable first = new LongIntTable();
    return (i, station) -> {
      if (station.number() < 1) {
        return;
      }
      long key = ((long) counties.intern(station.county()) << 32) | station.number();
      int earlier = first.putIfAbsent(key, i);
      if (earlier != LongIntTable.ABSENT) {
        findings.report(
            POLLING_STATION.pointer(i) + "/number",
            station.id(),
            Describe.entity(POLLING_STATION, station)
                + " has number "
                + station.number()
                + " in county \""
                + station.county()
                + "\", already the number of "
                + POLLING_STATION.noun()
                + " \""
                + stations.idAt(earlier)
                + "\" at "
                + POLLING_STATION.pointer(earlier)
                + "; numbers must differ within a county");
      }
    };
  }
}
