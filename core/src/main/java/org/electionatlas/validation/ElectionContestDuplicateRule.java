package org.electionatlas.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;

/** The election holds each kind of contest once. */
final class ElectionContestDuplicateRule extends CatalogueRule {

  ElectionContestDuplicateRule() {
    super(
        "election-contest-duplicate",
        Severity.ERROR,
        "An election must not list the same kind of contest twice",
        "One voting day holds at most one Majlis election, one Assembly of Experts election and so"
            + " on. A kind listed twice (often with two term numbers, one of them stale) makes"
            + " it unclear which term the atlas prepares, and tools would print two ballots.",
        """
        "election": {"contests": [{"kind": "MAJLIS", "term": 11}, {"kind": "MAJLIS", "term": 12}]}""",
        """
        "election": {"contests": [{"kind": "MAJLIS", "term": 12}]}""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Contest> contests = atlas.election().contests();
    Map<ContestKind, Integer> first = new EnumMap<>(ContestKind.class);
    for (int j = 0; j < contests.size(); j++) {
      Contest contest = contests.get(j);
      Integer earlier = first.putIfAbsent(contest.kind(), j);
      if (earlier != null) {
        findings.report(
            "/election/contests/" + j + "/kind",
            atlas.election().id(),
            Describe.election(atlas.election())
                + " lists the "
                + contest.kind()
                + " contest"
                + term(contest)
                + " twice, also at /election/contests/"
                + earlier
                + term(contests.get(earlier))
                + "; each kind of contest is held once");
      }
    }
  }

  private static String term(Contest contest) {
    return contest.term().isPresent() ? " (term " + contest.term().getAsInt() + ")" : "";
  }
}
