package org.electionatlas.validation;

import static org.electionatlas.model.BoundingBox.IRAN;
import static org.electionatlas.model.EntityKind.POLLING_STATION;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Location;

/**
 * A station lies within Iran's bounding box ({@link org.electionatlas.model.BoundingBox#IRAN}).
 * Invalid points are left to {@code station-location-invalid}.
 */
final class StationLocationOutsideIranRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("station-location-outside-iran")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A polling station's location should lie within Iran's bounding box (25.0 to"
                      + " 39.8 N, 44.0 to 63.4 E)",
                  "محل شعبهٔ اخذ رأی باید درون کادر مرزی ایران باشد (عرض ۲۵٫۰ تا ۳۹٫۸ شمالی، طول"
                      + " ۴۴٫۰ تا ۶۳٫۴ شرقی)"))
          .rationale(
              Phrase.of(
                  "A point outside Iran is almost always a data-entry slip: latitude and longitude"
                      + " swapped, a sign lost, or a point left at 0, 0 by a form. The station then"
                      + " cannot be routed to, and maps of the atlas show it in the sea or abroad."
                      + " Stations abroad (for Iranians living there) are not in a province's"
                      + " atlas. The box is Iran's extreme points, rounded outward; it is coarse on"
                      + " purpose.",
                  "نقطه‌ای بیرون از ایران تقریباً همیشه لغزش ورود داده است: جای عرض و طول عوض"
                      + " شده، علامت منفی افتاده، یا فرمی نقطه را صفر و صفر گذاشته است. آن‌گاه"
                      + " نمی‌توان برای شعبه مسیر یافت و نقشه‌های اطلس آن را در دریا یا خارج کشور"
                      + " نشان می‌دهند. شعبه‌های خارج از کشور (برای ایرانیان مقیم آنجا) در اطلس"
                      + " استان نیستند. کادر، نقاط انتهایی ایران است که رو به بیرون گرد شده؛ عمداً"
                      + " درشت است."))
          .violatingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "location": {"lat": 56.8055, "lon": 31.2656}}]""")
          .passingExample(
              """
              "pollingStations": [{"id": "ravar-0001", "location": {"lat": 31.2656, "lon": 56.8055}}]""")
          .addTags("geography", "stations")
          .build();

  private static final MessageTemplate OUTSIDE =
      MessageTemplate.of(
          "station-location-outside-iran",
          "{station} lies at {lat}, {lon}, outside Iran (latitude {minLat} to {maxLat}, longitude"
              + " {minLon} to {maxLon})",
          "{station} در نقطهٔ {lat}، {lon} است، بیرون از ایران (عرض {minLat} تا {maxLat}، طول"
              + " {minLon} تا {maxLon})");

  private static final MessageTemplate SWAPPED =
      MessageTemplate.of(
          "station-location-outside-iran.swapped",
          "{station} lies at {lat}, {lon}, outside Iran (latitude {minLat} to {maxLat}, longitude"
              + " {minLon} to {maxLon}); with latitude and longitude swapped it would lie inside",
          "{station} در نقطهٔ {lat}، {lon} است، بیرون از ایران (عرض {minLat} تا {maxLat}، طول"
              + " {minLon} تا {maxLon})؛ اگر جای عرض و طول عوض شود درون ایران می‌افتد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    return (i, station) -> {
      if (station.location().isEmpty()) {
        return;
      }
      Location location = station.location().get();
      if (!location.isValid() || IRAN.contains(location)) {
        return;
      }
      boolean swapped = IRAN.contains(Location.of(location.lon(), location.lat()));
      context.report(
          POLLING_STATION.pointer(i) + "/location",
          station.id(),
          Coordinates.box(
              Coordinates.point(
                  (swapped ? SWAPPED : OUTSIDE)
                      .with("station", Argument.entity(POLLING_STATION, station)),
                  location),
              IRAN));
    };
  }
}
