package org.electionatlas.cli;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.calendar.JalaliFormat;
import org.electionatlas.io.GeoJson;
import org.electionatlas.io.SafeText;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.VotingMethod;

/**
 * Draws an atlas as a map: polling stations as dots coloured by risk or voting method, the area of
 * each county's stations shaded and labelled with its name, a legend, a scale bar and a title with
 * the election and its voting day. The result is an SVG document, or a self-contained HTML page
 * around it (inline CSS and script, nothing fetched from a network) in which hovering a station
 * shows its details.
 *
 * <p>The projection is equirectangular, with longitudes scaled by the cosine of the middle
 * latitude, so that shapes and distances near the middle of the map are true; at the scale of a
 * province the error elsewhere is a few percent. The colours are from the Okabe-Ito palette, which
 * people with the common forms of colour blindness tell apart; the rarer categories are also drawn
 * larger and on top, so they do not rely on colour alone.
 */
final class AtlasMap {

  /** What the stations' colours show. */
  enum ColorBy {
    RISK,
    METHOD
  }

  private static final int WIDTH = 1200;
  private static final int HEIGHT = 900;
  private static final int MAP_LEFT = 30;
  private static final int MAP_TOP = 96;
  private static final int MAP_RIGHT = WIDTH - 270;
  private static final int MAP_BOTTOM = HEIGHT - 30;
  private static final double KM_PER_DEGREE = 111.32;

  /** The cosine of 89.4°: a map centred nearer a pole is drawn as if it were there. */
  private static final double MIN_COSINE = 0.01;

  /** More grid lines than the map ever needs; a bound, should the arithmetic ever say otherwise. */
  private static final int MAX_GRID_LINES = 100;

  private static final String FONTS =
      "Vazirmatn, 'Noto Sans Arabic', Tahoma, 'DejaVu Sans', 'Segoe UI', sans-serif";

  /** A class of stations in the legend: its colour and how large and how late it is drawn. */
  private record Category(String english, String persian, String color, double radius) {}

  private static final Map<RiskLevel, Category> RISKS =
      new EnumMap<>(
          Map.of(
              RiskLevel.LOW, new Category("Low risk", "خطر کم", "#0072B2", 3),
              RiskLevel.MEDIUM, new Category("Medium risk", "خطر متوسط", "#E69F00", 3.8),
              RiskLevel.HIGH, new Category("High risk", "خطر زیاد", "#D55E00", 5.5)));
  private static final Category NOT_ASSESSED =
      new Category("Risk not assessed", "ارزیابی نشده", "#999999", 3);
  private static final Map<VotingMethod, Category> METHODS =
      new EnumMap<>(
          Map.of(
              VotingMethod.PAPER, new Category("Paper ballots", "برگه‌ای", "#0072B2", 3),
              VotingMethod.ELECTRONIC,
                  new Category("Electronic voting", "الکترونیکی", "#E69F00", 4.5)));

  private final Atlas atlas;
  private final ColorBy colorBy;
  private final boolean titles;
  private final List<PollingStation> located;
  private final double minLat;
  private final double maxLat;
  private final double minLon;
  private final double cosine;
  private final double scale;
  private final double offsetX;
  private final double offsetY;

