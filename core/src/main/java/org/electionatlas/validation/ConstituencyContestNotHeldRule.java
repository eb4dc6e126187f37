package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.ContestKind;

/** A constituency belongs to a contest the election holds. */
final class ConstituencyContestNotHeldRule extends CatalogueRule {

  ConstituencyContestNotHeldRule() {
    super(
        "constituency-contest-not-held",
        Severity.WARNING,
        "A constituency should belong to a contest the election holds",
        "Constituencies of a contest that is not held are left over from another election (the"
            + " Assembly of Experts is elected every eight years, the Majlis every four), or the"
            + " election's list of contests is incomplete. Either way, plans built from the atlas"
            + " would prepare ballots for a contest nobody votes in, or miss one they do.",
        """
        "election": {"contests": [{"kind": "MAJLIS", "term": 12}]},
        "constituencies": [{"id": "experts-kerman", "contest": "ASSEMBLY_OF_EXPERTS"}]""",
        """
        "election": {"contests": [
          {"kind": "MAJLIS", "term": 12}, {"kind": "ASSEMBLY_OF_EXPERTS", "term": 6}]},
        "constituencies": [{"id": "experts-kerman", "contest": "ASSEMBLY_OF_EXPERTS"}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    Set<ContestKind> held = Contests.held(atlas);
    List<Constituency> constituencies = atlas.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      if (!held.contains(constituency.contest())) {
        findings.report(
            CONSTITUENCY.pointer(i) + "/contest",
            constituency.id(),
            Describe.entity(CONSTITUENCY, constituency)
                + " belongs to the "
                + constituency.contest()
                + " contest, which the election does not hold; it holds "
                + (held.isEmpty()
                    ? "no contest"
                    : held.stream().map(ContestKind::name).collect(Collectors.joining(", "))));
      }
    }
  }
}
