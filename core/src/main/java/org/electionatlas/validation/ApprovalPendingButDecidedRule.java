package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;

/** A pending approval has no decision date. */
final class ApprovalPendingButDecidedRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("approval-pending-but-decided")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A pending approval should not have a decision date",
                  "مجوزی که در انتظار تصمیم است نباید تاریخ تصمیم داشته باشد"))
          .rationale(
              Phrase.of(
                  "A decision date on a PENDING approval means the decision came and the status"
                      + " was not updated, so the atlas may still hold back stations that were"
                      + " approved, or use ones that were refused. Find out the decision and set"
                      + " the status.",
                  "تاریخ تصمیم روی مجوزی با وضعیت PENDING یعنی تصمیم گرفته شده ولی وضعیت به‌روز"
                      + " نشده است؛ پس شاید اطلس هنوز شعبه‌هایی را که مجوز گرفته‌اند کنار گذاشته"
                      + " باشد، یا شعبه‌هایی را به کار ببرد که رد شده‌اند. تصمیم را جویا شوید و"
                      + " وضعیت را ثبت کنید."))
          .violatingExample(
              """
              "approvals": [{"id": "electronic-kerman", "status": "PENDING", "decidedOn": "2024-02-10"}]""")
          .passingExample(
              """
              "approvals": [{"id": "electronic-kerman", "status": "APPROVED", "decidedOn": "2024-02-10"}]""")
          .addTags("approvals")
          .build();

  private static final MessageTemplate PENDING_BUT_DECIDED =
      MessageTemplate.of(
          "approval-pending-but-decided",
          "{approval} is PENDING but was decided on {decided}; set its status to the decision,"
              + " APPROVED or REJECTED",
          "{approval} در وضعیت PENDING است ولی در {decided} دربارهٔ آن تصمیم گرفته شده است؛"
              + " وضعیت را به تصمیم گرفته‌شده، APPROVED یا REJECTED، تغییر دهید");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Approval> approvals = frame.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      if (approval.status() == ApprovalStatus.PENDING && approval.decidedOn().isPresent()) {
        context.report(
            APPROVAL.pointer(i) + "/status",
            approval.id(),
            PENDING_BUT_DECIDED
                .with("approval", Argument.entity(APPROVAL, approval))
                .with("decided", Argument.date(approval.decidedOn().get())));
      }
    }
    return RuleCheck.NONE;
  }
}
