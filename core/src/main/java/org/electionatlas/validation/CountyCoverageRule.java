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
 * The voters a county's stations expect together, against its eligible voters: one class for the
 * two rules, {@code county-coverage-low} and {@code county-coverage-high}, which share the sum and
 * differ only in the bound they check.
 *
 * <p>Counties without {@code eligibleVoters} (or with an invalid count), without stations, or with
 * a station whose own count is invalid are not judged: other rules report those, and a coverage
 * figure built on them would only repeat the finding.
 *
 * <p>The stations are summed as they come, per county of the frame: a count, a sum and a flag.
 */
final class CountyCoverageRule implements Rule {

  private static final String PASSING =
      """
      "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 2000}],
      "pollingStations": [
        {"id": "anar-0001", "county": "anar", "expectedVoters": 1000},
        {"id": "anar-0002", "county": "anar", "expectedVoters": 900}
      ]""";

  private static final RuleInfo LOW =
      RuleInfo.builder()
          .id("county-coverage-low")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A county's stations together should expect at least the policy's minimum share"
                      + " (80% unless set) of its eligible voters",
                  "شعبه‌های هر شهرستان روی هم باید دست‌کم سهم کمینهٔ سیاست (٪۸۰ مگر آنکه تعیین"
                      + " شود) از واجدان شرایط آن را پیش‌بینی کنند"))
          .rationale(
              Phrase.of(
                  "When the stations of a county expect far fewer voters than it has, some voters"
                      + " have no station planned for them: a village was left out, stations were"
                      + " not imported, or a station's count is far too small. On voting day that"
                      + " means queues and voters turned away. The threshold is the policy's"
                      + " minCoverage.",
                  "وقتی شعبه‌های یک شهرستان بسیار کمتر از رأی‌دهندگانش را پیش‌بینی کرده‌اند، برای"
                      + " برخی رأی‌دهندگان شعبه‌ای در نظر گرفته نشده است: روستایی از قلم افتاده،"
                      + " شعبه‌هایی وارد نشده یا عدد شعبه‌ای بسیار کوچک است. در روز رأی‌گیری این"
                      + " یعنی صف و رأی‌دهندگانی که بازگردانده می‌شوند. آستانه minCoverage سیاست"
                      + " است."))
          .violatingExample(
              """
              "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 2000}],
              "pollingStations": [{"id": "anar-0001", "county": "anar", "expectedVoters": 1000}]""")
          .passingExample(PASSING)
          .addTags("counting", "stations")
          .build();

  private static final RuleInfo HIGH =
      RuleInfo.builder()
          .id("county-coverage-high")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A county's stations together should expect at most the policy's maximum share"
                      + " (110% unless set) of its eligible voters",
                  "شعبه‌های هر شهرستان روی هم باید حداکثر سهم بیشینهٔ سیاست (٪۱۱۰ مگر آنکه تعیین"
                      + " شود) از واجدان شرایط آن را پیش‌بینی کنند"))
          .rationale(
              Phrase.of(
                  "When the stations of a county expect more voters than the county has, voters"
                      + " are counted twice (a station listed twice, or under two counties), or the"
                      + " eligible count is out of date. Ballots and staff are then sent where they"
                      + " are not needed. Some excess is normal, since people may vote outside"
                      + " their county; the threshold is the policy's maxCoverage.",
                  "وقتی شعبه‌های یک شهرستان بیش از رأی‌دهندگان آن را پیش‌بینی کرده‌اند، رأی‌دهندگان"
                      + " دو بار شمرده شده‌اند (شعبه‌ای دو بار یا زیر دو شهرستان آمده) یا شمار"
                      + " واجدان شرایط کهنه است. آن‌گاه تعرفه و عوامل به جایی فرستاده می‌شود که"
                      + " لازم نیست. اندکی بیشی عادی است، چون مردم می‌توانند بیرون از شهرستانشان"
                      + " رأی بدهند؛ آستانه maxCoverage سیاست است."))
          .violatingExample(
              """
              "counties": [{"id": "anar", "province": "kerman", "eligibleVoters": 2000}],
              "pollingStations": [
                {"id": "anar-0001", "county": "anar", "expectedVoters": 1900},
                {"id": "anar-0002", "county": "anar", "expectedVoters": 900}
              ]""")
          .passingExample(PASSING)
          .addTags("counting", "stations")
          .build();

  private static final MessageTemplate TOO_LOW =
      MessageTemplate.of(
          "county-coverage-low",
          "{county} has {stations} expecting {expected} voters together, {share} of its"
              + " {eligible} eligible voters; at least {bound} ({limit}) should be planned for",
          "{county} {stations} دارد که روی هم {expected} رأی‌دهنده پیش‌بینی کرده‌اند، {share} از"
              + " {eligible} واجد شرایطش؛ دست‌کم {bound} ({limit}) باید پیش‌بینی شود");

  private static final MessageTemplate TOO_HIGH =
      MessageTemplate.of(
          "county-coverage-high",
          "{county} has {stations} expecting {expected} voters together, {share} of its"
              + " {eligible} eligible voters; at most {bound} ({limit}) may be planned for",
          "{county} {stations} دارد که روی هم {expected} رأی‌دهنده پیش‌بینی کرده‌اند، {share} از"
              + " {eligible} واجد شرایطش؛ حداکثر {bound} ({limit}) را می‌توان پیش‌بینی کرد");

  private final boolean low;

  private CountyCoverageRule(boolean low) {
    this.low = low;
  }

  /** Too few expected voters for the county's eligible voters. */
  static CountyCoverageRule low() {
    return new CountyCoverageRule(true);
  }

  /** More expected voters than the county has. */
  static CountyCoverageRule high() {
    return new CountyCoverageRule(false);
  }

  @Override
  public RuleInfo info() {
    return low ? LOW : HIGH;
  }

  @Override
  public String toString() {
    return info().id();
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    List<County> counties = frame.counties();
    // Per county of the frame, by position: its stations, the voters they expect, and whether
    // one of them expects none.
    int[] count = new int[counties.size()];
    long[] expected = new long[counties.size()];
    boolean[] invalid = new boolean[counties.size()];
    return new RuleCheck() {
      @Override
      public void station(int i, PollingStation station) {
        index
            .position(COUNTY, station.county())
            .ifPresent(
                c -> {
                  count[c]++;
                  expected[c] += station.expectedVoters();
                  invalid[c] |= station.expectedVoters() <= 0;
                });
      }

      @Override
      public void end() {
        for (int i = 0; i < counties.size(); i++) {
          County county = counties.get(i);
          if (county.eligibleVoters().isEmpty()
              || county.eligibleVoters().getAsInt() < 1
              || index.position(COUNTY, county.id()).orElse(i) != i
              || count[i] == 0
              || invalid[i]) {
            continue;
          }
          judge(i, county, count[i], expected[i], context);
        }
      }
    };
  }

  private void judge(int i, County county, int stations, long expected, RuleContext context) {
    double bound = low ? context.policy().minCoverage() : context.policy().maxCoverage();
    int eligible = county.eligibleVoters().getAsInt();
    double share = (double) expected / eligible;
    if (low ? share < bound : share > bound) {
      long limit = low ? (long) Math.ceil(bound * eligible) : (long) Math.floor(bound * eligible);
      context.report(
          COUNTY.pointer(i) + "/eligibleVoters",
          county.id(),
          (low ? TOO_LOW : TOO_HIGH)
              .with("county", Argument.entity(COUNTY, county))
              .with("stations", Argument.count(stations, Counted.STATION))
              .with("expected", Argument.number(expected))
              .with("share", Argument.percent(share))
              .with("eligible", Argument.number(eligible))
              .with("bound", Argument.percent(bound))
              .with("limit", Argument.number(limit)));
    }
  }
}
