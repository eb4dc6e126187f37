package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.function.Consumer;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;

/**
 * No polling station stands farther than the policy's distance ({@link
 * ValidationPolicy#maxStationMoveMetres()}) from where the same station stood in the previous
 * round. Stations are paired by the stations' matching (id, else county and number, else place and
 * name); a station without a valid location in either round is not judged. Reported at the end,
 * when all stations are matched, at the station's {@code location}.
 */
final class StationMovedFarRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-moved-far")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station should not move farther than the policy's distance since the"
                      + " previous round",
                  "شعبهٔ اخذ رأی نباید از دور پیش بیش از فاصله‌ای که سیاست تعیین کرده جابه‌جا شود"))
          .rationale(
              Phrase.of(
                  "Voters go where their station was last time. A station that moved across town"
                      + " needs notices, signs and perhaps transport for its voters, and a move of"
                      + " kilometres is as often a typo in a coordinate or a station matched to the"
                      + " wrong building as a real move. The distance is the policy's"
                      + " maxStationMoveMetres (1,000 m unless set).",
                  "رأی‌دهندگان به همان جایی می‌روند که دفعهٔ پیش شعبه‌شان بود. شعبه‌ای که به آن سوی"
                      + " شهر رفته برای رأی‌دهندگانش اطلاعیه، تابلو و شاید وسیلهٔ رفت‌وآمد می‌خواهد،"
                      + " و جابه‌جایی چندکیلومتری همان‌قدر که جابه‌جایی واقعی است ممکن است غلطی در"
                      + " مختصات یا شعبه‌ای جفت‌شده با ساختمانی دیگر باشد. این فاصله"
                      + " maxStationMoveMetres سیاست است (اگر تعیین نشود ۱٬۰۰۰ متر)."))
          .previousExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "location": {"lat": 31.2650, "lon": 56.8050}}
              ]""")
          .violatingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "location": {"lat": 31.2900, "lon": 56.8050}}
              ]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "location": {"lat": 31.2655, "lon": 56.8050}}
              ]""")
          .needsPreviousRound(true)
          .addTags("stations", "geography", "previous-round")
          .build();

  private static final MessageTemplate MOVED =
      MessageTemplate.of(
          "station-moved-far",
          "{station} stands {distance} from where it stood in the previous round, farther than the"
              + " {limit} a policy allows; confirm the new place and tell its voters, or correct"
              + " the location",
          "{station} {distance} دورتر از جایی است که در دور پیش بود، بیش از {limit} که سیاست روا"
              + " می‌دارد؛ جای تازه را تأیید و به رأی‌دهندگانش اعلام کنید، یا مختصات را درست کنید");

  private static final MessageTemplate MOVED_RENAMED =
      MessageTemplate.of(
          "station-moved-far.renamed",
          "{station}, {previousId} in the previous round, stands {distance} from where it stood"
              + " then, farther than the {limit} a policy allows; confirm the new place and tell"
              + " its voters, or correct the location",
          "{station}، که در دور پیش {previousId} بود، {distance} دورتر از جای آن زمانش است، بیش از"
              + " {limit} که سیاست روا می‌دارد؛ جای تازه را تأیید و به رأی‌دهندگانش اعلام کنید، یا"
              + " مختصات را درست کنید");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    RoundComparison comparison = context.previous().orElseThrow();
    int limit = context.policy().maxStationMoveMetres();
    Consumer<RoundComparison.MatchedStation> judge =
        pair -> {
          if (!(pair.meters() > limit)) {
            return;
          }
          String id = pair.currentId();
          Message message =
              id.equals(pair.previousId())
                  ? MOVED.with("station", Argument.entity(POLLING_STATION, id))
                  : MOVED_RENAMED
                      .with("station", Argument.entity(POLLING_STATION, id))
                      .with("previousId", Argument.id(pair.previousId()));
          context.report(
              POLLING_STATION.pointer(pair.currentIndex()) + "/location",
              id,
              message
                  .with("distance", Argument.distance(pair.meters()))
                  .with("limit", Argument.distance(limit)));
        };
    return comparison.eachMatch(judge);
  }
}