  private AtlasMap(Atlas atlas, ColorBy colorBy, boolean titles) {
    this.atlas = atlas;
    this.colorBy = colorBy;
    this.titles = titles;
    this.located =
        atlas.pollingStations().stream()
            .filter(station -> GeoJson.pointOf(station).isPresent())
            .toList();
    double south = Double.POSITIVE_INFINITY;
    double north = Double.NEGATIVE_INFINITY;
    double west = Double.POSITIVE_INFINITY;
    double east = Double.NEGATIVE_INFINITY;
    for (PollingStation station : located) {
      Location at = station.location().orElseThrow();
      south = Math.min(south, at.lat());
      north = Math.max(north, at.lat());
      west = Math.min(west, at.lon());
      east = Math.max(east, at.lon());
    }
    if (located.isEmpty()) {
      south = 25;
      north = 40;
      west = 44;
      east = 63;
    }
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

  /** The map as an SVG document; each station has a title that SVG viewers show on hover. */
  static String svg(Atlas atlas, ColorBy colorBy) {
    StringBuilder out = new StringBuilder(512 * 1024);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    new AtlasMap(atlas, colorBy, true).draw(out);
    return out.toString();
  }

  /** The map as one HTML page with everything inline, and a tooltip for each station. */
  static String html(Atlas atlas, ColorBy colorBy) {
    StringBuilder out = new StringBuilder(512 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title(atlas.election())))
        .append("</title>\n<style>\n")
        .append(PAGE_STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n");
    new AtlasMap(atlas, colorBy, false).draw(out);
    out.append("</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n")
        .append(PAGE_SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /** The voting day as the title shows it: Gregorian, and Jalali as Iranian staff read it. */
  static String votingDay(Election election) {
    LocalDate day = election.votingDay();
    try {
      // First-strong isolates keep the Persian date's words in order inside left-to-right text.
      return day + " (\u2068" + JalaliFormat.formatPersian(JalaliDate.from(day)) + "\u2069)";
    } catch (DateTimeException outsideExactRange) {
      return day.toString();
    }
  }

  private static String title(Election election) {
    return election.name().preferEnglish() + " \u2014 voting day " + votingDay(election);
  }

  private double x(Location at) {
    return offsetX + (at.lon() - minLon) * cosine * scale;
  }

  private double y(Location at) {
    return offsetY + (maxLat - at.lat()) * scale;
  }

  private void draw(StringBuilder out) {
    Election election = atlas.election();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"map-title map-desc\" font-family=\"")
        .append(escape(FONTS))
        .append("\">\n");
    out.append("<title id=\"map-title\">").append(escape(title(election))).append("</title>\n");
    out.append("<desc id=\"map-desc\">")
        .append(located.size())
        .append(" polling stations coloured by ")
        .append(colorBy == ColorBy.RISK ? "risk" : "voting method")
        .append(", with the areas of their counties</desc>\n");
    out.append(SVG_STYLE);
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    out.append("<rect class=\"sea\" x=\"")
        .append(MAP_LEFT)
        .append("\" y=\"")
        .append(MAP_TOP)
        .append("\" width=\"")
        .append(MAP_RIGHT - MAP_LEFT)
        .append("\" height=\"")
        .append(MAP_BOTTOM - MAP_TOP)
        .append("\" rx=\"6\"/>\n");
    drawHeading(out, election);
    drawGraticule(out);
    Map<String, List<PollingStation>> byCounty = new LinkedHashMap<>();
    for (PollingStation station : located) {
      byCounty.computeIfAbsent(station.county(), id -> new ArrayList<>()).add(station);
    }
    drawCountyAreas(out, byCounty);
    // The commonest category goes below the county labels and the rarer ones above them, so that
    // a label never hides the stations a reader looks for (the few electronic or high-risk ones).
    Category commonest =
        counts().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    drawStations(out, "stations", category -> category.equals(commonest));
    drawCountyLabels(out, byCounty, commonest);
    drawStations(out, "stations stations-above", category -> !category.equals(commonest));
    drawScaleBar(out);
    drawLegend(out);
    out.append("</svg>\n");
  }

  private void drawHeading(StringBuilder out, Election election) {
    out.append("<g class=\"heading\">\n");
    out.append("<text class=\"title-fa\" x=\"")
        .append(WIDTH / 2)
        .append("\" y=\"38\" text-anchor=\"middle\" direction=\"rtl\">")
        .append(escape(election.name().fa()))
        .append("</text>\n");
    out.append("<text class=\"title\" x=\"")
        .append(WIDTH / 2)
        .append("\" y=\"68\" text-anchor=\"middle\">")
        .append(escape(election.name().en().map(en -> en + " \u00b7 ").orElse("")))
        .append("voting day ")
        .append(escape(votingDay(election)))
        .append(" \u00b7 ")
        .append(String.format(Locale.ROOT, "%,d", located.size()))
        .append(located.size() == 1 ? " polling station" : " polling stations")
        .append("</text>\n</g>\n");
  }

  private void drawGraticule(StringBuilder out) {
    double maxLon = minLon + (MAP_RIGHT - MAP_LEFT) / (cosine * scale);
    double step = niceDegrees(Math.max(maxLat - minLat, maxLon - minLon));
    out.append("<g class=\"graticule\">\n");
    double firstLon = Math.ceil(minLon / step) * step;
    for (int line = 0; line < MAX_GRID_LINES && firstLon + line * step <= maxLon; line++) {
      double lon = firstLon + line * step;
      double x = offsetX + (lon - minLon) * cosine * scale;
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
      double y = offsetY + (maxLat - lat) * scale;
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
              MAP_RIGHT + 0,
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

  private static String degrees(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.replaceFirst("\\.?0+$", "");
  }

  /** Each county's stations enclosed by their convex hull: where the county votes. */
  private void drawCountyAreas(StringBuilder out, Map<String, List<PollingStation>> byCounty) {
    out.append("<g class=\"counties\">\n");
    for (Map.Entry<String, List<PollingStation>> county : byCounty.entrySet()) {
      List<double[]> hull = hull(county.getValue());
      if (hull.size() < 3) {
        continue;
      }
      out.append("<polygon class=\"county\" data-county=\"")
          .append(escape(county.getKey()))
          .append("\" points=\"");
      for (int i = 0; i < hull.size(); i++) {
        out.append(i == 0 ? "" : " ")
            .append(String.format(Locale.ROOT, "%.1f,%.1f", hull.get(i)[0], hull.get(i)[1]));
      }
      out.append("\"/>\n");
    }
    out.append("</g>\n");
  }

  /** The convex hull of the stations' points on the map (Andrew's monotone chain), O(n log n). */
  private List<double[]> hull(List<PollingStation> stations) {
    List<double[]> points = new ArrayList<>();
    for (PollingStation station : stations) {
      Location at = station.location().orElseThrow();
      points.add(new double[] {x(at), y(at)});
    }
    points.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    if (points.size() < 3) {
      return points;
    }
    double[][] chain = new double[points.size() * 2][];
    int k = 0;
    for (double[] p : points) {
      while (k >= 2 && cross(chain[k - 2], chain[k - 1], p) <= 0) {
        k--;
      }
      chain[k++] = p;
    }
    for (int i = points.size() - 2, lower = k + 1; i >= 0; i--) {
      double[] p = points.get(i);
      while (k >= lower && cross(chain[k - 2], chain[k - 1], p) <= 0) {
        k--;
      }
      chain[k++] = p;
    }
    List<double[]> hull = new ArrayList<>();
    for (int i = 0; i < k - 1; i++) {
      hull.add(chain[i]);
    }
    return hull;
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }

  private Category category(PollingStation station) {
    if (colorBy == ColorBy.METHOD) {
      return requireNonNull(METHODS.get(station.votingMethod()));
    }
    return station.risk().map(risk -> requireNonNull(RISKS.get(risk.level()))).orElse(NOT_ASSESSED);
  }

  /** The categories in legend order, with how many stations each has. */
  private Map<Category, Integer> counts() {
    Map<Category, Integer> counts = new LinkedHashMap<>();
    if (colorBy == ColorBy.METHOD) {
      METHODS.values().forEach(category -> counts.put(category, 0));
    } else {
      RISKS.values().forEach(category -> counts.put(category, 0));
    }
    for (PollingStation station : located) {
      counts.merge(category(station), 1, Integer::sum);
    }
    return counts;
  }

  private void drawStations(StringBuilder out, String classes, Predicate<Category> which) {
    List<PollingStation> sorted = new ArrayList<>();
    for (PollingStation station : located) {
      if (which.test(category(station))) {
        sorted.add(station);
      }
    }
    // Larger, rarer categories last, so that they are drawn on top.
    sorted.sort(Comparator.comparingDouble(station -> category(station).radius()));
    out.append("<g class=\"").append(classes).append("\">\n");
    for (PollingStation station : sorted) {
      Location at = station.location().orElseThrow();
      Category category = category(station);
      out.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"station\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"",
              x(at),
              y(at),
              category.radius(),
              category.color()));
      attribute(out, "data-id", station.id());
      attribute(out, "data-name", station.name().fa());
      station.name().en().ifPresent(en -> attribute(out, "data-name-en", en));
      attribute(out, "data-county", countyName(station.county()));
      attribute(out, "data-number", String.valueOf(station.number()));
      attribute(out, "data-kind", lower(station.kind().name()));
      attribute(out, "data-method", lower(station.votingMethod().name()));
      attribute(out, "data-voters", String.format(Locale.ROOT, "%,d", station.expectedVoters()));
      attribute(
          out,
          "data-risk",
          station
              .risk()
              .map(
                  risk ->
                      lower(risk.level().name()) + risk.note().map(n -> " (" + n + ")").orElse(""))
              .orElse("not assessed"));
      if (titles) {
        out.append("><title>").append(escape(tooltip(station))).append("</title></circle>\n");
      } else {
        out.append("/>\n");
      }
    }
    out.append("</g>\n");
  }

  private String countyName(String id) {
    return atlas.index().county(id).map(county -> county.name().fa()).orElse(id);
  }

  private String tooltip(PollingStation station) {
    return station.name().fa()
        + station.name().en().map(en -> " / " + en).orElse("")
        + "\n"
        + station.id()
        + " \u00b7 "
        + countyName(station.county())
        + " no. "
        + station.number()
        + "\n"
        + lower(station.kind().name())
        + ", "
        + lower(station.votingMethod().name())
        + ", "
        + String.format(Locale.ROOT, "%,d", station.expectedVoters())
        + " voters expected\nrisk: "
        + station.risk().map(risk -> lower(risk.level().name())).orElse("not assessed");
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private void drawCountyLabels(
      StringBuilder out, Map<String, List<PollingStation>> byCounty, Category commonest) {
    out.append("<g class=\"labels\">\n");
    List<double[]> placed = new ArrayList<>();
    // Labels keep clear of the stations drawn above them, which a label would otherwise cover.
    for (PollingStation station : located) {
      Category category = category(station);
      if (!category.equals(commonest)) {
        Location at = station.location().orElseThrow();
        double r = category.radius();
        placed.add(new double[] {x(at) - r, y(at) - r, x(at) + r, y(at) + r});
      }
    }
    List<Map.Entry<String, List<PollingStation>>> counties = new ArrayList<>(byCounty.entrySet());
    // Larger counties choose their place first; smaller ones move aside when they would overlap.
    counties.sort(Comparator.comparingInt(e -> -e.getValue().size()));
    for (Map.Entry<String, List<PollingStation>> entry : counties) {
      Optional<County> county = atlas.index().county(entry.getKey());
      String persian = county.map(c -> c.name().fa()).orElse(entry.getKey());
      Optional<String> english = county.flatMap(c -> c.name().en());
      double cx = 0;
      double cy = 0;
      for (PollingStation station : entry.getValue()) {
        cx += x(station.location().orElseThrow());
        cy += y(station.location().orElseThrow());
      }
      cx /= entry.getValue().size();
      cy /= entry.getValue().size();
      // Rough widths of the two lines at their font sizes; enough to keep labels apart.
      double width =
          Math.max(persian.length() * 9.5 + 6, english.map(String::length).orElse(0) * 6.2 + 4);
      double[] box = place(cx, cy, width, placed);
      placed.add(box);
      double labelX = (box[0] + box[2]) / 2;
      out.append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"county-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                      + " direction=\"rtl\">",
                  labelX,
                  box[1] + 14))
          .append(escape(persian))
          .append("</text>\n");
      english.ifPresent(
          en ->
              out.append(
                      String.format(
                          Locale.ROOT,
                          "<text class=\"county-label-en\" x=\"%.1f\" y=\"%.1f\""
                              + " text-anchor=\"middle\">",
                          labelX,
                          box[1] + 27))
                  .append(escape(en))
                  .append("</text>\n"));
    }
    out.append("</g>\n");
  }

  /**
   * A box for a label near (cx, cy) that overlaps no label placed before: the centroid first, then
   * places around it, further out each round.
   */
  private static double[] place(double cx, double cy, double width, List<double[]> placed) {
    double height = 30;
    double[][] offsets = {
      {0, 0}, {0, -1}, {0, 1}, {1, 0}, {-1, 0}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}
    };
    for (int ring = 1; ring <= 4; ring++) {
      for (double[] offset : offsets) {
        double left = cx - width / 2 + offset[0] * ring * width * 0.6;
        double top = cy - height / 2 + offset[1] * ring * height * 0.7;
        double[] box = {left, top, left + width, top + height};
        if (inside(box) && placed.stream().noneMatch(other -> overlaps(box, other))) {
          return box;
        }
      }
    }
    return new double[] {cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2};
  }

