package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;

/** An approval is decided on or after the day it was asked for. */
final class ApprovalDecidedBeforeRequestedRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("approval-decided-before-requested")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "An approval must not be decided before it was requested",
                  "تاریخ تصمیم دربارهٔ مجوز نباید پیش از تاریخ درخواست آن باشد"))
          .rationale(
              Phrase.of(
                  "A decision cannot come before the request. One of the dates is wrong: often a"
                      + " Jalali and a Gregorian date mixed, or day and month swapped. Until it is"
                      + " fixed, nobody can tell from the atlas whether the approval is recent"
                      + " enough to rely on.",
                  "تصمیم نمی‌تواند پیش از درخواست گرفته شده باشد. یکی از دو تاریخ نادرست است:"
                      + " اغلب تاریخ خورشیدی و میلادی با هم آمیخته شده یا جای روز و ماه عوض شده"
                      + " است. تا درست نشود، از اطلس نمی‌توان فهمید که مجوز آن‌قدر تازه هست که"
                      + " بتوان به آن تکیه کرد."))
          .violatingExample(
              """
              "approvals": [{"id": "electronic-kerman", "requestedOn": "2023-07-11",
                "decidedOn": "2023-01-15"}]""")
          .passingExample(
              """
              "approvals": [{"id": "electronic-kerman", "requestedOn": "2023-07-11",
                "decidedOn": "2024-01-15"}]""")
          .addTags("approvals")
          .build();

  private static final MessageTemplate DECIDED_BEFORE =
      MessageTemplate.of(
          "approval-decided-before-requested",
          "{approval} was decided on {decided}, {days} before it was requested on {requested}",
          "دربارهٔ {approval} در {decided} تصمیم گرفته شده است، {days} پیش از آن‌که در"
              + " {requested} درخواست شود");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Approval> approvals = frame.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      if (approval.requestedOn().isEmpty() || approval.decidedOn().isEmpty()) {
        continue;
      }
      LocalDate requested = approval.requestedOn().get();
      LocalDate decided = approval.decidedOn().get();
      if (decided.isBefore(requested)) {
        context.report(
            APPROVAL.pointer(i) + "/decidedOn",
            approval.id(),
            DECIDED_BEFORE
                .with("approval", Argument.entity(APPROVAL, approval))
                .with("decided", Argument.date(decided))
                .with(
                    "days", Argument.count(ChronoUnit.DAYS.between(decided, requested), Dates.DAYS))
                .with("requested", Argument.date(requested)));
      }
    }
    return RuleCheck.NONE;
  }
}
