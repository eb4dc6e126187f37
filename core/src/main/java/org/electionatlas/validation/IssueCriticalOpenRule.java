package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.ISSUE;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;

/** No critical issue is left open. */
final class IssueCriticalOpenRule extends CatalogueRule {

  IssueCriticalOpenRule() {
    super(
        "issue-critical-open",
        Severity.WARNING,
        "A critical issue should not still be open",
        "The system of issues exists so that what went wrong in earlier rounds does not happen"
            + " again. A CRITICAL issue, one that threatens the election itself, that nobody has"
            + " started to mitigate is the first thing a headquarters should see before voting"
            + " day.",
        """
        "issues": [{"id": "ballot-shortage", "severity": "CRITICAL", "status": "OPEN"}]""",
        """
        "issues": [{"id": "ballot-shortage", "severity": "CRITICAL", "status": "MITIGATING",
          "mitigation": {"fa": "ذخیره تعرفه در هر بخش", "en": "A reserve of ballots in every district"}}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Issue> issues = atlas.issues();
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      if (issue.severity() == IssueSeverity.CRITICAL && issue.status() == IssueStatus.OPEN) {
        findings.report(
            ISSUE.pointer(i) + "/status",
            issue.id(),
            Describe.entity(ISSUE, issue)
                + " is CRITICAL and still OPEN"
                + issue.owner().map(owner -> " (owner \"" + owner + "\")").orElse(" with no owner")
                + "; start mitigating it before voting day");
      }
    }
  }
}