  private static boolean inside(double[] box) {
    return box[0] >= MAP_LEFT && box[1] >= MAP_TOP && box[2] <= MAP_RIGHT && box[3] <= MAP_BOTTOM;
  }

  private static boolean overlaps(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  private void drawScaleBar(StringBuilder out) {
    double pixelsPerKm = scale / KM_PER_DEGREE;
    double km = 1;
    for (double candidate : new double[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
      if (candidate * pixelsPerKm <= (MAP_RIGHT - MAP_LEFT) / 5.0) {
        km = candidate;
      }
    }
    double length = km * pixelsPerKm;
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
            degrees(km)));
    out.append("</g>\n");
  }

  private void drawLegend(StringBuilder out) {
    Map<Category, Integer> counts = counts();
    int left = MAP_RIGHT + 24;
    int right = WIDTH - 24;
    int top = MAP_TOP;
    out.append("<g class=\"legend\">\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<text class=\"legend-title\" x=\"%d\" y=\"%d\">%s</text>\n",
            left,
            top + 16,
            colorBy == ColorBy.RISK ? "Polling stations by risk" : "Polling stations by method"));
    int y = top + 48;
    for (Map.Entry<Category, Integer> entry : counts.entrySet()) {
      Category category = entry.getKey();
      out.append("<g class=\"legend-entry\">")
          .append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%d\" cy=\"%d\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\""
                      + " stroke-width=\"0.8\"/>",
                  left + 8,
                  y - 5,
                  Math.max(4.5, category.radius() + 1.5),
                  category.color()))
          .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">", left + 24, y))
          .append(escape(category.english()))
          .append("</text>")
          .append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"count\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%,d</text>",
                  right,
                  y,
                  entry.getValue()))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"legend-fa\" x=\"%d\" y=\"%d\" direction=\"rtl\">",
                  right,
                  y + 17))
          .append(escape(category.persian()))
          .append("</text></g>\n");
      y += 44;
    }
    int unlocated = atlas.pollingStations().size() - located.size();
    y += 6;
    out.append(
        String.format(
            Locale.ROOT,
            "<g class=\"legend-note\"><rect x=\"%d\" y=\"%d\" width=\"22\" height=\"12\""
                + " class=\"county\"/><text x=\"%d\" y=\"%d\">area of a county's stations</text>",
            left,
            y - 10,
            left + 30,
            y));
    if (unlocated > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%,d %s without a valid location not shown</text>",
              left,
              y + 26,
              unlocated,
              unlocated == 1 ? "station" : "stations"));
    }
    out.append("</g>\n</g>\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<text class=\"credit\" x=\"%d\" y=\"%d\">Equirectangular projection, true at %s°N"
                + "</text><text class=\"credit\" x=\"%d\" y=\"%d\">Drawn by Election Atlas</text>\n",
            left,
            MAP_BOTTOM - 18,
            degrees(Math.round((minLat + maxLat) / 2 * 10) / 10.0),
            left,
            MAP_BOTTOM - 4));
  }

  private static void attribute(StringBuilder out, String name, String value) {
    out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
  }

  /**
   * Text safe in XML and HTML content and in double-quoted attributes, and well-formed XML 1.0
   * whatever characters a name holds: {@link SafeText#xml}.
   */
  static String escape(String text) {
    return SafeText.xml(text);
  }

  private static final String SVG_STYLE =
      "<style>\n"
          + ".sea { fill: #f4f3ef; }\n"
          + ".heading .title-fa { font-size: 24px; font-weight: bold; fill: #222222; }\n"
          + ".heading .title { font-size: 15px; fill: #555555; }\n"
          + ".graticule line { stroke: #dcdad3; stroke-width: 0.7; }\n"
          + ".graticule text { font-size: 10px; fill: #8a877e; }\n"
          + ".county { fill: #e6e3d9; stroke: #c8c4b6; stroke-width: 1; stroke-linejoin: round; }\n"
          + ".station { stroke: #ffffff; stroke-width: 0.6; }\n"
          + ".county-label, .county-label-en { paint-order: stroke; stroke: #ffffff;"
          + " stroke-width: 2.5px; stroke-opacity: 0.85; stroke-linejoin: round; }\n"
          + ".county-label { font-size: 13px; font-weight: bold; fill: #2b2b2b; }\n"
          + ".county-label-en { font-size: 10px; fill: #5f5f5f; }\n"
          + ".scale text { font-size: 11px; fill: #333333; }\n"
          + ".legend text { font-size: 13px; fill: #333333; }\n"
          + ".legend .legend-title { font-size: 15px; font-weight: bold; }\n"
          + ".legend .legend-fa { font-size: 12px; fill: #666666; }\n"
          + ".legend .count { font-variant-numeric: tabular-nums; }\n"
          + ".credit { font-size: 10px; fill: #8a877e; }\n"
          + "</style>\n";

  private static final String PAGE_STYLE =
      "html, body { margin: 0; background: #ffffff; }\n"
          + "main { display: flex; justify-content: center; }\n"
          + "main svg { width: 100%; max-width: 1200px; height: auto; max-height: 100vh; }\n"
          + ".station:hover { stroke: #000000; stroke-width: 2; cursor: pointer; }\n"
          + "#tip { position: fixed; pointer-events: none; background: #ffffff; color: #222222;"
          + " border: 1px solid #bbbbbb; border-radius: 4px; padding: 6px 9px;"
          + " box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); font: 13px/1.45 "
          + FONTS
          + "; max-width: 320px; }\n"
          + "#tip .fa { font-weight: bold; direction: rtl; text-align: right; }\n"
          + "#tip .dim { color: #666666; }\n";

  /** Shows a station's data attributes beside the pointer; text only, never parsed as HTML. */
  private static final String PAGE_SCRIPT =
      "(function () {\n"
          + "  var tip = document.getElementById('tip');\n"
          + "  function line(text, cls) {\n"
          + "    var div = document.createElement('div');\n"
          + "    div.textContent = text;\n"
          + "    if (cls) { div.className = cls; }\n"
          + "    tip.appendChild(div);\n"
          + "  }\n"
          + "  document.addEventListener('mousemove', function (event) {\n"
          + "    var target = event.target;\n"
          + "    if (!target.classList || !target.classList.contains('station')) {\n"
          + "      tip.hidden = true;\n"
          + "      return;\n"
          + "    }\n"
          + "    var d = target.dataset;\n"
          + "    tip.textContent = '';\n"
          + "    line(d.name, 'fa');\n"
          + "    if (d.nameEn) { line(d.nameEn); }\n"
          + "    line(d.id + ' \\u00b7 ' + d.county + ' no. ' + d.number, 'dim');\n"
          + "    line(d.kind + ', ' + d.method + ', ' + d.voters + ' voters expected');\n"
          + "    line('risk: ' + d.risk);\n"
          + "    tip.hidden = false;\n"
          + "    var x = event.clientX + 14;\n"
          + "    var y = event.clientY + 14;\n"
          + "    if (x + tip.offsetWidth > window.innerWidth) {\n"
          + "      x = event.clientX - tip.offsetWidth - 14;\n"
          + "    }\n"
          + "    if (y + tip.offsetHeight > window.innerHeight) {\n"
          + "      y = event.clientY - tip.offsetHeight - 14;\n"
          + "    }\n"
          + "    tip.style.left = x + 'px';\n"
          + "    tip.style.top = y + 'px';\n"
          + "  });\n"
          + "})();\n";
}
