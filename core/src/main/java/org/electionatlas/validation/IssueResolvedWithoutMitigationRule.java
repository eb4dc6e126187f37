package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.ISSUE;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueStatus;

/** A resolved issue says how it was resolved. */
final class IssueResolvedWithoutMitigationRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("issue-resolved-without-mitigation")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A resolved issue should say how it was resolved",
                  "مسئلهٔ حل‌شده باید بگوید چگونه حل شده است"))
          .rationale(
              Phrase.of(
                  "An issue marked RESOLVED with no mitigation cannot be checked or repeated: the"
                      + " next round's staff do not know what was done, and the same problem"
                      + " returns under a new id. The mitigation is the lesson the system of issues"
                      + " is meant to keep.",
                  "مسئله‌ای که RESOLVED ثبت شده ولی راهکاری ندارد نه قابل وارسی است نه قابل"
                      + " تکرار: عوامل دورهٔ بعد نمی‌دانند چه کاری انجام شد، و همان مشکل با"
                      + " شناسه‌ای تازه بازمی‌گردد. راهکار همان درسی است که نظام مسائل باید نگه"
                      + " دارد."))
          .violatingExample(
              """
              "issues": [{"id": "late-ballots", "status": "RESOLVED"}]""")
          .passingExample(
              """
              "issues": [{"id": "late-ballots", "status": "RESOLVED",
                "mitigation": {"fa": "ارسال تعرفه‌ها دو روز زودتر", "en": "Ballots sent two days earlier"}}]""")
          .addTags("issues")
          .build();

  private static final MessageTemplate NO_MITIGATION =
      MessageTemplate.of(
          "issue-resolved-without-mitigation",
          "{issue} is RESOLVED but has no mitigation; say how it was resolved",
          "{issue} در وضعیت RESOLVED است ولی راهکاری (mitigation) ندارد؛ بنویسید چگونه حل شد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Issue> issues = frame.issues();
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      if (issue.status() == IssueStatus.RESOLVED && issue.mitigation().isEmpty()) {
        context.report(
            ISSUE.pointer(i) + "/mitigation",
            issue.id(),
            NO_MITIGATION.with("issue", Argument.entity(ISSUE, issue)));
      }
    }
    return RuleCheck.NONE;
  }
}
