package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.ISSUE;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueStatus;

/** A resolved issue says how it was resolved. */
final class IssueResolvedWithoutMitigationRule extends CatalogueRule {

  IssueResolvedWithoutMitigationRule() {
    super(
        "issue-resolved-without-mitigation",
        Severity.WARNING,
        "A resolved issue should say how it was resolved",
        "An issue marked RESOLVED with no mitigation cannot be checked or repeated: the next"
            + " round's staff do not know what was done, and the same problem returns under a new"
            + " id. The mitigation is the lesson the system of issues is meant to keep.",
        """
        "issues": [{"id": "late-ballots", "status": "RESOLVED"}]""",
        """
        "issues": [{"id": "late-ballots", "status": "RESOLVED",
          "mitigation": {"fa": "ارسال تعرفه‌ها دو روز زودتر", "en": "Ballots sent two days earlier"}}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Issue> issues = atlas.issues();
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      if (issue.status() == IssueStatus.RESOLVED && issue.mitigation().isEmpty()) {
        findings.report(
            ISSUE.pointer(i) + "/mitigation",
            issue.id(),
            Describe.entity(ISSUE, issue)
                + " is RESOLVED but has no mitigation; say how it was resolved");
      }
    }
  }
}
