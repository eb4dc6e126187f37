package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;

/** An approval is decided on or after the day it was asked for. */
final class ApprovalDecidedBeforeRequestedRule extends CatalogueRule {

  ApprovalDecidedBeforeRequestedRule() {
    super(
        "approval-decided-before-requested",
        Severity.ERROR,
        "An approval must not be decided before it was requested",
        "A decision cannot come before the request. One of the dates is wrong: often a Jalali and"
            + " a Gregorian date mixed, or day and month swapped. Until it is fixed, nobody can"
            + " tell from the atlas whether the approval is recent enough to rely on.",
        """
        "approvals": [{"id": "electronic-kerman", "requestedOn": "2023-07-11",
          "decidedOn": "2023-01-15"}]""",
        """
        "approvals": [{"id": "electronic-kerman", "requestedOn": "2023-07-11",
          "decidedOn": "2024-01-15"}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Approval> approvals = atlas.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      if (approval.requestedOn().isEmpty() || approval.decidedOn().isEmpty()) {
        continue;
      }
      LocalDate requested = approval.requestedOn().get();
      LocalDate decided = approval.decidedOn().get();
      if (decided.isBefore(requested)) {
        findings.report(
            APPROVAL.pointer(i) + "/decidedOn",
            approval.id(),
            Describe.entity(APPROVAL, approval)
                + " was decided on "
                + decided
                + ", "
                + Describe.count(ChronoUnit.DAYS.between(decided, requested), "day", "days")
                + " before it was requested on "
                + requested);
      }
    }
  }
}
