package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;

/** A constituency has at least one county. */
final class ConstituencyWithoutCountyRule extends CatalogueRule {

  ConstituencyWithoutCountyRule() {
    super(
        "constituency-without-county",
        Severity.ERROR,
        "A constituency must list at least one county",
        "A constituency without counties has no voters: its seats would be filled by nobody's"
            + " votes, and the counties that should be in it are probably in no constituency at"
            + " all. It is usually a constituency whose counties were not imported.",
        """
        "constituencies": [{"id": "majlis-shahr-e-babak", "contest": "MAJLIS", "counties": []}]""",
        """
        "constituencies": [
          {"id": "majlis-shahr-e-babak", "contest": "MAJLIS", "counties": ["shahr-e-babak"]}
        ]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Constituency> constituencies = atlas.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      if (constituency.counties().isEmpty()) {
        findings.report(
            CONSTITUENCY.pointer(i) + "/counties",
            constituency.id(),
            Describe.entity(CONSTITUENCY, constituency)
                + " lists no county; a constituency is made of at least one county");
      }
    }
  }
}
