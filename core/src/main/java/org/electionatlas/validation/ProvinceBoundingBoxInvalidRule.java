package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Province;

/** A province's bounding box is a real rectangle of valid degrees. */
final class ProvinceBoundingBoxInvalidRule extends CatalogueRule {

  ProvinceBoundingBoxInvalidRule() {
    super(
        "province-bounding-box-invalid",
        Severity.ERROR,
        "A province's bounding box must have min ≤ max and lie within valid degrees",
        "The box is what station locations are checked against. A box with its edges swapped, or"
            + " with latitude and longitude exchanged, contains nothing, and every station of the"
            + " province would look misplaced; such a box is not used to judge stations until it"
            + " is fixed. Boxes that cross the 180th meridian are not supported, as no Iranian"
            + " province needs one.",
        """
        "provinces": [{"id": "kerman", "code": "IR-08",
          "boundingBox": {"minLat": 32.0, "minLon": 54.3, "maxLat": 26.4, "maxLon": 59.6}}]""",
        """
        "provinces": [{"id": "kerman", "code": "IR-08",
          "boundingBox": {"minLat": 26.4, "minLon": 54.3, "maxLat": 32.0, "maxLon": 59.6}}]""");
  }

  /** Whether the box has finite edges within valid degrees and min ≤ max on both axes. */
  static boolean isValid(BoundingBox box) {
    return problems(box).isEmpty();
  }

  private static List<String> problems(BoundingBox box) {
    List<String> problems = new ArrayList<>();
    double[] edges = {box.minLat(), box.minLon(), box.maxLat(), box.maxLon()};
    for (double edge : edges) {
      if (!Double.isFinite(edge)) {
        problems.add("an edge is not a finite number");
        return problems;
      }
    }
    if (Math.abs(box.minLat()) > 90 || Math.abs(box.maxLat()) > 90) {
      problems.add("a latitude lies outside -90 to 90");
    }
    if (Math.abs(box.minLon()) > 180 || Math.abs(box.maxLon()) > 180) {
      problems.add("a longitude lies outside -180 to 180");
    }
    if (box.minLat() > box.maxLat()) {
      problems.add("minLat is greater than maxLat");
    }
    if (box.minLon() > box.maxLon()) {
      problems.add("minLon is greater than maxLon");
    }
    return problems;
  }

  static String describe(BoundingBox box) {
    return String.format(
        Locale.ROOT,
        "latitude %s to %s, longitude %s to %s",
        box.minLat(),
        box.maxLat(),
        box.minLon(),
        box.maxLon());
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Province> provinces = atlas.provinces();
    for (int i = 0; i < provinces.size(); i++) {
      Province province = provinces.get(i);
      if (province.boundingBox().isEmpty()) {
        continue;
      }
      BoundingBox box = province.boundingBox().get();
      List<String> problems = problems(box);
      if (!problems.isEmpty()) {
        findings.report(
            PROVINCE.pointer(i) + "/boundingBox",
            province.id(),
            "the bounding box of "
                + Describe.entity(PROVINCE, province)
                + " ("
                + describe(box)
                + ") is not a valid box: "
                + Describe.list(problems)
                + "; a box runs from its south-west corner (min) to its north-east corner (max)");
      }
    }
  }
}
