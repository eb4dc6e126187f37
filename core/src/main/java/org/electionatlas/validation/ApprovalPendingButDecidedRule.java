package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;

import java.util.List;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;

/** A pending approval has no decision date. */
final class ApprovalPendingButDecidedRule extends CatalogueRule {

  ApprovalPendingButDecidedRule() {
    super(
        "approval-pending-but-decided",
        Severity.WARNING,
        "A pending approval should not have a decision date",
        "A decision date on a PENDING approval means the decision came and the status was not"
            + " updated, so the atlas may still hold back stations that were approved, or use"
            + " ones that were refused. Find out the decision and set the status.",
        """
        "approvals": [{"id": "electronic-kerman", "status": "PENDING", "decidedOn": "2024-02-10"}]""",
        """
        "approvals": [{"id": "electronic-kerman", "status": "APPROVED", "decidedOn": "2024-02-10"}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Approval> approvals = atlas.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      if (approval.status() == ApprovalStatus.PENDING && approval.decidedOn().isPresent()) {
        findings.report(
            APPROVAL.pointer(i) + "/status",
            approval.id(),
            Describe.entity(APPROVAL, approval)
                + " is PENDING but was decided on "
                + approval.decidedOn().get()
                + "; set its status to the decision, APPROVED or REJECTED");
      }
    }
  }
}
