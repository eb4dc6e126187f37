package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;

/**
 * No two stations of one county share a number. One pass with a table keyed by county and number,
 * holding the first station's position; each later station is reported once, naming the first by
 * its id (from the context's station ids, since no station's strings are kept).
 */
final class StationNumberDuplicateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-number-duplicate")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "Two polling stations of one county must not share a number",
                  "دو شعبهٔ اخذ رأی در یک شهرستان نباید شمارهٔ یکسان داشته باشند"))
          .rationale(
              Phrase.of(
                  "The county's number is how ballot boxes, tally sheets and results are matched"
                      + " to a station. Two stations with one number mix their results, or leave"
                      + " one of them without forms. Numbers restart in each county, so only"
                      + " stations of the same county are compared. Invalid numbers (below 1) are"
                      + " left to station-number-invalid.",
                  "صندوق‌ها، صورت‌جلسه‌ها و نتایج با شمارهٔ شعبه در شهرستان به آن شعبه نسبت داده"
                      + " می‌شوند. دو شعبه با یک شماره نتایجشان درهم می‌شود یا یکی بی‌فرم می‌ماند."
                      + " شماره‌ها در هر شهرستان از نو آغاز می‌شوند، پس فقط شعبه‌های یک شهرستان با"
                      + " هم سنجیده می‌شوند. شماره‌های نامعتبر (کمتر از یک) با قاعدهٔ"
                      + " station-number-invalid است."))
          .violatingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 1},
                {"id": "ravar-0002", "county": "ravar", "number": 1}
              ]""")
          .passingExample(
              """
              "pollingStations": [
                {"id": "ravar-0001", "county": "ravar", "number": 1},
                {"id": "ravar-0002", "county": "ravar", "number": 2},
                {"id": "anar-0001", "county": "anar", "number": 1}
              ]""")
          .addTags("stations", "identity")
          .build();

  private static final MessageTemplate DUPLICATE =
      MessageTemplate.of(
          "station-number-duplicate",
          "{station} has number {number} in {county}, already the number of {first} at {at};"
              + " numbers must differ within a county",
          "{station} در {county} شمارهٔ {number} دارد که پیش‌تر شمارهٔ {first} در {at} است؛"
              + " شمارهٔ شعبه‌های یک شهرستان باید با هم فرق داشته باشد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    IdTable counties = new IdTable();
    LongIntTable first = new LongIntTable();
    StationIds stations = context.stations();
    return (i, station) -> {
      if (station.number() < 1) {
        return;
      }
      long key = ((long) counties.intern(station.county()) << 32) | station.number();
      int earlier = first.putIfAbsent(key, i);
      if (earlier != LongIntTable.ABSENT) {
        context.report(
            POLLING_STATION.pointer(i) + "/number",
            station.id(),
            DUPLICATE
                .with("station", Argument.entity(POLLING_STATION, station))
                .with("number", Argument.number(station.number()))
                .with("county", Argument.entity(COUNTY, station.county()))
                .with("first", Argument.entity(POLLING_STATION, stations.idAt(earlier)))
                .with("at", Argument.text(POLLING_STATION.pointer(earlier))));
      }
    };
  }
}
