package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;

import java.util.List;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.ContestKind;

/** A constituency belongs to a contest the election holds. */
final class ConstituencyContestNotHeldRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("constituency-contest-not-held")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A constituency should belong to a contest the election holds",
                  "هر حوزهٔ انتخابیه باید از آنِ یکی از رقابت‌های همین انتخابات باشد"))
          .rationale(
              Phrase.of(
                  "Constituencies of a contest that is not held are left over from another"
                      + " election (the Assembly of Experts is elected every eight years, the"
                      + " Majlis every four), or the election's list of contests is incomplete."
                      + " Either way, plans built from the atlas would prepare ballots for a"
                      + " contest nobody votes in, or miss one they do.",
                  "حوزه‌های رقابتی که برگزار نمی‌شود از انتخابات دیگری مانده‌اند (مجلس خبرگان هر"
                      + " هشت سال و مجلس شورای اسلامی هر چهار سال برگزار می‌شود)، یا فهرست"
                      + " رقابت‌های انتخابات ناقص است. در هر دو حال، برنامه‌ای که از اطلس ساخته"
                      + " شود برای رقابتی تعرفه آماده می‌کند که کسی در آن رأی نمی‌دهد، یا رقابتی"
                      + " را که برگزار می‌شود از قلم می‌اندازد."))
          .violatingExample(
              """
              "election": {"contests": [{"kind": "MAJLIS", "term": 12}]},
              "constituencies": [{"id": "experts-kerman", "contest": "ASSEMBLY_OF_EXPERTS"}]""")
          .passingExample(
              """
              "election": {"contests": [
                {"kind": "MAJLIS", "term": 12}, {"kind": "ASSEMBLY_OF_EXPERTS", "term": 6}]},
              "constituencies": [{"id": "experts-kerman", "contest": "ASSEMBLY_OF_EXPERTS"}]""")
          .addTags("election", "geography")
          .build();

  private static final MessageTemplate NOT_HELD =
      MessageTemplate.of(
          "constituency-contest-not-held",
          "{constituency} belongs to the {contest} contest, which the election does not hold; it"
              + " holds {held}",
          "{constituency} از آنِ انتخابات {contest} است که در این انتخابات برگزار نمی‌شود؛"
              + " رقابت‌های این انتخابات: {held}");

  private static final MessageTemplate NONE_HELD =
      MessageTemplate.of(
          "constituency-contest-not-held.none",
          "{constituency} belongs to the {contest} contest, which the election does not hold; it"
              + " holds no contest",
          "{constituency} از آنِ انتخابات {contest} است که در این انتخابات برگزار نمی‌شود؛ این"
              + " انتخابات هیچ رقابتی ندارد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    Set<ContestKind> held = Contests.held(frame);
    List<Argument> heldNames = held.stream().map(Contests::contest).toList();
    List<Constituency> constituencies = frame.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      if (!held.contains(constituency.contest())) {
        context.report(
            CONSTITUENCY.pointer(i) + "/contest",
            constituency.id(),
            (held.isEmpty() ? NONE_HELD.message() : NOT_HELD.with("held", Argument.all(heldNames)))
                .with("constituency", Argument.entity(CONSTITUENCY, constituency))
                .with("contest", Contests.contest(constituency.contest())));
      }
    }
    return RuleCheck.NONE;
  }
}
