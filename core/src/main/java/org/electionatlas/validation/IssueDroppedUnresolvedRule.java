package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.ISSUE;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;

/**
 * Every issue of the previous round's system of issues that was not RESOLVED there is still in this
 * atlas. An issue is still there when this atlas has an issue with its id, or one with its title
 * whose {@code observedIn} names the previous round's election (the same issue carried over under a
 * new id, as {@code observedIn} records). Found from the two frames alone; located in the previous
 * round's document, where the dropped issue is.
 */
final class IssueDroppedUnresolvedRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("issue-dropped-unresolved")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "An issue of the previous round that was not resolved should still be in the"
                      + " atlas",
                  "مسئله‌ای از دور پیش که حل نشده است باید هنوز در اطلس باشد"))
          .rationale(
              Phrase.of(
                  "The system of issues is the pathology of previous rounds: what went wrong, who"
                      + " owns it and how it is being dealt with. An issue that was still OPEN or"
                      + " MITIGATING in the previous round and is simply absent from this one was"
                      + " not solved, only forgotten, and the next round meets it unprepared. Keep"
                      + " it, with the previous round's election in its observedIn, and mark it"
                      + " RESOLVED with its mitigation once it is dealt with; an issue the previous"
                      + " round had already RESOLVED may be dropped.",
                  "سامانهٔ مسائل آسیب‌شناسی دوره‌های پیشین است: چه چیزی درست پیش نرفت، مسئولش کیست"
                      + " و چگونه چاره می‌شود. مسئله‌ای که در دور پیش هنوز OPEN یا MITIGATING بود و"
                      + " در این دور به‌سادگی نیست حل نشده، فقط فراموش شده است، و دور بعد بی‌آمادگی"
                      + " با آن روبه‌رو می‌شود. آن را نگه دارید، با انتخابات دور پیش در observedIn"
                      + " آن، و وقتی چاره شد با راهکارش RESOLVED کنید؛ مسئله‌ای که دور پیش RESOLVED"
                      + " شده بود را می‌توان کنار گذاشت."))
          .previousExample(
              """
              "issues": [{"id": "late-ballots", "scope": ["ravar"], "status": "MITIGATING"}]""")
          .violatingExample(
              """
              "issues": []""")
          .passingExample(
              """
              "issues": [{"id": "late-ballots", "scope": ["ravar"], "status": "MITIGATING",
                "observedIn": ["majlis-11"]}]""")
          .needsPreviousRound(true)
          .addTags("issues", "previous-round")
          .build();

  private static final MessageTemplate DROPPED =
      MessageTemplate.of(
          "issue-dropped-unresolved",
          "{issue} was {status} in the previous round, {election}, and is not in this atlas; keep"
              + " it, with {election} in its observedIn, until it is RESOLVED",
          "{issue} در دور پیش، {election}، {status} بود و در این اطلس نیست؛ آن را با {election} در"
              + " observedIn نگه دارید تا RESOLVED شود");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    PreviousRound previous = context.previous().orElseThrow().previous();
    Atlas before = previous.frame();
    String previousElection = before.election().id();
    Set<String> ids = new HashSet<>();
    Set<LocalizedName> carriedTitles = new HashSet<>();
    for (Issue issue : frame.issues()) {
      ids.add(issue.id());
      if (issue.observedIn().contains(previousElection)) {
        carriedTitles.add(issue.title());
      }
    }
    List<Issue> issues = before.issues();
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      if (issue.status() == IssueStatus.RESOLVED
          || ids.contains(issue.id())
          || carriedTitles.contains(issue.title())) {
        continue;
      }
      context.reportInPrevious(
          ISSUE.pointer(i),
          issue.id(),
          DROPPED
              .with("issue", Argument.entity(ISSUE, issue))
              .with("status", Argument.constant(issue.status()))
              .with("election", Argument.id(previousElection)));
    }
    return RuleCheck.NONE;
  }
}
