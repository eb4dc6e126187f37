package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;

/** A constituency elects at least one seat. */
final class ConstituencySeatsInvalidRule extends CatalogueRule {

  ConstituencySeatsInvalidRule() {
    super(
        "constituency-seats-invalid",
        Severity.ERROR,
        "A constituency must elect at least 1 seat",
        "The number of seats decides how many names a voter may write and how many candidates are"
            + " elected. With none, ballots cannot be designed and no one can win; it is usually a"
            + " missing value imported as 0.",
        """
        "constituencies": [{"id": "majlis-kerman-ravar", "contest": "MAJLIS", "seats": 0}]""",
        """
        "constituencies": [{"id": "majlis-kerman-ravar", "contest": "MAJLIS", "seats": 2}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Constituency> constituencies = atlas.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      if (constituency.seats() < 1) {
        findings.report(
            CONSTITUENCY.pointer(i) + "/seats",
            constituency.id(),
            Describe.entity(CONSTITUENCY, constituency)
                + " elects "
                + constituency.seats()
                + " seats; a constituency elects at least 1");
      }
    }
  }
}
