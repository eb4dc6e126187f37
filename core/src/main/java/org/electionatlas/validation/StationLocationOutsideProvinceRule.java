package org.electionatlas.validation;

import static org.electionatlas.model.BoundingBox.IRAN;
import static org.electionatlas.model.EntityKind.POLLING_STATION;
import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.Optional;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Location;
import org.electionatlas.model.Province;

/** A station lies within its province's bounding box, when the province has a valid one. */
final class StationLocationOutsideProvinceRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-location-outside-province")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station's location should lie within its province's bounding box,"
                      + " when the province has one",
                  "محل شعبهٔ اخذ رأی باید درون کادر مرزی استانش باشد، اگر استان کادر داشته باشد"))
          .rationale(
              Phrase.of(
                  "A station placed outside its province is either at the wrong point (copied"
                      + " from a station elsewhere, or geocoded to a town of the same name in"
                      + " another province) or under the wrong county. Either way the ballot boxes"
                      + " would be sent to the wrong place. Stations whose county or province is"
                      + " unknown, whose location is invalid or already outside Iran, or whose"
                      + " province's box is invalid are left to the rules that report those.",
                  "شعبه‌ای که بیرون از استانش افتاده یا در نقطهٔ نادرست است (از شعبه‌ای دیگر"
                      + " رونویسی شده، یا به شهری هم‌نام در استانی دیگر نسبت داده شده) یا زیر"
                      + " شهرستان نادرست آمده است. در هر دو حال صندوق‌ها به جای نادرست فرستاده"
                      + " می‌شوند. شعبه‌هایی که شهرستان یا استانشان ناشناخته است، مکانشان نامعتبر"
                      + " یا از پیش بیرون از ایران است، یا کادر استانشان نامعتبر است به قاعده‌هایی"
                      + " سپرده می‌شوند که همان‌ها را گزارش می‌کنند."))
          .violatingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08",
                "boundingBox": {"minLat": 26.4, "minLon": 54.3, "maxLat": 32.0, "maxLon": 59.6}}],
              "pollingStations": [{"id": "ravar-0001", "county": "ravar",
                "location": {"lat": 35.6892, "lon": 51.3890}}]""")
          .passingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08",
                "boundingBox": {"minLat": 26.4, "minLon": 54.3, "maxLat": 32.0, "maxLon": 59.6}}],
              "pollingStations": [{"id": "ravar-0001", "county": "ravar",
                "location": {"lat": 31.2656, "lon": 56.8055}}]""")
          .addTags("geography", "stations")
          .build();

  private static final MessageTemplate OUTSIDE =
      MessageTemplate.of(
          "station-location-outside-province",
          "{station} lies at {lat}, {lon}, outside the bounding box of its {province} (latitude"
              + " {minLat} to {maxLat}, longitude {minLon} to {maxLon})",
          "{station} در نقطهٔ {lat}، {lon} است، بیرون از کادر مرزی {province} که استان آن است"
              + " (عرض {minLat} تا {maxLat}، طول {minLon} تا {maxLon})");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    return (i, station) -> {
      if (station.location().isEmpty()) {
        return;
      }
      Location location = station.location().get();
      if (!location.isValid() || !IRAN.contains(location)) {
        return;
      }
      Optional<Province> province = index.provinceOf(station);
      if (province.isEmpty() || province.get().boundingBox().isEmpty()) {
        return;
      }
      BoundingBox box = province.get().boundingBox().get();
      if (box.isValid() && !box.contains(location)) {
        context.report(
            POLLING_STATION.pointer(i) + "/location",
            station.id(),
            Coordinates.box(
                Coordinates.point(
                    OUTSIDE
                        .with("station", Argument.entity(POLLING_STATION, station))
                        .with("province", Argument.entity(PROVINCE, province.get())),
                    location),
                box));
      }
    };
  }
}
