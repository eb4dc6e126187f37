package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.CONSTITUENCY;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;

/** A constituency elects at least one seat. */
final class ConstituencySeatsInvalidRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("constituency-seats-invalid")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A constituency must elect at least 1 seat",
                  "هر حوزهٔ انتخابیه باید دست‌کم یک کرسی داشته باشد"))
          .rationale(
              Phrase.of(
                  "The number of seats decides how many names a voter may write and how many"
                      + " candidates are elected. With none, ballots cannot be designed and no one"
                      + " can win; it is usually a missing value imported as 0.",
                  "شمار کرسی‌ها تعیین می‌کند رأی‌دهنده چند نام بنویسد و چند نامزد برگزیده شوند."
                      + " بدون کرسی، تعرفه را نمی‌توان طراحی کرد و کسی برنده نمی‌شود؛ معمولاً"
                      + " مقداری است که وارد نشده و صفر خوانده شده است."))
          .violatingExample(
              """
              "constituencies": [{"id": "majlis-kerman-ravar", "contest": "MAJLIS", "seats": 0}]""")
          .passingExample(
              """
              "constituencies": [{"id": "majlis-kerman-ravar", "contest": "MAJLIS", "seats": 2}]""")
          .addTags("election", "counting")
          .build();

  private static final Noun SEATS = Noun.of("seat", "seats", "کرسی");

  private static final MessageTemplate TOO_FEW =
      MessageTemplate.of(
          "constituency-seats-invalid",
          "{constituency} elects {seats}; a constituency elects at least 1",
          "{constituency} {seats} دارد؛ هر حوزهٔ انتخابیه دست‌کم یک کرسی دارد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Constituency> constituencies = frame.constituencies();
    for (int i = 0; i < constituencies.size(); i++) {
      Constituency constituency = constituencies.get(i);
      if (constituency.seats() < 1) {
        context.report(
            CONSTITUENCY.pointer(i) + "/seats",
            constituency.id(),
            TOO_FEW
                .with("constituency", Argument.entity(CONSTITUENCY, constituency))
                .with("seats", Argument.count(constituency.seats(), SEATS)));
      }
    }
    return RuleCheck.NONE;
  }
}
