package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;

/**
 * A station's location is a valid WGS84 point ({@link Location#isValid}); each bad coordinate is
 * reported at its own pointer.
 */
final class StationLocationInvalidRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-location-invalid")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A polling station's location must have a latitude in [-90, 90] and a longitude"
                      + " in [-180, 180]",
                  "عرض جغرافیایی محل شعبهٔ اخذ رأی باید میان منفی ۹۰ و ۹۰ و طول جغرافیایی آن میان"
                      + " منفی ۱۸۰ و ۱۸۰ درجه باشد"))
          .rationale(
              Phrase.of(
                  "Maps, routing of ballot boxes and the location rules all need a real point. A"
                      + " latitude of 312656 is a lost decimal point; one beyond 90 is often a"
                      + " longitude in the latitude field. Such a station cannot be found on any"
                      + " map. Each bad coordinate is reported at its own pointer.",
                  "نقشه‌ها، مسیر فرستادن صندوق‌ها و قاعده‌های مکان همه به نقطه‌ای واقعی نیاز دارند."
                      + " عرض ۳۱۲۶۵۶ ممیزی است که گم شده؛ عرض بیش از ۹۰ اغلب طولی است که در خانهٔ"
                      + " عرض نوشته شده. چنین شعبه‌ای روی هیچ نقشه‌ای پیدا نمی‌شود. هر مختصات نادرست"
                      + " در نشانی خودش گزارش می‌شود."))
          .violatingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "location": {"lat": 312.656, "lon": 56.8055}}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "location": {"lat": 31.2656, "lon": 56.8055}}]""")
          .addTags("geography", "stations")
          .build();

  private static final MessageTemplate LATITUDE =
      MessageTemplate.of(
          "station-location-invalid",
          "{station} has latitude {lat}; a latitude lies in -90 to 90 degrees",
          "عرض جغرافیایی {station} {lat} است؛ عرض جغرافیایی میان منفی ۹۰ و ۹۰ درجه است");

  private static final MessageTemplate LONGITUDE =
      MessageTemplate.of(
          "station-location-invalid.longitude",
          "{station} has longitude {lon}; a longitude lies in -180 to 180 degrees",
          "طول جغرافیایی {station} {lon} است؛ طول جغرافیایی میان منفی ۱۸۰ و ۱۸۰ درجه است");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    return (i, station) -> {
      if (station.location().isEmpty() || station.location().get().isValid()) {
        return;
      }
      Location location = station.location().get();
      if (!Location.isValidLatitude(location.lat())) {
        context.report(
            POLLING_STATION.pointer(i) + "/location/lat",
            station.id(),
            LATITUDE
                .with("station", Argument.entity(POLLING_STATION, station))
                .with("lat", Coordinates.degrees(location.lat())));
      }
      if (!Location.isValidLongitude(location.lon())) {
        context.report(
            POLLING_STATION.pointer(i) + "/location/lon",
            station.id(),
            LONGITUDE
                .with("station", Argument.entity(POLLING_STATION, station))
                .with("lon", Coordinates.degrees(location.lon())));
      }
    };
  }
}
