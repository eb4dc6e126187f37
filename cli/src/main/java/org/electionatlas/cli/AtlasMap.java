package org.electionatlas.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.calendar.JalaliFormat;
import org.electionatlas.io.GeoJson;
import org.electionatlas.io.StationSource;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Noun;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.VotingMethod;

/**
 * Draws an atlas as a map: polling stations as dots coloured by risk or voting method, the area of
 * each county's stations shaded and labelled with its name, the outline of each province the atlas
 * covers whole, a legend, a scale bar and a title with the election and its voting day. The result
 * is an SVG document, or a self-contained HTML page around it (inline CSS and script, nothing
 * fetched from a network) in which hovering a station shows its details.
 *
 * <p>Labels never cover a station or another label ({@link LabelPlacer}): each goes beside its
 * anchor, or farther away with a leader line when that is crowded, or is left out and counted in
 * the legend. A province outline is derived from the stations, never read from border data: it is
 * the convex hull of the province's stations, drawn only where the atlas holds every county of the
 * province and, when the province declares how many stations it has, that many. A province with no
 * located station is drawn as the bounding box the atlas gives it, if any, so that an atlas of
 * provinces alone (the {@code iran-provinces} sample) is a map rather than an empty frame.
 *
 * <p>The map is written as it is drawn, to a {@link Writer}. The stations are read twice or more,
 * through a {@link StationSource}: once for where they are and what category each is in, which is
 * kept in a few numbers per station; then once for each size of dot, to write them smallest first,
 * so that the rarer, larger categories are drawn on top. The colours are from the Okabe-Ito
 * palette, which people with the common forms of colour blindness tell apart; the rarer categories
 * are also drawn larger, so they do not rely on colour alone.
 */
final class AtlasMap {

  /** What the stations' colours show. */
  enum ColorBy {
    RISK,
    METHOD
  }

  private static final int WIDTH = MapProjection.WIDTH;
  private static final int HEIGHT = MapProjection.HEIGHT;
  private static final int MAP_LEFT = MapProjection.MAP_LEFT;
  private static final int MAP_TOP = MapProjection.MAP_TOP;
  private static final int MAP_RIGHT = MapProjection.MAP_RIGHT;
  private static final int MAP_BOTTOM = MapProjection.MAP_BOTTOM;

  /** Room kept clear around each dot, in pixels, so that a label never touches one. */
  private static final double MARK_MARGIN = 1;

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

  private static final Noun LABEL = Noun.of("label", "labels", "برچسب");
  private static final MessageTemplate LABELS_LEFT_OUT =
      MessageTemplate.of(
          "map.labels-left-out", "{count} left out: no room", "{count} کنار ماند: جا نبود");
  private static final MessageTemplate COUNTY_AREA =
      MessageTemplate.of(
          "map.county-area", "area of a county's stations", "پهنهٔ شعبه‌های یک شهرستان");
  private static final MessageTemplate PROVINCE_OUTLINE =
      MessageTemplate.of(
          "map.province-outline", "hull of a province's stations", "پوستهٔ شعبه‌های یک استان");
  private static final MessageTemplate PROVINCE_BOX =
      MessageTemplate.of("map.province-box", "a province's bounding box", "کادر محدودهٔ یک استان");

  private final Atlas frame;
  private final StationSource stations;
  private final ColorBy colorBy;
  private final boolean titles;
  private final List<Category> categories;
  private final int[] counts;
  private final Located located;
  private final long unlocated;
  private final MapProjection projection;
  private final List<Province> boxed;

