package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;

import java.util.List;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;

/** A decided approval says when it was decided. */
final class ApprovalDecisionDateMissingRule extends CatalogueRule {

  ApprovalDecisionDateMissingRule() {
    super(
        "approval-decision-date-missing",
        Severity.WARNING,
        "An approved or rejected approval should say when it was decided",
        "The decision date is the evidence that the approval was really given, and the date from"
            + " which its conditions apply; an approval marked APPROVED without a date is often"
            + " one somebody expected, not one that was received. Complaints after the election"
            + " ask for it.",
        """
        "approvals": [{"id": "electronic-kerman", "status": "APPROVED"}]""",
        """
        "approvals": [{"id": "electronic-kerman", "status": "APPROVED", "decidedOn": "2024-02-10"}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Approval> approvals = atlas.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      if (approval.status() != ApprovalStatus.PENDING && approval.decidedOn().isEmpty()) {
        findings.report(
            APPROVAL.pointer(i) + "/decidedOn",
            approval.id(),
            Describe.entity(APPROVAL, approval)
                + " is "
                + approval.status()
                + " but has no decidedOn date; record when it was decided");
      }
    }
  }
}
