package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;

/** A county's eligible voters, when given, are at least one. */
final class CountyEligibleVotersInvalidRule extends CatalogueRule {

  CountyEligibleVotersInvalidRule() {
    super(
        "county-eligible-voters-invalid",
        Severity.ERROR,
        "A county's eligible voters, when given, must be at least 1",
        "The eligible count is what stations, ballots and staff are planned against. Zero or a"
            + " negative number is a placeholder or an import error; leave the property out when"
            + " the count is not known, so that coverage is not judged against it.",
        """
        "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 0}]""",
        """
        "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 32000}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<County> counties = atlas.counties();
    for (int i = 0; i < counties.size(); i++) {
      County county = counties.get(i);
      if (county.eligibleVoters().isPresent() && county.eligibleVoters().getAsInt() < 1) {
        findings.report(
            COUNTY.pointer(i) + "/eligibleVoters",
            county.id(),
            Describe.entity(COUNTY, county)
                + " has "
                + Describe.number(county.eligibleVoters().getAsInt())
                + " eligible voters; give at least 1, or leave the count out when it is not known");
      }
    }
  }
}