  private AtlasMap(Atlas frame, StationSource stations, ColorBy colorBy, boolean titles)
      throws IOException {
    this.frame = frame;
    this.stations = stations;
    this.colorBy = colorBy;
    this.titles = titles;
    this.categories =
        colorBy == ColorBy.METHOD
            ? List.copyOf(METHODS.values())
            : List.of(
                RISKS.get(RiskLevel.LOW),
                RISKS.get(RiskLevel.MEDIUM),
                RISKS.get(RiskLevel.HIGH),
                NOT_ASSESSED);
    this.counts = new int[categories.size()];
    this.located = new Located();
    long[] without = {0};
    stations.forEach(
        station -> {
          Optional<Location> point = GeoJson.pointOf(station);
          if (point.isEmpty()) {
            without[0]++;
            return;
          }
          int category = categories.indexOf(category(station));
          counts[category]++;
          located.add(point.get(), category, station.county());
        });
    this.unlocated = without[0];
    Map<String, Integer> perProvince = new HashMap<>();
    for (String county : located.counties) {
      frame.index().county(county).ifPresent(c -> perProvince.merge(c.province(), 1, Integer::sum));
    }
    this.boxed =
        frame.provinces().stream()
            .filter(p -> !perProvince.containsKey(p.id()) && box(p).isPresent())
            .toList();
    double south = located.south;
    double north = located.north;
    double west = located.west;
    double east = located.east;
    for (Province province : boxed) {
      BoundingBox box = box(province).orElseThrow();
      south = Math.min(south, box.minLat());
      north = Math.max(north, box.maxLat());
      west = Math.min(west, box.minLon());
      east = Math.max(east, box.maxLon());
    }
    this.projection = MapProjection.of(south, north, west, east);
  }

  /** A province's bounding box when it is a real box on the globe; any other is not drawn. */
  private static Optional<BoundingBox> box(Province province) {
    return province
        .boundingBox()
        .filter(
            b ->
                b.minLat() >= -90
                    && b.maxLat() <= 90
                    && b.minLon() >= -180
                    && b.maxLon() <= 180
                    && b.minLat() <= b.maxLat()
                    && b.minLon() <= b.maxLon());
  }

  /**
   * Where the located stations are, a few numbers each, and which county each is in: what the map
   * keeps of a station between reading where it is and writing its dot.
   */
  private static final class Located {
    int size;
    double[] lat = new double[64];
    double[] lon = new double[64];
    byte[] category = new byte[64];
    int[] county = new int[64];
    final List<String> counties = new ArrayList<>();
    final Map<String, Integer> countyIndex = new HashMap<>();
    double south = Double.POSITIVE_INFINITY;
    double north = Double.NEGATIVE_INFINITY;
    double west = Double.POSITIVE_INFINITY;
    double east = Double.NEGATIVE_INFINITY;

    void add(Location at, int categoryIndex, String countyId) {
      if (size == lat.length) {
        int grown = size * 2;
        lat = Arrays.copyOf(lat, grown);
        lon = Arrays.copyOf(lon, grown);
        category = Arrays.copyOf(category, grown);
        county = Arrays.copyOf(county, grown);
      }
      Integer index = countyIndex.get(countyId);
      if (index == null) {
        index = counties.size();
        counties.add(countyId);
        countyIndex.put(countyId, index);
      }
      lat[size] = at.lat();
      lon[size] = at.lon();
      category[size] = (byte) categoryIndex;
      county[size] = index;
      size++;
      south = Math.min(south, at.lat());
      north = Math.max(north, at.lat());
      west = Math.min(west, at.lon());
      east = Math.max(east, at.lon());
    }

    /** The stations of each county, by index: a counting sort, O(n). */
    int[][] byCounty() {
      int[][] members = new int[counties.size()][];
      int[] fill = new int[counties.size()];
      for (int i = 0; i < size; i++) {
        fill[county[i]]++;
      }
      for (int c = 0; c < members.length; c++) {
        members[c] = new int[fill[c]];
        fill[c] = 0;
      }
      for (int i = 0; i < size; i++) {
        members[county[i]][fill[county[i]]++] = i;
      }
      return members;
    }
  }

