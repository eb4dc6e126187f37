package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.BODY;
import static org.electionatlas.model.EntityKind.ISSUE;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;

/** No critical issue is left open. */
final class IssueCriticalOpenRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("issue-critical-open")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A critical issue should not still be open",
                  "هیچ مسئلهٔ بحرانی‌ای نباید همچنان باز مانده باشد"))
          .rationale(
              Phrase.of(
                  "The system of issues exists so that what went wrong in earlier rounds does not"
                      + " happen again. A CRITICAL issue, one that threatens the election itself,"
                      + " that nobody has started to mitigate is the first thing a headquarters"
                      + " should see before voting day.",
                  "نظام مسائل و آسیب‌شناسی برای آن است که آنچه در دوره‌های پیش نادرست پیش رفت"
                      + " تکرار نشود. مسئلهٔ CRITICAL، یعنی مسئله‌ای که خودِ انتخابات را تهدید"
                      + " می‌کند، و هنوز کسی چاره‌اش را آغاز نکرده، نخستین چیزی است که ستاد باید"
                      + " پیش از روز رأی‌گیری ببیند."))
          .violatingExample(
              """
              "issues": [{"id": "ballot-shortage", "severity": "CRITICAL", "status": "OPEN"}]""")
          .passingExample(
              """
              "issues": [{"id": "ballot-shortage", "severity": "CRITICAL", "status": "MITIGATING",
                "mitigation": {"fa": "ذخیره تعرفه در هر بخش", "en": "A reserve of ballots in every district"}}]""")
          .addTags("issues")
          .build();

  private static final MessageTemplate OPEN_WITH_OWNER =
      MessageTemplate.of(
          "issue-critical-open",
          "{issue} is CRITICAL and still OPEN (owner: {owner}); start mitigating it before voting"
              + " day",
          "{issue} با شدت CRITICAL هنوز در وضعیت OPEN است (مسئول: {owner})؛ چاره‌جویی آن را پیش"
              + " از روز رأی‌گیری آغاز کنید");

  private static final MessageTemplate OPEN_WITHOUT_OWNER =
      MessageTemplate.of(
          "issue-critical-open.no-owner",
          "{issue} is CRITICAL and still OPEN with no owner; start mitigating it before voting"
              + " day",
          "{issue} با شدت CRITICAL هنوز در وضعیت OPEN است و مسئولی ندارد؛ چاره‌جویی آن را پیش از"
              + " روز رأی‌گیری آغاز کنید");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Issue> issues = frame.issues();
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      if (issue.severity() == IssueSeverity.CRITICAL && issue.status() == IssueStatus.OPEN) {
        context.report(
            ISSUE.pointer(i) + "/status",
            issue.id(),
            issue
                .owner()
                .map(owner -> OPEN_WITH_OWNER.with("owner", owner(frame, owner)))
                .orElseGet(OPEN_WITHOUT_OWNER::message)
                .with("issue", Argument.entity(ISSUE, issue)));
      }
    }
    return RuleCheck.NONE;
  }

  /** The owner with its names when the atlas has it; an unknown owner is another rule's finding. */
  private static Argument owner(Atlas frame, String id) {
    return frame
        .index()
        .body(id)
        .map(body -> Argument.entity(BODY, body))
        .orElseGet(() -> Argument.entity(BODY, id));
  }
}
