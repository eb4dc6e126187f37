package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;

/** A county's eligible voters, when given, are at least one. */
final class CountyEligibleVotersInvalidRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("county-eligible-voters-invalid")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A county's eligible voters, when given, must be at least 1",
                  "شمار واجدان شرایط رأی هر شهرستان، اگر آمده باشد، باید دست‌کم یک باشد"))
          .rationale(
              Phrase.of(
                  "The eligible count is what stations, ballots and staff are planned against."
                      + " Zero or a negative number is a placeholder or an import error; leave the"
                      + " property out when the count is not known, so that coverage is not judged"
                      + " against it.",
                  "شعبه‌ها، تعرفه‌ها و عوامل اجرایی بر پایهٔ شمار واجدان شرایط برنامه‌ریزی"
                      + " می‌شوند. صفر یا عدد منفی جای‌نگه‌دار یا خطای ورود داده است؛ وقتی شمار"
                      + " را نمی‌دانید این ویژگی را ننویسید تا پوشش با آن سنجیده نشود."))
          .violatingExample(
              """
              "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 0}]""")
          .passingExample(
              """
              "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 32000}]""")
          .addTags("counting")
          .build();

  private static final Noun ELIGIBLE_VOTERS =
      Noun.of("eligible voter", "eligible voters", "واجد شرایط رأی");

  private static final MessageTemplate TOO_FEW =
      MessageTemplate.of(
          "county-eligible-voters-invalid",
          "{county} has {voters}; give at least 1, or leave the count out when it is not known",
          "برای {county} {voters} آمده است؛ دست‌کم یک بنویسید، یا اگر شمار را نمی‌دانید آن را"
              + " ننویسید");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<County> counties = frame.counties();
    for (int i = 0; i < counties.size(); i++) {
      County county = counties.get(i);
      if (county.eligibleVoters().isPresent() && county.eligibleVoters().getAsInt() < 1) {
        context.report(
            COUNTY.pointer(i) + "/eligibleVoters",
            county.id(),
            TOO_FEW
                .with("county", Argument.entity(COUNTY, county))
                .with(
                    "voters", Argument.count(county.eligibleVoters().getAsInt(), ELIGIBLE_VOTERS)));
      }
    }
    return RuleCheck.NONE;
  }
}
