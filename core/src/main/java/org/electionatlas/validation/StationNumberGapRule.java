package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;

/**
 * The stations of a county are numbered 1 to n without gaps. Reported once per county, listing the
 * first few missing numbers. Each station's valid number is kept with its county's position in one
 * long (8 bytes a station), and all are sorted once at the end, so a typo such as 10000 instead of
 * 100 costs nothing.
 */
final class StationNumberGapRule extends CatalogueRule implements StationRule {

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
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    int[] count = new int[counties.size()];
    return new StationCheck() {
      /** The valid numbers of stations of known counties, each as county position and number. */
      private long[] numbered = new long[1 << 8];

      private int size;

      @Override
      public void station(int i, PollingStation station) {
        int c = index.position(COUNTY, station.county()).orElse(-1);
        if (c < 0) {
          return;
        }
        count[c]++;
        if (station.number() >= 1) {
          if (size == numbered.length) {
            numbered = Arrays.copyOf(numbered, size * 2);
          }
          numbered[size++] = ((long) c << 32) | station.number();
        }
      }

      @Override
      public void end() {
        // Sorted, each county's numbers are a run in ascending order, and the runs come in the
        // counties' order.
        Arrays.sort(numbered, 0, size);
        int from = 0;
        while (from < size) {
          int c = (int) (numbered[from] >>> 32);
          int to = from;
          while (to < size && (int) (numbered[to] >>> 32) == c) {
            to++;
          }
          judge(c, counties.get(c), count[c], from, to);
          from = to;
        }
      }

      /** Reports the county if its numbers, {@code numbered[from..to)}, leave gaps. */
      private void judge(int c, County county, int stations, int from, int to) {
        int distinct = 0;
        int last = 0;
        List<String> firstMissing = new ArrayList<>();
        int expected = 1;
        for (int k = from; k < to; k++) {
          int number = (int) numbered[k];
          if (number == last) {
            continue;
          }
          distinct++;
          last = number;
          while (expected < number && firstMissing.size() < LISTED) {
            firstMissing.add(Integer.toString(expected++));
          }
          expected = number + 1;
        }
        if (last == distinct) {
          return;
        }
        long missing = (long) last - distinct;
        findings.report(
            COUNTY.pointer(c),
            county.id(),
            Describe.entity(COUNTY, county)
                + " has "
                + Describe.count(stations, "station", "stations")
                + " numbered up to "
                + Describe.number(last)
                + ", so "
                + Describe.count(missing, "number is", "numbers are")
                + " missing: "
                + (missing > firstMissing.size()
                    ? String.join(", ", firstMissing) + ", …"
                    : Describe.list(firstMissing))
                + "; a county numbers its stations 1 to n");
      }
    };
  }
}
