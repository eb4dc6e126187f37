package org.electionatlas.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;

/** The election holds each kind of contest once. */
final class ElectionContestDuplicateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("election-contest-duplicate")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "An election must not list the same kind of contest twice",
                  "یک انتخابات نباید یک گونه رقابت را دو بار فهرست کند"))
          .rationale(
              Phrase.of(
                  "One voting day holds at most one Majlis election, one Assembly of Experts"
                      + " election and so on. A kind listed twice (often with two term numbers, one"
                      + " of them stale) makes it unclear which term the atlas prepares, and tools"
                      + " would print two ballots.",
                  "در یک روز رأی‌گیری دست‌بالا یک انتخابات مجلس شورای اسلامی، یک انتخابات مجلس"
                      + " خبرگان و مانند آن برگزار می‌شود. رقابتی که دو بار آمده باشد (اغلب با دو"
                      + " شمارهٔ دوره که یکی کهنه است) روشن نمی‌کند اطلس برای کدام دوره آماده"
                      + " می‌شود، و ابزارها دو تعرفه چاپ می‌کنند."))
          .violatingExample(
              """
              "election": {"contests": [{"kind": "MAJLIS", "term": 11}, {"kind": "MAJLIS", "term": 12}]}""")
          .passingExample(
              """
              "election": {"contests": [{"kind": "MAJLIS", "term": 12}]}""")
          .addTags("election")
          .build();

  private static final MessageTemplate TWICE =
      MessageTemplate.of(
          "election-contest-duplicate",
          "{election} lists the {contest} contest twice, also at {first}; each kind of contest is"
              + " held once",
          "{election} رقابت {contest} را دو بار آورده است، بار دیگر در {first}؛ هر رقابت یک بار"
              + " برگزار می‌شود");

  private static final MessageTemplate TWICE_WITH_TERMS =
      MessageTemplate.of(
          "election-contest-duplicate.terms",
          "{election} lists the {contest} contest (term {term}) twice, also at {first} (term"
              + " {firstTerm}); each kind of contest is held once",
          "{election} رقابت {contest} (دورهٔ {term}) را دو بار آورده است، بار دیگر در {first}"
              + " (دورهٔ {firstTerm})؛ هر رقابت یک بار برگزار می‌شود");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Contest> contests = frame.election().contests();
    Map<ContestKind, Integer> first = new EnumMap<>(ContestKind.class);
    for (int j = 0; j < contests.size(); j++) {
      Contest contest = contests.get(j);
      Integer earlier = first.putIfAbsent(contest.kind(), j);
      if (earlier == null) {
        continue;
      }
      Contest other = contests.get(earlier);
      Message message =
          contest.term().isPresent() && other.term().isPresent()
              ? TWICE_WITH_TERMS
                  .with("term", Argument.number(contest.term().getAsInt()))
                  .with("firstTerm", Argument.number(other.term().getAsInt()))
              : TWICE.message();
      context.report(
          "/election/contests/" + j + "/kind",
          frame.election().id(),
          message
              .with("election", Argument.election(frame.election()))
              .with("contest", Contests.contest(contest.kind()))
              .with("first", Argument.text("/election/contests/" + earlier)));
    }
    return RuleCheck.NONE;
  }
}