  /**
   * Writes the map of the stations on the atlas's frame (its election, provinces and counties).
   *
   * @param frame the atlas whose election, provinces and counties the map names
   * @param stations the stations to draw; gone through more than once
   * @param colorBy what the colours show
   * @param format SVG, or an HTML page around it
   * @param out where the document goes
   * @throws IOException if writing fails
   */
  static void write(
      Atlas frame, StationSource stations, ColorBy colorBy, MapCommand.Format format, Writer out)
      throws IOException {
    if (format == MapCommand.Format.SVG) {
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      new AtlasMap(frame, stations, colorBy, true).draw(out);
      return;
    }
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title(frame.election())))
        .append("</title>\n<style>\n")
        .append(PAGE_STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n");
    new AtlasMap(frame, stations, colorBy, false).draw(out);
    out.append("</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n")
        .append(PAGE_SCRIPT)
        .append("</script>\n</body>\n</html>\n");
  }

  /** The map of a whole atlas as an SVG document, in memory: for tests and small atlases. */
  static String svg(Atlas atlas, ColorBy colorBy) {
    return inMemory(atlas, colorBy, MapCommand.Format.SVG);
  }

  /** The map of a whole atlas as one HTML page, in memory: for tests and small atlases. */
  static String html(Atlas atlas, ColorBy colorBy) {
    return inMemory(atlas, colorBy, MapCommand.Format.HTML);
  }

  private static String inMemory(Atlas atlas, ColorBy colorBy, MapCommand.Format format) {
    StringWriter out = new StringWriter(512 * 1024);
    try {
      write(atlas, atlas.pollingStations()::forEach, colorBy, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
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

  static String title(Election election) {
    return election.name().preferEnglish() + " \u2014 voting day " + votingDay(election);
  }

  private double x(int station) {
    return projection.x(located.lon[station]);
  }

  private double y(int station) {
    return projection.y(located.lat[station]);
  }

  private void draw(Writer out) throws IOException {
    Election election = frame.election();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(String.valueOf(WIDTH))
        .append(' ')
        .append(String.valueOf(HEIGHT))
        .append("\" width=\"")
        .append(String.valueOf(WIDTH))
        .append("\" height=\"")
        .append(String.valueOf(HEIGHT))
        .append("\" role=\"img\" aria-labelledby=\"map-title map-desc\" font-family=\"")
        .append(escape(FONTS))
        .append("\">\n");
    out.append("<title id=\"map-title\">").append(escape(title(election))).append("</title>\n");
    out.append("<desc id=\"map-desc\">")
        .append(String.valueOf(located.size))
        .append(" polling stations coloured by ")
        .append(colorBy == ColorBy.RISK ? "risk" : "voting method")
        .append(", with the areas of their counties</desc>\n");
    out.append(SVG_STYLE);
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    out.append("<rect class=\"sea\" x=\"")
        .append(String.valueOf(MAP_LEFT))
        .append("\" y=\"")
        .append(String.valueOf(MAP_TOP))
        .append("\" width=\"")
        .append(String.valueOf(MAP_RIGHT - MAP_LEFT))
        .append("\" height=\"")
        .append(String.valueOf(MAP_BOTTOM - MAP_TOP))
        .append("\" rx=\"6\"/>\n");
    drawHeading(out, election);
    projection.drawGraticule(out);
    drawProvinceBoxes(out);
    int[][] byCounty = located.byCounty();
    List<List<double[]>> hulls = new ArrayList<>(byCounty.length);
    for (int[] members : byCounty) {
      hulls.add(hull(members));
    }
    drawCountyAreas(out, hulls);
    boolean outlined = drawProvinceOutlines(out, byCounty, hulls);
    List<Label> labels = placeLabels(byCounty);
    out.append("<g class=\"leaders\">\n");
    for (Label label : labels) {
      if (label.placement().leader()) {
        out.append(
            String.format(
                Locale.ROOT,
                "<line class=\"leader\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                label.x(),
                label.y(),
                label.placement().leaderX(),
                label.placement().leaderY()));
      }
    }
    out.append("</g>\n");
    drawStations(out);
    drawLabels(out, labels);
    projection.drawScaleBar(out);
    drawLegend(out, outlined);
    out.append("</svg>\n");
  }

  private void drawHeading(Writer out, Election election) throws IOException {
    out.append("<g class=\"heading\">\n");
    out.append("<text class=\"title-fa\" x=\"")
        .append(String.valueOf(WIDTH / 2))
        .append("\" y=\"38\" text-anchor=\"middle\" direction=\"rtl\">")
        .append(escape(election.name().fa()))
        .append("</text>\n");
    out.append("<text class=\"title\" x=\"")
        .append(String.valueOf(WIDTH / 2))
        .append("\" y=\"68\" text-anchor=\"middle\">")
        .append(escape(election.name().en().map(en -> en + " \u00b7 ").orElse("")))
        .append("voting day ")
        .append(escape(votingDay(election)))
        .append(" \u00b7 ")
        .append(String.format(Locale.ROOT, "%,d", located.size))
        .append(located.size == 1 ? " polling station" : " polling stations")
        .append("</text>\n</g>\n");
  }

  private void drawProvinceBoxes(Writer out) throws IOException {
    if (boxed.isEmpty()) {
      return;
    }
    out.append("<g class=\"province-boxes\">\n");
    for (Province province : boxed) {
      BoundingBox box = box(province).orElseThrow();
      double left = projection.x(box.minLon());
      double top = projection.y(box.maxLat());
      out.append("<rect class=\"province-box\"");
      attribute(out, "data-province", province.id());
      out.append(
          String.format(
              Locale.ROOT,
              " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>\n",
              left,
              top,
              projection.x(box.maxLon()) - left,
              projection.y(box.minLat()) - top));
    }
    out.append("</g>\n");
  }

  private void drawCountyAreas(Writer out, List<List<double[]>> hulls) throws IOException {
    out.append("<g class=\"counties\">\n");
    for (int c = 0; c < hulls.size(); c++) {
      List<double[]> hull = hulls.get(c);
      if (hull.size() < 3) {
        continue;
      }
      out.append("<polygon class=\"county\"");
      attribute(out, "data-county", located.counties.get(c));
      points(out, hull);
    }
    out.append("</g>\n");
  }

  private static void points(Writer out, List<double[]> polygon) throws IOException {
    out.append(" points=\"");
    for (int i = 0; i < polygon.size(); i++) {
      out.append(i == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "%.1f,%.1f", polygon.get(i)[0], polygon.get(i)[1]));
    }
    out.append("\"/>\n");
  }

  /**
   * The outline of each province the atlas covers whole: every county of it has a located station,
   * and, when the province declares how many stations it has, the atlas locates that many. A hull
   * of part of a province would be taken for the province.
   */
  private boolean drawProvinceOutlines(Writer out, int[][] byCounty, List<List<double[]>> hulls)
      throws IOException {
    Map<String, List<Integer>> countiesOf = new LinkedHashMap<>();
    for (int c = 0; c < byCounty.length; c++) {
      Optional<County> county = frame.index().county(located.counties.get(c));
      if (county.isPresent()) {
        countiesOf.computeIfAbsent(county.get().province(), p -> new ArrayList<>()).add(c);
      }
    }
    Map<String, Integer> declaredCounties = new HashMap<>();
    for (County county : frame.counties()) {
      declaredCounties.merge(county.province(), 1, Integer::sum);
    }
    boolean any = false;
    for (Province province : frame.provinces()) {
      List<Integer> present = countiesOf.getOrDefault(province.id(), List.of());
      int stationsIn = present.stream().mapToInt(c -> byCounty[c].length).sum();
      boolean whole =
          !present.isEmpty()
              && present.size() == declaredCounties.getOrDefault(province.id(), 0)
              && (province.declaredStations().isEmpty()
                  || province.declaredStations().getAsInt() == stationsIn);
      if (!whole) {
        continue;
      }
      List<double[]> corners = new ArrayList<>();
      present.forEach(c -> corners.addAll(hulls.get(c)));
      List<double[]> outline = hullOfPoints(corners);
      if (outline.size() < 3) {
        continue;
      }
      if (!any) {
        out.append("<g class=\"provinces\">\n");
        any = true;
      }
      out.append("<polygon class=\"province\"");
      attribute(out, "data-province", province.id());
      points(out, outline);
    }
    if (any) {
      out.append("</g>\n");
    }
    return any;
  }

  /** The convex hull of the stations' points on the map. */
  private List<double[]> hull(int[] members) {
    List<double[]> points = new ArrayList<>(members.length);
    for (int i : members) {
      points.add(new double[] {x(i), y(i)});
    }
    return hullOfPoints(points);
  }

  /** The convex hull of points (Andrew's monotone chain), O(n log n); fewer than 3 as they are. */
  private static List<double[]> hullOfPoints(List<double[]> given) {
    List<double[]> points = new ArrayList<>(given);
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

  /**
   * Writes the stations, one pass over them for each size of dot, smallest first, so that the
   * larger, rarer categories are drawn on top without holding the stations in memory.
   */
  private void drawStations(Writer out) throws IOException {
    TreeSet<Double> sizes = new TreeSet<>();
    for (int c = 0; c < categories.size(); c++) {
      if (counts[c] > 0) {
        sizes.add(categories.get(c).radius());
      }
    }
    out.append("<g class=\"stations\">\n");
    for (double size : sizes) {
      try {
        stations.forEach(
            station -> {
              Optional<Location> point = GeoJson.pointOf(station);
              Category category = category(station);
              if (point.isPresent() && category.radius() == size) {
                try {
                  drawStation(out, station, point.get(), category);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    out.append("</g>\n");
  }

  private void drawStation(Writer out, PollingStation station, Location at, Category category)
      throws IOException {
    out.append(
        String.format(
            Locale.ROOT,
            "<circle class=\"station\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"",
            projection.x(at.lon()),
            projection.y(at.lat()),
            category.radius(),
            category.color()));
    attribute(out, "data-id", station.id());
    attribute(out, "data-name", station.name().fa());
    Optional<String> english = station.name().en();
    if (english.isPresent()) {
      attribute(out, "data-name-en", english.get());
    }
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

  private String countyName(String id) {
    return frame.index().county(id).map(county -> county.name().fa()).orElse(id);
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

  /**
   * A label that found a place: what it says, where its anchor is, and its box.
   *
   * @param cssClass what it names, {@code county-label} or {@code province-label}
   * @param persian its first line
   * @param english its second line, if any
   * @param x its anchor, horizontally
   * @param y its anchor, vertically
   * @param placement where it goes
   */
  private record Label(
      String cssClass,
      String persian,
      Optional<String> english,
      double x,
      double y,
      LabelPlacer.Placement placement) {}

  /** Rough widths of a label's two lines at their font sizes; enough to keep labels apart. */
  private static double labelWidth(String persian, Optional<String> english) {
    return Math.max(persian.length() * 9.5 + 6, english.map(String::length).orElse(0) * 6.2 + 6);
  }

  private static double labelHeight(Optional<String> english) {
    return english.isPresent() ? 31 : 18;
  }

  private int leftOut;

  /**
   * Places the labels: first those of provinces drawn as boxes, then those of counties, larger
   * counties first, each clear of every dot, the scale bar and the labels placed before it.
   */
  private List<Label> placeLabels(int[][] byCounty) {
    LabelPlacer placer = new LabelPlacer(MapProjection.FRAME);
    for (int i = 0; i < located.size; i++) {
      double r = categories.get(located.category[i]).radius() + MARK_MARGIN;
      placer.mark(LabelPlacer.Box.around(x(i), y(i), r, r));
    }
    placer.mark(projection.scaleBarBox());
    List<Label> labels = new ArrayList<>();
    for (Province province : boxed) {
      BoundingBox box = box(province).orElseThrow();
      double x = projection.x((box.minLon() + box.maxLon()) / 2);
      double y = projection.y((box.minLat() + box.maxLat()) / 2);
      Optional<String> english = province.name().en();
      String persian = province.name().fa();
      placer
          .place(x, y, 0, labelWidth(persian, english), labelHeight(english))
          .ifPresent(at -> labels.add(new Label("province-label", persian, english, x, y, at)));
    }
    Integer[] order = new Integer[byCounty.length];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer c) -> -byCounty[c].length));
    for (int c : order) {
      int[] members = byCounty[c];
      String id = located.counties.get(c);
      Optional<County> county = frame.index().county(id);
      String persian = county.map(k -> k.name().fa()).orElse(id);
      Optional<String> english = county.flatMap(k -> k.name().en());
      double cx = 0;
      double cy = 0;
      for (int i : members) {
        cx += x(i);
        cy += y(i);
      }
      double x = cx / members.length;
      double y = cy / members.length;
      // A county of one station is labelled beside that station's dot, not over it.
      double radius =
          members.length == 1
              ? categories.get(located.category[members[0]]).radius() + MARK_MARGIN
              : 0;
      placer
          .place(x, y, radius, labelWidth(persian, english), labelHeight(english))
          .ifPresent(at -> labels.add(new Label("county-label", persian, english, x, y, at)));
    }
    leftOut = placer.leftOut();
    return labels;
  }

  private void drawLabels(Writer out, List<Label> labels) throws IOException {
    out.append("<g class=\"labels\">\n");
    for (Label label : labels) {
      LabelPlacer.Box box = label.placement().box();
      double middle = (box.left() + box.right()) / 2;
      out.append(
              String.format(
                  Locale.ROOT,
                  "<g class=\"label\"><rect class=\"label-box\" x=\"%.1f\" y=\"%.1f\""
                      + " width=\"%.1f\" height=\"%.1f\" rx=\"3\"/><text class=\"%s\" x=\"%.1f\""
                      + " y=\"%.1f\" text-anchor=\"middle\" direction=\"rtl\">",
                  box.left(),
                  box.top(),
                  box.right() - box.left(),
                  box.bottom() - box.top(),
                  label.cssClass(),
                  middle,
                  box.top() + 14))
          .append(escape(label.persian()))
          .append("</text>");
      if (label.english().isPresent()) {
        out.append(
                String.format(
                    Locale.ROOT,
                    "<text class=\"%s-en\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">",
                    label.cssClass(),
                    middle,
                    box.top() + 27))
            .append(escape(label.english().get()))
            .append("</text>");
      }
      out.append("</g>\n");
    }
    out.append("</g>\n");
  }

  private void drawLegend(Writer out, boolean outlined) throws IOException {
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
    for (int c = 0; c < categories.size(); c++) {
      Category category = categories.get(c);
      if (counts[c] == 0 && category.equals(NOT_ASSESSED)) {
        continue;
      }
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
                  counts[c]))
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
    y += 6;
    out.append("<g class=\"legend-note\">");
    if (located.size > 0) {
      y = note(out, left, right, y, "county", COUNTY_AREA.message());
    }
    if (outlined) {
      y = note(out, left, right, y, "province", PROVINCE_OUTLINE.message());
    }
    if (!boxed.isEmpty()) {
      y = note(out, left, right, y, "province-box", PROVINCE_BOX.message());
    }
    if (unlocated > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%,d %s without a valid location not shown</text>",
              left,
              y,
              unlocated,
              unlocated == 1 ? "station" : "stations"));
      y += 26;
    }
    if (leftOut > 0) {
      Message message = LABELS_LEFT_OUT.with("count", Argument.count(leftOut, LABEL));
      out.append(
              String.format(
                  Locale.ROOT, "<text class=\"labels-left-out\" x=\"%d\" y=\"%d\">", left, y))
          .append(escape(message.render(MessageStyle.ENGLISH)))
          .append("</text>")
          .append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"legend-fa labels-left-out\" x=\"%d\" y=\"%d\" direction=\"rtl\">",
                  right,
                  y + 17))
          .append(escape(message.render(MessageStyle.PERSIAN)))
          .append("</text>");
    }
    out.append("</g>\n</g>\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<text class=\"credit\" x=\"%d\" y=\"%d\">Equirectangular projection, true at %s°N"
                + "</text><text class=\"credit\" x=\"%d\" y=\"%d\">Drawn by Election Atlas</text>\n",
            left,
            MAP_BOTTOM - 18,
            MapProjection.degrees(projection.trueLatitude()),
            left,
            MAP_BOTTOM - 4));
  }

  /** A swatch and its note in both languages; returns where the next line goes. */
  private static int note(Writer out, int left, int right, int y, String swatch, Message note)
      throws IOException {
    out.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"22\" height=\"12\" class=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">",
                left,
                y - 10,
                swatch,
                left + 30,
                y))
        .append(escape(note.render(MessageStyle.ENGLISH)))
        .append("</text>")
        .append(
            String.format(
                Locale.ROOT,
                "<text class=\"legend-fa\" x=\"%d\" y=\"%d\" direction=\"rtl\">",
                right,
                y + 17))
        .append(escape(note.render(MessageStyle.PERSIAN)))
        .append("</text>\n");
    return y + 44;
  }

  private static void attribute(Writer out, String name, String value) throws IOException {
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
          + ".province { fill: none; stroke: #6b6557; stroke-width: 1.6; stroke-dasharray: 6 3;"
          + " stroke-linejoin: round; }\n"
          + ".province-box { fill: #ebe8de; fill-opacity: 0.5; stroke: #8a8474; stroke-width: 1; }\n"
          + ".leader { stroke: #555555; stroke-width: 0.8; }\n"
          + ".label-box { fill: #ffffff; fill-opacity: 0.8; stroke: #bdb8a9; stroke-width: 0.5; }\n"
          + ".station { stroke: #ffffff; stroke-width: 0.6; }\n"
          + ".county-label, .province-label { font-size: 13px; font-weight: bold; fill: #2b2b2b; }\n"
          + ".county-label-en, .province-label-en { font-size: 10px; fill: #5f5f5f; }\n"
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
