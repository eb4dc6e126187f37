package org.electionatlas.validation;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;

/** The election holds at least one contest. */
final class ElectionWithoutContestRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("election-without-contest")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "An election should hold at least one contest",
                  "هر انتخابات باید دست‌کم یک رقابت داشته باشد"))
          .rationale(
              Phrase.of(
                  "The contests say what voters elect on the day and which constituencies matter."
                      + " Without them the constituency rules check nothing, and ballots cannot be"
                      + " planned; the list was probably left out when the atlas was started.",
                  "رقابت‌ها می‌گویند رأی‌دهندگان در آن روز چه کسانی را برمی‌گزینند و کدام حوزه‌ها"
                      + " اهمیت دارند. بدون آن‌ها قاعده‌های حوزه‌ها چیزی را بررسی نمی‌کنند و"
                      + " تعرفه‌ها را نمی‌توان برنامه‌ریزی کرد؛ احتمالاً فهرست هنگام آغاز اطلس از"
                      + " قلم افتاده است."))
          .violatingExample(
              """
              "election": {"id": "iran-2024-03-01", "votingDay": "2024-03-01", "contests": []}""")
          .passingExample(
              """
              "election": {"id": "iran-2024-03-01", "votingDay": "2024-03-01",
                "contests": [{"kind": "MAJLIS", "term": 12}, {"kind": "ASSEMBLY_OF_EXPERTS", "term": 6}]}""")
          .addTags("election")
          .build();

  private static final MessageTemplate NO_CONTEST =
      MessageTemplate.of(
          "election-without-contest",
          "{election} holds no contest; list what is elected on {votingDay}, such as a contest of"
              + " kind MAJLIS with its term, 12",
          "{election} هیچ رقابتی ندارد؛ آنچه را در {votingDay} برگزیده می‌شود فهرست کنید، مانند"
              + " رقابتی از گونهٔ MAJLIS با دورهٔ آن، ۱۲");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    if (frame.election().contests().isEmpty()) {
      context.report(
          "/election/contests",
          frame.election().id(),
          NO_CONTEST
              .with("election", Argument.election(frame.election()))
              .with("votingDay", Argument.date(frame.election().votingDay())));
    }
    return RuleCheck.NONE;
  }
}
