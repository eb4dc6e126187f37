package org.electionatlas.validation;

import org.electionatlas.model.Atlas;

/** The election holds at least one contest. */
final class ElectionWithoutContestRule extends CatalogueRule {

  ElectionWithoutContestRule() {
    super(
        "election-without-contest",
        Severity.WARNING,
        "An election should hold at least one contest",
        "The contests say what voters elect on the day and which constituencies matter. Without"
            + " them the constituency rules check nothing, and ballots cannot be planned; the list"
            + " was probably left out when the atlas was started.",
        """
        "election": {"id": "iran-2024-03-01", "votingDay": "2024-03-01", "contests": []}""",
        """
        "election": {"id": "iran-2024-03-01", "votingDay": "2024-03-01",
          "contests": [{"kind": "MAJLIS", "term": 12}, {"kind": "ASSEMBLY_OF_EXPERTS", "term": 6}]}""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    if (atlas.election().contests().isEmpty()) {
      findings.report(
          "/election/contests",
          atlas.election().id(),
          Describe.election(atlas.election())
              + " holds no contest; list what is elected on "
              + atlas.election().votingDay()
              + ", such as {\"kind\": \"MAJLIS\", \"term\": 12}");
    }
  }
}
