package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;

/** A station expects no more voters than the policy's maximum. */
final class StationVotersOverMaximumRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-voters-over-maximum")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station should expect no more voters than the policy's maximum"
                      + " (2,500 unless set)",
                  "شمار رأی‌دهندگان پیش‌بینی‌شدهٔ شعبهٔ اخذ رأی نباید از بیشینهٔ سیاست (۲٬۵۰۰ مگر"
                      + " آنکه تعیین شود) بیشتر باشد"))
          .rationale(
              Phrase.of(
                  "Five officials can serve only so many voters in one voting day; beyond that,"
                      + " queues grow, hours are extended and voters give up. Iran's election law"
                      + " sets no cap, so the maximum is a policy threshold (maxExpectedVoters),"
                      + " and a station above it is usually one that should be split or a count"
                      + " that was typed with an extra digit.",
                  "پنج عضو شعبه در یک روز رأی‌گیری فقط به شمار معینی از رأی‌دهندگان می‌رسند؛ بیش"
                      + " از آن صف‌ها بلند می‌شود، ساعت رأی‌گیری تمدید می‌شود و رأی‌دهندگان"
                      + " منصرف می‌شوند. قانون انتخابات ایران سقفی نمی‌گذارد، پس این بیشینه آستانهٔ"
                      + " سیاست (maxExpectedVoters) است، و شعبهٔ بالاتر از آن معمولاً باید دو شعبه"
                      + " شود یا عددش با یک رقم اضافه تایپ شده است."))
          .violatingExample(
              """
              "pollingStations": [{"id": "kerman-0001", "county": "kerman", "expectedVoters": 4200}]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "kerman-0001", "county": "kerman", "expectedVoters": 2100},
                {"id": "kerman-0002", "county": "kerman", "expectedVoters": 2100}
              ]""")
          .addTags("stations", "counting")
          .build();

  private static final MessageTemplate OVER =
      MessageTemplate.of(
          "station-voters-over-maximum",
          "{station} expects {voters}, {excess} more than the policy's maximum of {maximum}",
          "{station} {voters} پیش‌بینی کرده است، {excess} بیش از بیشینهٔ سیاست که {maximum}"
              + " است");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    int maximum = context.policy().maxExpectedVoters();
    return (i, station) -> {
      if (station.expectedVoters() > maximum) {
        context.report(
            POLLING_STATION.pointer(i) + "/expectedVoters",
            station.id(),
            OVER.with("station", Argument.entity(POLLING_STATION, station))
                .with("voters", Argument.count(station.expectedVoters(), Counted.VOTER))
                .with("excess", Argument.number((long) station.expectedVoters() - maximum))
                .with("maximum", Argument.number(maximum)));
      }
    };
  }
}
