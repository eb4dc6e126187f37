package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;

/** A station expects at least one voter. */
final class StationVotersInvalidRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-voters-invalid")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A polling station must expect at least one voter",
                  "شعبهٔ اخذ رأی باید دست‌کم یک رأی‌دهنده داشته باشد"))
          .rationale(
              Phrase.of(
                  "Ballots, ink, staff and transport are allocated by expected voters. A station"
                      + " that expects none (or a negative number, an import error) receives"
                      + " nothing, and its county's coverage cannot be judged until the count is"
                      + " fixed.",
                  "تعرفه، جوهر، عوامل و وسیلهٔ نقلیه بر پایهٔ رأی‌دهندگان پیش‌بینی‌شده تخصیص"
                      + " می‌یابد. شعبه‌ای که هیچ رأی‌دهنده‌ای (یا عددی منفی، که خطای ورود داده"
                      + " است) پیش‌بینی نکرده چیزی دریافت نمی‌کند و پوشش شهرستانش تا درست شدن این"
                      + " عدد سنجیدنی نیست."))
          .violatingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "county": "ravar", "expectedVoters": 0}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "county": "ravar", "expectedVoters": 900}]""")
          .addTags("stations", "counting")
          .build();

  private static final MessageTemplate INVALID =
      MessageTemplate.of(
          "station-voters-invalid",
          "{station} expects {voters}; a station expects at least 1",
          "{station} {voters} پیش‌بینی کرده است؛ هر شعبه دست‌کم یک رأی‌دهنده دارد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    return (i, station) -> {
      if (station.expectedVoters() <= 0) {
        context.report(
            POLLING_STATION.pointer(i) + "/expectedVoters",
            station.id(),
            INVALID
                .with("station", Argument.entity(POLLING_STATION, station))
                .with("voters", Argument.count(station.expectedVoters(), Counted.VOTER)));
      }
    };
  }
}
