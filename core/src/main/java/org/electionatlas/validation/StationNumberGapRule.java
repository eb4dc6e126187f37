package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;

/**
 * The stations of a county are numbered 1 to n without gaps. Reported once per county, listing the
 * first few missing numbers; the numbers are sorted once, so a typo such as 10000 instead of 100
 * costs nothing.
 */
final class StationNumberGapRule extends CatalogueRule {

  static final int LISTED = 5;

  StationNumberGapRule() {
    super(
        "station-number-gap",
        Severity.INFO,
        "A county's polling stations should be numbered 1 to n without gaps",
        "A missing number is often a station that was dropped from the atlas while the county"
            + " still prints forms for it, or one that was merged or moved without renumbering."
            + " It may be deliberate (a station closed after numbers were published), so this is"
            + " information for the clerk to confirm, not an error.",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 1},
          {"id": "ravar-0003", "county": "ravar", "number": 3}
        ]""",
        """
        "pollingStations": [
          {"id": "ravar-0001", "county": "ravar", "number": 1},
          {"id": "ravar-0002", "county": "ravar", "number": 2}
        ]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    AtlasIndex index = atlas.index();
    List<County> counties = atlas.counties();
    for (int i = 0; i < counties.size(); i++) {
      County county = counties.get(i);
      if (index.position(COUNTY, county.id()).orElse(i) != i) {
        continue;
      }
      TreeSet<Integer> numbers = new TreeSet<>();
      for (PollingStation station : index.stationsOf(county.id())) {
        if (station.number() >= 1) {
          numbers.add(station.number());
        }
      }
      if (numbers.isEmpty() || numbers.last() == numbers.size()) {
        continue;
      }
      long missing = (long) numbers.last() - numbers.size();
      List<String> firstMissing = new ArrayList<>();
      int expected = 1;
      for (int number : numbers) {
        while (expected < number && firstMissing.size() < LISTED) {
          firstMissing.add(Integer.toString(expected++));
        }
        if (firstMissing.size() == LISTED) {
          break;
        }
        expected = number + 1;
      }
      findings.report(
          COUNTY.pointer(i),
          county.id(),
          Describe.entity(COUNTY, county)
              + " has "
              + Describe.count(index.stationsOf(county.id()).size(), "station", "stations")
              + " numbered up to "
              + Describe.number(numbers.last())
              + ", so "
              + Describe.count(missing, "number is", "numbers are")
              + " missing: "
              + (missing > firstMissing.size()
                  ? String.join(", ", firstMissing) + ", …"
                  : Describe.list(firstMissing))
              + "; a county numbers its stations 1 to n");
    }
  }
}
