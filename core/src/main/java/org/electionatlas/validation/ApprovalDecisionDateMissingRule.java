package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.Atlas;

/** A decided approval says when it was decided. */
final class ApprovalDecisionDateMissingRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("approval-decision-date-missing")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "An approved or rejected approval should say when it was decided",
                  "مجوزی که پذیرفته یا رد شده است باید تاریخ تصمیم را داشته باشد"))
          .rationale(
              Phrase.of(
                  "The decision date is the evidence that the approval was really given, and the"
                      + " date from which its conditions apply; an approval marked APPROVED without"
                      + " a date is often one somebody expected, not one that was received."
                      + " Complaints after the election ask for it.",
                  "تاریخ تصمیم گواه آن است که مجوز به‌راستی صادر شده، و شرایط آن از همان روز"
                      + " اجرا می‌شود؛ مجوزی که بی‌تاریخ APPROVED ثبت شده اغلب مجوزی است که"
                      + " کسی انتظارش را داشته، نه مجوزی که رسیده است. در رسیدگی به شکایت‌های"
                      + " پس از انتخابات این تاریخ را می‌خواهند."))
          .violatingExample(
              """
              "approvals": [{"id": "electronic-kerman", "status": "APPROVED"}]""")
          .passingExample(
              """
              "approvals": [{"id": "electronic-kerman", "status": "APPROVED", "decidedOn": "2024-02-10"}]""")
          .addTags("approvals")
          .build();

  private static final MessageTemplate NO_DATE =
      MessageTemplate.of(
          "approval-decision-date-missing",
          "{approval} is {status} but has no decidedOn date; record when it was decided",
          "{approval} در وضعیت {status} است ولی تاریخ تصمیم (decidedOn) ندارد؛ روز تصمیم را ثبت"
              + " کنید");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Approval> approvals = frame.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      if (approval.status() != ApprovalStatus.PENDING && approval.decidedOn().isEmpty()) {
        context.report(
            APPROVAL.pointer(i) + "/decidedOn",
            approval.id(),
            NO_DATE
                .with("approval", Argument.entity(APPROVAL, approval))
                .with("status", Argument.constant(approval.status())));
      }
    }
    return RuleCheck.NONE;
  }
}
