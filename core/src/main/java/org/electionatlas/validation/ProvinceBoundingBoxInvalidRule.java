package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.ArrayList;
import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Province;

/**
 * A province's bounding box is a real rectangle of valid degrees ({@link BoundingBox#isValid}); the
 * message lists what is wrong with it.
 */
final class ProvinceBoundingBoxInvalidRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("province-bounding-box-invalid")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "A province's bounding box must have min ≤ max and lie within valid degrees",
                  "کادر مرزی استان باید کمینه‌ای نابیشتر از بیشینه داشته باشد و در درجه‌های معتبر"
                      + " بگنجد"))
          .rationale(
              Phrase.of(
                  "The box is what station locations are checked against. A box with its edges"
                      + " swapped, or with latitude and longitude exchanged, contains nothing, and"
                      + " every station of the province would look misplaced; such a box is not"
                      + " used to judge stations until it is fixed. Boxes that cross the 180th"
                      + " meridian are not supported, as no Iranian province needs one.",
                  "مکان شعبه‌ها با همین کادر سنجیده می‌شود. کادری که لبه‌هایش جابه‌جا شده یا جای"
                      + " عرض و طولش عوض شده هیچ نقطه‌ای را در بر نمی‌گیرد و همهٔ شعبه‌های استان"
                      + " نابه‌جا به نظر می‌رسند؛ چنین کادری تا درست نشود برای سنجش شعبه‌ها به کار"
                      + " نمی‌رود. کادری که از نصف‌النهار ۱۸۰ بگذرد پشتیبانی نمی‌شود، چون هیچ"
                      + " استانی در ایران به آن نیاز ندارد."))
          .violatingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08",
                "boundingBox": {"minLat": 32.0, "minLon": 54.3, "maxLat": 26.4, "maxLon": 59.6}}]""")
          .passingExample(
              """
              "provinces": [{"id": "kerman", "code": "IR-08",
                "boundingBox": {"minLat": 26.4, "minLon": 54.3, "maxLat": 32.0, "maxLon": 59.6}}]""")
          .addTags("geography")
          .build();

  private static final MessageTemplate INVALID =
      MessageTemplate.of(
          "province-bounding-box-invalid",
          "the bounding box of {province} (latitude {minLat} to {maxLat}, longitude {minLon} to"
              + " {maxLon}) is not a valid box: {problems}; a box runs from its south-west corner"
              + " (min) to its north-east corner (max)",
          "کادر مرزی {province} (عرض {minLat} تا {maxLat}، طول {minLon} تا {maxLon}) کادر"
              + " معتبری نیست: {problems}؛ کادر از گوشهٔ جنوب‌غربی (کمینه) تا گوشهٔ شمال‌شرقی"
              + " (بیشینه) است");

  private static final Argument NOT_FINITE =
      Argument.phrase(Phrase.of("an edge is not a finite number", "یکی از لبه‌ها عدد متناهی نیست"));
  private static final Argument LATITUDE =
      Argument.phrase(
          Phrase.of(
              "a latitude lies outside -90 to 90", "یک عرض بیرون از بازهٔ منفی ۹۰ تا ۹۰ است"));
  private static final Argument LONGITUDE =
      Argument.phrase(
          Phrase.of(
              "a longitude lies outside -180 to 180", "یک طول بیرون از بازهٔ منفی ۱۸۰ تا ۱۸۰ است"));
  private static final Argument LATITUDES_SWAPPED =
      Argument.phrase(Phrase.of("minLat is greater than maxLat", "minLat از maxLat بزرگ‌تر است"));
  private static final Argument LONGITUDES_SWAPPED =
      Argument.phrase(Phrase.of("minLon is greater than maxLon", "minLon از maxLon بزرگ‌تر است"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Province> provinces = frame.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      if (province.boundingBox().isEmpty() || province.boundingBox().get().isValid()) {
        continue;
      }
      BoundingBox box = province.boundingBox().get();
      context.report(
          PROVINCE.pointer(i) + "/boundingBox",
          province.id(),
          Coordinates.box(
              INVALID
                  .with("province", Argument.entity(PROVINCE, province))
                  .with("problems", Argument.all(problems(box))),
              box));
    }
    return RuleCheck.NONE;
  }

  /** What makes the box invalid, one argument a problem; empty for a valid box. */
  private static List<Argument> problems(BoundingBox box) {
    List<Argument> problems = new ArrayList<>();
    double[] edges = {box.minLat(), box.minLon(), box.maxLat(), box.maxLon()};
    for (double edge : edges) {
      if (!Double.isFinite(edge)) {
        problems.add(NOT_FINITE);
        return problems;
      }
    }
    if (Math.abs(box.minLat()) > 90 || Math.abs(box.maxLat()) > 90) {
      problems.add(LATITUDE);
    }
    if (Math.abs(box.minLon()) > 180 || Math.abs(box.maxLon()) > 180) {
      problems.add(LONGITUDE);
    }
    if (box.minLat() > box.maxLat()) {
      problems.add(LATITUDES_SWAPPED);
    }
    if (box.minLon() > box.maxLon()) {
      problems.add(LONGITUDES_SWAPPED);
    }
    return problems;
  }
}
