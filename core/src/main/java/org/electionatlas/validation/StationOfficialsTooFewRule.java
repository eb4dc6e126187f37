package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Staff;

/** A station has at least the policy's minimum of officials. */
final class StationOfficialsTooFewRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-officials-too-few")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A polling station must have at least the policy's minimum of officials (5"
                      + " unless set)",
                  "شعبهٔ اخذ رأی باید دست‌کم به اندازهٔ کمینهٔ سیاست عضو داشته باشد (۵ مگر آنکه"
                      + " تعیین شود)"))
          .rationale(
              Phrase.of(
                  "The Majlis election law (art. 40) has each station run by five trusted local"
                      + " people chosen by the county's executive board: they check identities,"
                      + " hand out ballots, watch the box and sign the count together. With fewer,"
                      + " a station cannot lawfully open or its count can be contested. A station"
                      + " without a staff entry is not reported: the atlas does not say, and the"
                      + " rule does not guess.",
                  "قانون انتخابات مجلس (مادهٔ ۴۰) هر شعبه را به پنج نفر از معتمدان محل می‌سپارد"
                      + " که هیئت اجرایی شهرستان برمی‌گزیند: هویت را بررسی می‌کنند، تعرفه می‌دهند،"
                      + " مراقب صندوق‌اند و صورت‌جلسهٔ شمارش را با هم امضا می‌کنند. با کمتر از این،"
                      + " شعبه به‌طور قانونی گشوده نمی‌شود یا شمارشش قابل اعتراض است. شعبه‌ای که"
                      + " بخش عوامل ندارد گزارش نمی‌شود: اطلس چیزی نگفته و قاعده حدس نمی‌زند."))
          .violatingExample(
              """
              "pollingStations": [{"id": "anar-0001", "staff": {"officials": 3, "observers": 1}}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "anar-0001", "staff": {"officials": 5, "observers": 1}}]""")
          .addTags("stations")
          .build();

  private static final Noun OFFICIAL = Noun.of("official", "officials", "عضو");

  private static final MessageTemplate TOO_FEW =
      MessageTemplate.of(
          "station-officials-too-few",
          "{station} has {officials}; at least {minimum} are needed to run a station",
          "{station} {officials} دارد؛ برای اداره شعبه دست‌کم {minimum} عضو لازم است");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    int minimum = context.policy().minOfficials();
    return (i, station) -> {
      if (station.staff().isEmpty()) {
        return;
      }
      Staff staff = station.staff().get();
      if (staff.officials() < minimum) {
        context.report(
            POLLING_STATION.pointer(i) + "/staff/officials",
            station.id(),
            TOO_FEW
                .with("station", Argument.entity(POLLING_STATION, station))
                .with("officials", Argument.count(staff.officials(), OFFICIAL))
                .with("minimum", Argument.number(minimum)));
      }
    };
  }
}
