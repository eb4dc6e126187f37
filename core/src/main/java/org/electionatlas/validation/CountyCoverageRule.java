package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.List;
import java.util.Locale;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;

/**
 * The voters a county's stations expect together, against its eligible voters: one class for the
 * two rules, {@code county-coverage-low} and {@code county-coverage-high}, which share the sum and
 * differ only in the bound they check.
 *
 * <p>Counties without {@code eligibleVoters} (or with an invalid count), without stations, or with
 * a station whose own count is invalid are not judged: other rules report those, and a coverage
 * figure built on them would only repeat the finding.
 *
 * <p>The stations are summed as they come, per county of the frame: a count, a sum and a flag.
 */
final class CountyCoverageRule extends CatalogueRule implements StationRule {

  private final boolean low;

  private CountyCoverageRule(boolean low, String id, String summary, String rationale, String bad) {
    super(
        id,
        Severity.WARNING,
        summary,
        rationale,
        bad,
        """
        "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 2000}],
        "pollingStations": [
          {"id": "anar-0001", "county": "anar", "expectedVoters": 1000},
          {"id": "anar-0002", "county": "anar", "expectedVoters": 900}
        ]""");
    this.low = low;
  }

  /** Too few expected voters for the county's eligible voters. */
  static CountyCoverageRule low() {
    return new CountyCoverageRule(
        true,
        "county-coverage-low",
        "A county's stations together should expect at least the policy's minimum share (80%"
            + " unless set) of its eligible voters",
        "When the stations of a county expect far fewer voters than it has, some voters have no"
            + " station planned for them: a village was left out, stations were not imported, or"
            + " a station's count is far too small. On voting day that means queues and voters"
            + " turned away. The threshold is the policy's minCoverage.",
        """
        "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 2000}],
        "pollingStations": [{"id": "anar-0001", "county": "anar", "expectedVoters": 1000}]""");
  }

  /** More expected voters than the county has. */
  static CountyCoverageRule high() {
    return new CountyCoverageRule(
        false,
        "county-coverage-high",
        "A county's stations together should expect at most the policy's maximum share (110%"
            + " unless set) of its eligible voters",
        "When the stations of a county expect more voters than the county has, voters are counted"
            + " twice (a station listed twice, or under two counties), or the eligible count is"
            + " out of date. Ballots and staff are then sent where they are not needed. Some excess"
            + " is normal, since people may vote outside their county; the threshold is the"
            + " policy's maxCoverage.",
        """
        "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 2000}],
        "pollingStations": [
          {"id": "anar-0001", "county": "anar", "expectedVoters": 1900},
          {"id": "anar-0002", "county": "anar", "expectedVoters": 900}
        ]""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    // Per county of the frame, by position: its stations, the voters they expect, and whether
    // one of them expects none.
    int[] count = new int[counties.size()];
    long[] expected = new long[counties.size()];
    boolean[] invalid = new boolean[counties.size()];
    return new StationCheck() {
      @Override
      public void station(int i, PollingStation station) {
        index
            .position(COUNTY, station.county())
            .ifPresent(
                c -> {
                  count[c]++;
                  expected[c] += station.expectedVoters();
                  invalid[c] |= station.expectedVoters() <= 0;
                });
      }

      @Override
      public void end() {
        for (int i = 0; i < counties.size(); i++) {
          County county = counties.get(i);
          if (county.eligibleVoters().isEmpty()
              || county.eligibleVoters().getAsInt() < 1
              || index.position(COUNTY, county.id()).orElse(i) != i
              || count[i] == 0
              || invalid[i]) {
            continue;
          }
          judge(i, county, count[i], expected[i], findings);
        }
      }
    };
  }

  private void judge(int i, County county, int stations, long expected, Findings findings) {
    double bound = low ? findings.policy().minCoverage() : findings.policy().maxCoverage();
    int eligible = county.eligibleVoters().getAsInt();
    double share = (double) expected / eligible;
    if (low ? share < bound : share > bound) {
      long limit = low ? (long) Math.ceil(bound * eligible) : (long) Math.floor(bound * eligible);
      findings.report(
          COUNTY.pointer(i) + "/eligibleVoters",
          county.id(),
          Describe.entity(COUNTY, county)
              + " has "
              + Describe.count(stations, "station", "stations")
              + " expecting "
              + Describe.number(expected)
              + " voters together, "
              + percent(share)
              + " of its "
              + Describe.number(eligible)
              + " eligible voters; "
              + (low ? "at least " : "at most ")
              + percent(bound)
              + " ("
              + Describe.number(limit)
              + ") "
              + (low ? "should be planned for" : "may be planned for"));
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
