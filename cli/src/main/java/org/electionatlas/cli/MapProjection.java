package org.electionatlas.cli;

import java.io.IOException;
import java.util.Locale;

/**
 * Where a point on the Earth goes on the drawing of a map, and the parts that say how to read it:
 * the graticule and the scale bar. Shared by the atlas's map and the diff's map, so that both are
 * drawn alike.
 *
 * <p>The projection is equirectangular, with longitudes scaled by the cosine of the middle
 * latitude, so that shapes and distances near the middle of the map are true; at the scale of a
 * province the error elsewhere is a few percent.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MapProjection {

  static final int WIDTH = 1200;
  static final int HEIGHT = 900;
  static final int MAP_LEFT = 30;
  static final int MAP_TOP = 96;
  static final int MAP_RIGHT = WIDTH - 270;
  static final int MAP_BOTTOM = HEIGHT - 30;

  /** The drawing area, where labels may go. */
  static final LabelPlacer.Box FRAME =
      new LabelPlacer.Box(MAP_LEFT, MAP_TOP, MAP_RIGHT, MAP_BOTTOM);

  private static final double KM_PER_DEGREE = 111.32;

  /** The cosine of 89.4°: a map centred nearer a pole is drawn as if it were there. */
  private static final double MIN_COSINE = 0.01;

  /** More grid lines than the map ever needs; a bound, should the arithmetic ever say otherwise. */
  private static final int MAX_GRID_LINES = 100;

  private final double minLat;
  private final double maxLat;
  private final double minLon;
  private final double cosine;
  private final double scale;
  private final double offsetX;
  private final double offsetY;

  private MapProjection(double south, double north, double west, double east) {
    // A margin of a twentieth, and at least a tenth of a degree, so that no dot sits on the edge.
    double latMargin = Math.max(0.1, (north - south) / 20);
    double lonMargin = Math.max(0.1, (east - west) / 20);
    // Only valid points are drawn (GeoJson.pointOf), so the map spans at most the globe; beyond
    // the poles there is nothing to show, and near them the cosine is kept from vanishing, so that
    // the scale and the number of grid lines stay bounded whatever the stations' coordinates.
    this.minLat = Math.max(-90, south - latMargin);
    this.maxLat = Math.min(90, north + latMargin);
    this.minLon = west - lonMargin;
    double maxLon = east + lonMargin;
    this.cosine = Math.max(MIN_COSINE, Math.cos(Math.toRadians((minLat + maxLat) / 2)));
    double spanX = (maxLon - minLon) * cosine;
    double spanY = maxLat - minLat;
    this.scale = Math.min((MAP_RIGHT - MAP_LEFT) / spanX, (MAP_BOTTOM - MAP_TOP) / spanY);
    this.offsetX = MAP_LEFT + ((MAP_RIGHT - MAP_LEFT) - spanX * scale) / 2;
    this.offsetY = MAP_TOP + ((MAP_BOTTOM - MAP_TOP) - spanY * scale) / 2;
  }

  /**
   * The projection that shows the given extent, with a margin; an empty extent (south above north)
   * shows Iran.
   *
   * @param south the southernmost latitude to show
   * @param north the northernmost latitude
   * @param west the westernmost longitude
   * @param east the easternmost longitude
   * @return the projection
   */
  static MapProjection of(double south, double north, double west, double east) {
    if (!(south <= north && west <= east)) {
      return new MapProjection(25, 40, 44, 63);
    }
    return new MapProjection(south, north, west, east);
  }

  /** {@return where a longitude goes across the drawing} */
  double x(double lon) {
    return offsetX + (lon - minLon) * cosine * scale;
  }

  /** {@return where a latitude goes down the drawing} */
  double y(double lat) {
    return offsetY + (maxLat - lat) * scale;
  }

  /** {@return the latitude at the middle of the map, where it is true} */
  double trueLatitude() {
    return Math.round((minLat + maxLat) / 2 * 10) / 10.0;
  }

  void drawGraticule(Appendable out) throws IOException {
    double maxLon = minLon + (MAP_RIGHT - MAP_LEFT) / (cosine * scale);
    double step = niceDegrees(Math.max(maxLat - minLat, maxLon - minLon));
    out.append("<g class=\"graticule\">\n");
    double firstLon = Math.ceil(minLon / step) * step;
    for (int line = 0; line < MAX_GRID_LINES && firstLon + line * step <= maxLon; line++) {
      double lon = firstLon + line * step;
      double x = x(lon);
      if (x < MAP_LEFT + 1 || x > MAP_RIGHT - 1) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text x=\"%.1f\" y=\"%d\""
                  + " text-anchor=\"middle\">%s°E</text>\n",
              x,
              MAP_TOP,
              x,
              MAP_BOTTOM,
              x,
              MAP_TOP - 6,
              degrees(lon)));
    }
    double firstLat = Math.ceil(minLat / step) * step;
    for (int line = 0; line < MAX_GRID_LINES && firstLat + line * step <= maxLat; line++) {
      double lat = firstLat + line * step;
      double y = y(lat);
      if (y < MAP_TOP + 1 || y > MAP_BOTTOM - 1) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/><text x=\"%d\" y=\"%.1f\""
                  + " text-anchor=\"end\" dominant-baseline=\"middle\">%s°N</text>\n",
              MAP_LEFT,
              y,
              MAP_RIGHT,
              y,
              MAP_RIGHT,
              y - 8,
              degrees(lat)));
    }
    out.append("</g>\n");
  }

  /** A round step for grid lines: about four to eight lines across the map. */
  private static double niceDegrees(double span) {
    for (double step : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10}) {
      if (span / step <= 8) {
        return step;
      }
    }
    return 20;
  }

  static String degrees(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.replaceFirst("\\.?0+$", "");
  }

  /** {@return the box the scale bar and its figures take, which no label may cover} */
  LabelPlacer.Box scaleBarBox() {
    double left = MAP_LEFT + 16;
    double bottom = MAP_BOTTOM - 16;
    return new LabelPlacer.Box(left - 2, bottom - 26, left + scaleBarLength() + 2, bottom + 2);
  }

  private double scaleBarKm() {
    double pixelsPerKm = scale / KM_PER_DEGREE;
    double km = 1;
    for (double candidate : new double[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
      if (candidate * pixelsPerKm <= (MAP_RIGHT - MAP_LEFT) / 5.0) {
        km = candidate;
      }
    }
    return km;
  }

  private double scaleBarLength() {
    return scaleBarKm() * scale / KM_PER_DEGREE;
  }

  void drawScaleBar(Appendable out) throws IOException {
    double length = scaleBarLength();
    double left = MAP_LEFT + 16;
    double bottom = MAP_BOTTOM - 16;
    out.append("<g class=\"scale\">\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"6\" fill=\"#333333\"/>\n"
                + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"6\" fill=\"#ffffff\""
                + " stroke=\"#333333\"/>\n"
                + "<text x=\"%.1f\" y=\"%.1f\">0</text><text x=\"%.1f\" y=\"%.1f\""
                + " text-anchor=\"end\">%s km</text>\n",
            left,
            bottom - 6,
            length / 2,
            left + length / 2,
            bottom - 6,
            length / 2,
            left,
            bottom - 12,
            left + length,
            bottom - 12,
            degrees(scaleBarKm())));
    out.append("</g>\n");
  }
}
