package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;

/** A station's number is 1 or more. */
final class StationNumberInvalidRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-number-invalid")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A polling station's number must be 1 or more",
                  "شمارهٔ شعبهٔ اخذ رأی باید یک یا بیشتر باشد"))
          .rationale(
              Phrase.of(
                  "Voters, ballot boxes and tally sheets find a station by its number within the"
                      + " county, and counties number their stations from 1. A zero or negative"
                      + " number is a placeholder or an import error, and the forms printed for"
                      + " that station would carry it.",
                  "رأی‌دهندگان، صندوق‌ها و صورت‌جلسه‌های شمارش، شعبه را با شماره‌اش در شهرستان"
                      + " پیدا می‌کنند و هر شهرستان شعبه‌هایش را از یک شماره می‌زند. شمارهٔ صفر یا"
                      + " منفی جای‌نگهدار یا خطای ورود داده است و فرم‌هایی که برای آن شعبه چاپ"
                      + " می‌شود همان را خواهد داشت."))
          .violatingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 0}
              ]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 1}
              ]""")
          .addTags("stations")
          .build();

  private static final MessageTemplate INVALID =
      MessageTemplate.of(
          "station-number-invalid",
          "{station} has number {number}; station numbers start at 1",
          "{station} شمارهٔ {number} دارد؛ شمارهٔ شعبه‌ها از یک آغاز می‌شود");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    return (i, station) -> {
      if (station.number() < 1) {
        context.report(
            POLLING_STATION.pointer(i) + "/number",
            station.id(),
            INVALID
                .with("station", Argument.entity(POLLING_STATION, station))
                .with("number", Argument.number(station.number())));
      }
    };
  }
}
