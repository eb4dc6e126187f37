package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;

/**
 * Every county has at least one polling station: one flag per county of the frame, set by the
 * stations that name it.
 */
final class CountyWithoutStationRule extends CatalogueRule implements StationRule {

  CountyWithoutStationRule() {
    super(
        "county-without-station",
        Severity.WARNING,
        "A county should have at least one polling station",
        "Every county's voters need somewhere to vote. A county without stations in the atlas is"
            + " usually one whose stations were not imported, or a new county (such as Jazmurian"
            + " or Gonbaki, created in 2023) whose stations are still listed under the county it"
            + " was split from.",
        """
        "counties": [{"id": "gonbaki", "province": "kerman", "name": {"fa": "گنبکی"}}],
        "pollingStations": []""",
        """
        "counties": [{"id": "gonbaki", "province": "kerman", "name": {"fa": "گنبکی"}}],
        "pollingStations": [{"id": "gonbaki-0001", "county": "gonbaki", "number": 1}]""");
  }

  @Override
  public StationCheck begin(Atlas frame, StationIds stations, Findings findings) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    boolean[] hasStation = new boolean[counties.size()];
    return new StationCheck() {
      @Override
      public void station(int i, PollingStation station) {
        index.position(COUNTY, station.county()).ifPresent(c -> hasStation[c] = true);
      }

      @Override
      public void end() {
        for (int i = 0; i < counties.size(); i++) {
          County county = counties.get(i);
          if (index.position(COUNTY, county.id()).orElse(i) == i && !hasStation[i]) {
            findings.report(
                COUNTY.pointer(i),
                county.id(),
                Describe.entity(COUNTY, county)
                    + " has no polling station; every county needs at least one");
          }
        }
      }
    };
  }
}
