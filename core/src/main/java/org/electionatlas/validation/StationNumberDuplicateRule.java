package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;

/**
 * No two stations of one county share a number. One pass with a hash map keyed by county and
 * number; each later station is reported once, naming the first.
 */
final class StationNumberDuplicateRule extends CatalogueRule {

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

  private record Key(String county, int number) {}

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<PollingStation> stations = atlas.pollingStations();
    Map<Key, Integer> first = new HashMap<>();
    for (int i = 0; i < stations.size(); i++) {
      PollingStation station = stations.get(i);
      if (station.number() < 1) {
        continue;
      }
      Integer earlier = first.putIfAbsent(new Key(station.county(), station.number()), i);
      if (earlier != null) {
        findings.report(
            POLLING_STATION.pointer(i) + "/number",
            station.id(),
            Describe.entity(POLLING_STATION, station)
                + " has number "
                + station.number()
                + " in county \""
                + station.county()
                + "\", already the number of "
                + Describe.entity(POLLING_STATION, stations.get(earlier))
                + " at "
                + POLLING_STATION.pointer(earlier)
                + "; numbers must differ within a county");
      }
    }
  }
}
