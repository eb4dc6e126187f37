package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;

/**
 * Every county is in a constituency of each contest held whose constituencies are made of counties
 * (see {@link Contests}). One violation per county and contest.
 */
final class CountyConstituencyMissingRule extends CatalogueRule {

  CountyConstituencyMissingRule() {
    super(
        "county-constituency-missing",
        Severity.ERROR,
        "Every county must be in a constituency of each contest held",
        "A county that is in no constituency of the Majlis contest has voters who elect nobody:"
            + " their ballots have no candidates list and their count is added to no result. It"
            + " happens when a county is new (Jazmurian and Gonbaki were created in 2023) and the"
            + " constituency list was copied from the previous election. Presidential elections"
            + " and referendums need no constituencies, but if the atlas lists any for them they"
            + " must cover every county; council constituencies are per city and village, and are"
            + " not checked here.",
        """
        "election": {"contests": [{"kind": "MAJLIS", "term": 12}]},
        "counties": [{"id": "ravar"}, {"id": "anar"}],
        "constituencies": [{"id": "majlis-ravar", "contest": "MAJLIS", "counties": ["ravar"]}]""",
        """
        "election": {"contests": [{"kind": "MAJLIS", "term": 12}]},
        "counties": [{"id": "ravar"}, {"id": "anar"}],
        "constituencies": [
          {"id": "majlis-ravar", "contest": "MAJLIS", "counties": ["ravar"]},
          {"id": "majlis-anar", "contest": "MAJLIS", "counties": ["anar"]}
        ]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    Set<ContestKind> listed = EnumSet.noneOf(ContestKind.class);
    for (Constituency constituency : atlas.constituencies()) {
      listed.add(constituency.contest());
    }
    Set<ContestKind> required = EnumSet.noneOf(ContestKind.class);
    for (ContestKind kind : Contests.held(atlas)) {
      if (Contests.BY_COUNTY.contains(kind)
          || (Contests.NATIONWIDE.contains(kind) && listed.contains(kind))) {
        required.add(kind);
      }
    }
    if (required.isEmpty()) {
      return;
    }
    AtlasIndex index = atlas.index();
    List<County> counties = atlas.counties();
    for (int i = 0; i < counties.size(); i++) {
      County county = counties.get(i);
      if (index.position(COUNTY, county.id()).orElse(i) != i) {
        continue;
      }
      Set<ContestKind> in = EnumSet.noneOf(ContestKind.class);
      for (Constituency constituency : index.constituenciesOf(county.id())) {
        in.add(constituency.contest());
      }
      for (ContestKind kind : required) {
        if (!in.contains(kind)) {
          findings.report(
              COUNTY.pointer(i),
              county.id(),
              Describe.entity(COUNTY, county)
                  + " is in no "
                  + kind
                  + " constituency; every county votes in one constituency of each contest held");
        }
      }
    }
  }
}
