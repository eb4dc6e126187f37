package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;

/**
 * No county has, in this atlas, fewer stations than the previous round gave it by more than the
 * policy's share ({@link ValidationPolicy#maxCountyStationLoss()}). Counties are the same county
 * when their ids are; the count is net (stations closed less stations opened), which is what the
 * county's voters feel. A county the atlas no longer has lost all of its stations, and is located
 * in the previous round's document.
 */
final class CountyStationsLostRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("county-stations-lost")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A county should not lose more than the policy's share of its polling stations"
                      + " since the previous round",
                  "هیچ شهرستانی نباید از دور پیش بیش از سهمی که سیاست تعیین کرده از شعبه‌های اخذ"
                      + " رأی‌اش را از دست بدهد"))
          .rationale(
              Phrase.of(
                  "Stations close one at a time for good reasons (a school demolished, two villages"
                      + " served by one station), but a county that loses a fifth of its stations"
                      + " between two rounds sends many voters farther or into longer queues, and"
                      + " is more often an atlas cut short (a county's sheet left out of the"
                      + " import) than a plan. The share is the policy's maxCountyStationLoss"
                      + " (20 % unless set), counted net: stations opened make up for stations"
                      + " closed.",
                  "شعبه‌ها یکی‌یکی و به دلیل‌های درست بسته می‌شوند (مدرسه‌ای که تخریب شده، دو روستا"
                      + " که یک شعبه دارند)، ولی شهرستانی که میان دو دور یک‌پنجم شعبه‌هایش را از دست"
                      + " بدهد رأی‌دهندگان بسیاری را راهی جای دورتر یا صف بلندتر می‌کند، و بیشتر"
                      + " نشانهٔ اطلسی ناقص است (برگهٔ یک شهرستان که در ورود داده جا مانده) تا"
                      + " برنامه‌ای سنجیده. این سهم maxCountyStationLoss سیاست است (اگر تعیین نشود"
                      + " ۲۰ درصد)، به‌صورت خالص: شعبه‌های تازه جای شعبه‌های بسته را پر می‌کنند."))
          .previousExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "number": 1}, {"id": "ravar-0002", "number": 2},
                {"id": "ravar-0003", "number": 3}, {"id": "ravar-0004", "number": 4},
                {"id": "ravar-0005", "number": 5}
              ]""")
          .violatingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "number": 1}, {"id": "ravar-0002", "number": 2},
                {"id": "ravar-0003", "number": 3}
              ],
              "issues": [{"id": "ravar-closures", "scope": ["ravar-0004", "ravar-0005"]}]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "number": 1}, {"id": "ravar-0002", "number": 2},
                {"id": "ravar-0003", "number": 3}, {"id": "ravar-0004", "number": 4}
              ],
              "issues": [{"id": "ravar-closures", "scope": ["ravar-0005"]}]""")
          .needsPreviousRound(true)
          .addTags("counties", "stations", "previous-round")
          .build();

  private static final MessageTemplate LOST =
      MessageTemplate.of(
          "county-stations-lost",
          "{county} had {before} in the previous round and has {after} now, {share} fewer, more"
              + " than the {limit} a policy allows; confirm that the closures are planned and"
              + " that no stations were left out of the atlas",
          "{county} در دور پیش {before} داشت و اکنون {after} دارد، {share} کمتر، بیش از حد {limit}"
              + " که سیاست روا می‌دارد؛ مطمئن شوید بستن شعبه‌ها برنامه‌ریزی‌شده است و شعبه‌ای از"
              + " اطلس جا نمانده است");

  private static final MessageTemplate GONE =
      MessageTemplate.of(
          "county-stations-lost.county-gone",
          "{county} had {before} in the previous round and is not in this atlas, so all of them"
              + " are gone; if the county was split or renamed, its stations should name the new"
              + " county",
          "{county} در دور پیش {before} داشت و در این اطلس نیست، پس همهٔ آن‌ها از دست رفته‌اند؛"
              + " اگر شهرستان تقسیم شده یا نامش عوض شده است، شعبه‌هایش باید شهرستان تازه را نام"
              + " ببرند");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    PreviousRound previous = context.previous().orElseThrow().previous();
    AtlasIndex index = frame.index();
    int[] count = new int[frame.counties().size()];
    return new RuleCheck() {
      @Override
      public void station(int i, PollingStation station) {
        int c = index.position(COUNTY, station.county()).orElse(-1);
        if (c >= 0) {
          count[c]++;
        }
      }

      @Override
      public void end() {
        double limit = context.policy().maxCountyStationLoss();
        List<County> before = previous.frame().counties();
        for (int old = 0; old < before.size(); old++) {
          int had = previous.stationsOfCounty(old);
          if (had == 0) {
            continue;
          }
          County county = before.get(old);
          int now = index.position(COUNTY, county.id()).orElse(-1);
          int has = now < 0 ? 0 : count[now];
          double share = (double) (had - has) / had;
          if (!(share > limit)) {
            continue;
          }
          if (now < 0) {
            context.reportInPrevious(
                COUNTY.pointer(old),
                county.id(),
                GONE.with("county", Argument.entity(COUNTY, county))
                    .with("before", Argument.count(had, Counted.STATION)));
          } else {
            context.report(
                COUNTY.pointer(now),
                county.id(),
                LOST.with("county", Argument.entity(COUNTY, frame.counties().get(now)))
                    .with("before", Argument.count(had, Counted.STATION))
                    .with("after", Argument.count(has, Counted.STATION))
                    .with("share", Argument.percent(share))
                    .with("limit", Argument.percent(limit)));
          }
        }
      }
    };
  }
}
