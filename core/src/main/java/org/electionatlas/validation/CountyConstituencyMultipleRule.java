package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;
import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;

/**
 * No county is in two constituencies of one contest. One pass over the constituencies with a hash
 * map per contest; each later listing of a county is reported once, at that listing, naming the
 * first. Unknown counties and contests not held are left to the rules that report them.
 */
final class CountyConstituencyMultipleRule extends CatalogueRule {

  CountyConstituencyMultipleRule() {
    super(
        "county-constituency-multiple",
        Severity.ERROR,
        "A county must not be in two constituencies of the same contest",
        "A voter casts one ballot per contest. A county listed in two Majlis constituencies either"
            + " has its voters counted in both results or gets two candidate lists; usually a"
            + " county was moved to a new constituency and not removed from the old one. A"
            + " constituency that lists a county twice is reported too. Council constituencies are"
            + " per city and village, and are not checked here.",
        """
        "constituencies": [
          {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]},
          {"id": "majlis-ravar", "contest": "MAJLIS", "counties": ["ravar"]}
        ]""",
        """
        "constituencies": [
          {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]},
          {"id": "experts-kerman", "contest": "ASSEMBLY_OF_EXPERTS", "counties": ["kerman", "ravar"]}
        ]""");
  }

  private record Listing(int constituency, int position) {}

  @Override
  public void check(Atlas atlas, Findings findings) {
    AtlasIndex index = atlas.index();
    Set<ContestKind> held = Contests.held(atlas);
    Map<ContestKind, Map<String, Listing>> first = new EnumMap<>(ContestKind.class);
    List<Constituency> constituencies = atlas.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      ContestKind contest = constituency.contest();
      if (!held.contains(contest) || !Contests.partitionsCounties(contest)) {
        continue;
      }
      Map<String, Listing> listings = first.computeIfAbsent(contest, k -> new HashMap<>());
      for (int j = 0; j < constituency.counties().size(); j++) {
        String countyId = constituency.counties().get(j);
        County county = index.county(countyId).orElse(null);
        if (county == null) {
          continue;
        }
        Listing earlier = listings.putIfAbsent(countyId, new Listing(i, j));
        if (earlier == null) {
          continue;
        }
        String where =
            CONSTITUENCY.pointer(earlier.constituency()) + "/counties/" + earlier.position();
        findings.report(
            CONSTITUENCY.pointer(i) + "/counties/" + j,
            constituency.id(),
            earlier.constituency() == i
                ? Describe.entity(CONSTITUENCY, constituency)
                    + " lists "
                    + Describe.entity(COUNTY, county)
                    + " twice (also at "
                    + where
                    + ")"
                : Describe.entity(COUNTY, county)
                    + " is in "
                    + contest
                    + " "
                    + Describe.entity(CONSTITUENCY, constituency)
                    + " and already in "
                    + Describe.entity(CONSTITUENCY, constituencies.get(earlier.constituency()))
                    + " (at "
                    + where
                    + "); a county is in one constituency of each contest");
      }
    }
  }
}
