package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Staff;

/** A station has at least the policy's minimum of observers. */
final class StationObserverMissingRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-observer-missing")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station should have at least the policy's minimum of observers (1"
                      + " unless set)",
                  "شعبهٔ اخذ رأی باید دست‌کم به اندازهٔ کمینهٔ سیاست ناظر داشته باشد (یک مگر آنکه"
                      + " تعیین شود)"))
          .rationale(
              Phrase.of(
                  "Observers (of the supervisory boards and the Guardian Council) are what makes a"
                      + " station's count trusted by those who did not run it; a station nobody"
                      + " observes is where complaints about the result concentrate. A station"
                      + " without a staff entry is not reported: the atlas does not say.",
                  "ناظران (هیئت‌های نظارت و شورای نگهبان) سبب می‌شوند کسانی که شعبه را اداره"
                      + " نکرده‌اند به شمارش آن اعتماد کنند؛ شعبه‌ای که هیچ ناظری ندارد همان جایی"
                      + " است که شکایت‌ها از نتیجه در آن جمع می‌شود. شعبه‌ای که بخش عوامل ندارد"
                      + " گزارش نمی‌شود: اطلس چیزی نگفته است."))
          .violatingExample(
              """
              "pollingStations": [{"id": "anar-0001", "staff": {"officials": 5, "observers": 0}}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "anar-0001", "staff": {"officials": 5, "observers": 2}}]""")
          .addTags("stations")
          .build();

  private static final Noun OBSERVER = Noun.of("observer", "observers", "ناظر");

  private static final MessageTemplate MISSING =
      MessageTemplate.of(
          "station-observer-missing",
          "{station} has {observers}; at least {minimum} should watch every station",
          "{station} {observers} دارد؛ دست‌کم {minimum} ناظر باید بر هر شعبه نظارت کند");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    int minimum = context.policy().minObservers();
    return (i, station) -> {
      if (station.staff().isEmpty()) {
        return;
      }
      Staff staff = station.staff().get();
      if (staff.observers() < minimum) {
        context.report(
            POLLING_STATION.pointer(i) + "/staff/observers",
            station.id(),
            MISSING
                .with("station", Argument.entity(POLLING_STATION, station))
                .with("observers", Argument.count(staff.observers(), OBSERVER))
                .with("minimum", Argument.number(minimum)));
      }
    };
  }
}
