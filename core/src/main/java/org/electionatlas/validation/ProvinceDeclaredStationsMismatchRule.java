package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;

/**
 * A province's declared station count equals the stations of its counties in the atlas.
 *
 * <p>Stations whose county, or whose county's province, is unknown could belong to any province.
 * When such stations could make up the difference, the province is not reported: the reference
 * rules report those stations, and the count is judged again once they are placed.
 *
 * <p>Stations are counted as they come, per county of the frame, and the provinces judged at the
 * end.
 */
final class ProvinceDeclaredStationsMismatchRule extends CatalogueRule implements StationRule {

  ProvinceDeclaredStationsMismatchRule() {
    super(
        "province-declared-stations-mismatch",
        Severity.ERROR,
        "A province's declaredStations must equal the number of polling stations in its counties",
        "The headquarters announces how many stations the province opens (2,400 in Kerman's 2023"
            + " atlas), and ballots, staff and security are ordered for that many. When the atlas"
            + " holds fewer, stations are missing from it and will be missing from every plan made"
            + " with it; when it holds more, stations are counted twice or the announcement is out"
            + " of date.",
        """
        "provinces": [{"id": "kerman", "code": "IR-08", "declaredStations": 3}],
        "counties": [{"id": "anar", "province": "kerman"}],
        "pollingStations": [
          {"id": "anar-0001", "county": "anar", "number": 1},
          {"id": "anar-0002", "county": "anar", "number": 2}
        ]""",
        """
        "provinces": [{"id": "kerman", "code": "IR-08", "declaredStations": 2}],
        "counties": [{"id": "anar", "province": "kerman"}],
        "pollingStations": [
          {"id": "anar-0001", "county": "anar", "number": 1},
          {"id": "anar-0002", "county": "anar", "number": 2}
        ]""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    // Per county of the frame, by position: its stations, and whether its province is known.
    int[] count = new int[counties.size()];
    boolean[] placed = new boolean[counties.size()];
    for (int c = 0; c < counties.size(); c++) {
      placed[c] = index.province(counties.get(c).province()).isPresent();
    }
    long[] unplaced = new long[1];
    return new StationCheck() {
      @Override
      public void station(int i, PollingStation station) {
        int c = index.position(COUNTY, station.county()).orElse(-1);
        if (c < 0) {
          unplaced[0]++;
          return;
        }
        count[c]++;
        if (!placed[c]) {
          unplaced[0]++;
        }
      }

      @Override
      public void end() {
        judge(frame, index, count, unplaced[0], findings);
      }
    };
  }

  private static void judge(
      Atlas frame, AtlasIndex index, int[] count, long unplaced, Findings findings) {
    List<Province> provinces = frame.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      if (province.declaredStations().isEmpty()
          || index.position(PROVINCE, province.id()).orElse(i) != i) {
        continue;
      }
      long declared = province.declaredStations().getAsInt();
      long held = 0;
      Set<String> counted = new HashSet<>();
      for (County county : index.countiesOf(province.id())) {
        if (counted.add(county.id())) {
          held += count[index.position(COUNTY, county.id()).getAsInt()];
        }
      }
      if (held == declared || (held < declared && declared <= held + unplaced)) {
        continue;
      }
      long difference = Math.abs(declared - held);
      findings.report(
          PROVINCE.pointer(i) + "/declaredStations",
          province.id(),
          Describe.entity(PROVINCE, province)
              + " declares "
              + Describe.count(declared, "polling station", "polling stations")
              + " but the atlas holds "
              + Describe.number(held)
              + " in its counties, "
              + Describe.number(difference)
              + (held < declared
                  ? " fewer: the atlas is missing stations"
                  : " more: stations are counted twice or the declared count is out of date")
              + (unplaced > 0
                  ? " ("
                      + Describe.count(
                          unplaced,
                          "station has no known county or province",
                          "stations have no known county or province")
                      + ")"
                  : ""));
    }
  }
}
