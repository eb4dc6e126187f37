package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.function.Consumer;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;

/**
 * No polling station's expected voters differ from the same station's in the previous round by more
 * than the policy's share of the previous count ({@link ValidationPolicy#maxVotersChange()}).
 * Stations are paired as {@code atlas diff} pairs them; a station that expected no voters in the
 * previous round is not judged (its count was already wrong, as {@code station-voters-invalid} said
 * then). Reported at the station's {@code expectedVoters}: as it passes when it kept its id, at the
 * end when it was renamed.
 */
final class StationVotersChangedRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-voters-changed")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station's expected voters should not change by more than the policy's"
                      + " share since the previous round",
                  "شمار رأی‌دهندگان پیش‌بینی‌شدهٔ شعبهٔ اخذ رأی نباید از دور پیش بیش از سهمی که"
                      + " سیاست تعیین کرده تغییر کند"))
          .rationale(
              Phrase.of(
                  "Ballots, booths and staff are sent by the expected voters. A neighbourhood does"
                      + " not double or halve between two rounds without a reason someone can name"
                      + " (a new housing estate, a neighbouring station merged in or split off),"
                      + " and a count that did is as often a digit typed twice or dropped. The"
                      + " share is the policy's maxVotersChange (50 % of the previous count unless"
                      + " set).",
                  "تعرفه، صندوق و کارکنان به اندازهٔ رأی‌دهندگان پیش‌بینی‌شده فرستاده می‌شوند. جمعیت"
                      + " یک محله میان دو دور بی‌دلیلی که کسی بتواند بگوید (شهرکی تازه، شعبهٔ همسایه‌ای"
                      + " که ادغام یا جدا شده) دو برابر یا نصف نمی‌شود، و شماری که چنین شده همان‌قدر"
                      + " ممکن است رقمی باشد که دو بار زده یا جا افتاده است. این سهم"
                      + " maxVotersChange سیاست است (اگر تعیین نشود ۵۰ درصد شمار پیشین)."))
          .previousExample(
              """
              "pollingStations": [{"id": "ravar-0001", "expectedVoters": 500}]""")
          .violatingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "expectedVoters": 1200}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "expectedVoters": 600}]""")
          .needsPreviousRound(true)
          .addTags("stations", "voters", "previous-round")
          .build();

  private static final MessageTemplate MORE =
      MessageTemplate.of(
          "station-voters-changed.more",
          "{station} expects {after}, {before} in the previous round: {share} more, beyond the"
              + " {limit} change a policy allows; confirm the count or correct it",
          "{station} {after} پیش‌بینی می‌کند و در دور پیش {before}: {share} بیشتر، فراتر از تغییر"
              + " {limit} که سیاست روا می‌دارد؛ این شمار را تأیید یا درست کنید");

  private static final MessageTemplate FEWER =
      MessageTemplate.of(
          "station-voters-changed.fewer",
          "{station} expects {after}, {before} in the previous round: {share} fewer, beyond the"
              + " {limit} change a policy allows; confirm the count or correct it",
          "{station} {after} پیش‌بینی می‌کند و در دور پیش {before}: {share} کمتر، فراتر از تغییر"
              + " {limit} که سیاست روا می‌دارد؛ این شمار را تأیید یا درست کنید");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    RoundComparison comparison = context.previous().orElseThrow();
    double limit = context.policy().maxVotersChange();
    Consumer<RoundComparison.MatchedStation> judge =
        pair -> {
          long had = pair.previousVoters();
          long has = pair.currentVoters();
          if (had <= 0) {
            return;
          }
          double share = (double) Math.abs(has - had) / had;
          if (!(share > limit)) {
            return;
          }
          String id = pair.currentId();
          context.report(
              POLLING_STATION.pointer(pair.currentIndex()) + "/expectedVoters",
              id,
              (has > had ? MORE : FEWER)
                  .with("station", Argument.entity(POLLING_STATION, id))
                  .with("after", Argument.count(has, Counted.VOTER))
                  .with("before", Argument.number(had))
                  .with("share", Argument.percent(share))
                  .with("limit", Argument.percent(limit)));
        };
    return comparison.eachMatch(judge);
  }
}
