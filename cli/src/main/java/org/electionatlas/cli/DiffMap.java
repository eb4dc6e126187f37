package org.electionatlas.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.electionatlas.diff.AreaChange;
import org.electionatlas.diff.AreaSummary;
import org.electionatlas.diff.AtlasDiff;
import org.electionatlas.diff.ChangeType;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.diff.FieldChange;
import org.electionatlas.io.GeoJson;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Language;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;

/**
 * The HTML page of {@code atlas diff --format html}: a map of the polling stations that were added,
 * removed, moved (an arrow from the old place to the new) or changed in place, over the newer
 * atlas's other stations in grey, then the list of every change and the summaries by county and
 * province, all in one language and calendar ({@code --lang}, {@code --calendar}).
 *
 * <p>Each kind of change has its own shape as well as its own colour (Okabe-Ito), so that it does
 * not depend on colour alone: added stations are green discs, removed ones vermilion squares, moved
 * ones a blue arrow ending in a disc, changed ones orange diamonds. Labels name the counties where
 * stations changed and, like those of {@code atlas map}, never cover a mark or another label. Every
 * text from the atlases goes through {@link SafeText#xml}; the page fetches nothing from a network.
 * At most {@value #SHOWN} changes are drawn and listed; the page says how many more there are,
 * which the text and JSON formats list in full.
 */
final class DiffMap {

  /** The most changes drawn and listed, so that the page of two very different atlases opens. */
  static final int SHOWN = 10_000;

  private static final double CONTEXT_RADIUS = 1.6;
  private static final double RADIUS = 4.5;

  /** A kind of change on the map: its CSS class, colour and legend wording. */
  private enum Mark {
    ADDED("added", "#009E73", template("added", "Added", "افزوده")),
    REMOVED("removed", "#D55E00", template("removed", "Removed", "برداشته")),
    MOVED("moved", "#0072B2", template("moved", "Moved", "جابه‌جا")),
    CHANGED("changed", "#E69F00", template("changed", "Changed in place", "دگرگون در جای خود"));

    final String css;
    final String color;
    final MessageTemplate legend;

    Mark(String css, String color, MessageTemplate legend) {
      this.css = css;
      this.color = color;
      this.legend = legend;
    }
  }

  private static MessageTemplate template(String key, String en, String fa) {
    return MessageTemplate.of("diff-map." + key, en, fa);
  }

  private static final MessageTemplate TITLE =
      template(
          "title", "What changed from {before} to {after}", "دگرگونی‌ها از {before} تا {after}");
  private static final MessageTemplate ELECTIONS =
      template(
          "elections",
          "Older: {beforeElection}, voting day {beforeDay}. Newer: {afterElection}, voting day"
              + " {afterDay}.",
          "پیشین: {beforeElection}، روز رأی‌گیری {beforeDay}. تازه: {afterElection}، روز"
              + " رأی‌گیری {afterDay}.");
  private static final MessageTemplate SAME =
      template("same", "The two atlases hold the same data.", "دو اطلس دادهٔ یکسانی دارند.");
  private static final MessageTemplate COUNT =
      template("count", "{count} changes", "{count} دگرگونی");
  private static final MessageTemplate MORE =
      template(
          "more",
          "{count} more changes are not shown here; the text and JSON formats list every one.",
          "{count} دگرگونی دیگر در اینجا نیامده است؛ قالب‌های متن و JSON همه را فهرست می‌کنند.");
  private static final MessageTemplate UNCHANGED =
      template("unchanged", "Other stations", "دیگر شعبه‌ها");
  private static final MessageTemplate SAMPLED =
      template("sampled", "1 in {stride} other stations", "۱ از هر {stride} شعبهٔ دیگر");
  private static final MessageTemplate CHANGES = template("changes", "Changes", "دگرگونی‌ها");
  private static final MessageTemplate COUNTIES =
      template("counties", "By county", "بر پایهٔ شهرستان");
  private static final MessageTemplate PROVINCES =
      template("provinces", "By province", "بر پایهٔ استان");
  private static final MessageTemplate NO_MAP =
      template(
          "no-map",
          "No polling station with a valid location changed, so there is nothing to map.",
          "هیچ شعبه‌ای با جای درست دگرگون نشده است، پس نقشه‌ای نیست.");
  private static final MessageTemplate LABELS_LEFT_OUT =
      template(
          "labels-left-out",
          "{count} county labels left out: no room",
          "{count} برچسب شهرستان کنار ماند: جا نبود");

  /**
   * What the page shows, as the command has it: the two atlases' frames, the changes, the
   * summaries, and where stations stood in each atlas, by index.
   *
   * @param before the older atlas's frame (election, provinces, counties), not null
   * @param after the newer atlas's frame, not null
   * @param beforeName how the older atlas is called (its file name), not null
   * @param afterName how the newer atlas is called, not null
   * @param total how many changes there are, of which {@code changes} may hold only the first
   * @param changes the changes, stations and others, at least the first {@link #SHOWN}
   * @param areas the summaries by county and province, not null
   * @param beforeStation the older atlas's station of an index, for those that changed
   * @param afterStation the newer atlas's station of an index, for those that changed
   * @param afterCount how many stations the newer atlas has
   * @param afterStations the newer atlas's stations, drawn in grey behind the changes; read twice
   */
  record Input(
      Atlas before,
      Atlas after,
      String beforeName,
      String afterName,
      long total,
      List<EntityChange> changes,
      AreaSummary areas,
      IntFunction<Optional<PollingStation>> beforeStation,
      IntFunction<Optional<PollingStation>> afterStation,
      long afterCount,
      Stations afterStations) {

    /** The input of a diff of two atlases held in memory. */
    static Input of(
        Atlas before, Atlas after, String beforeName, String afterName, AtlasDiff diff) {
      List<PollingStation> was = before.pollingStations();
      List<PollingStation> is = after.pollingStations();
      return new Input(
          before,
          after,
          beforeName,
          afterName,
          diff.changes().size(),
          diff.changes(),
          diff.areas(),
          i -> i >= 0 && i < was.size() ? Optional.of(was.get(i)) : Optional.empty(),
          i -> i >= 0 && i < is.size() ? Optional.of(is.get(i)) : Optional.empty(),
          is.size(),
          action -> {
            for (PollingStation station : is) {
              action.accept(station);
            }
          });
    }
  }

  /** The stations of an atlas, handed over one at a time, as often as asked. */
  @FunctionalInterface
  interface Stations {
    /**
     * Hands every station to the action, in the atlas's order.
     *
     * @param action what is done with each
     * @throws IOException if reading them, or the action, fails
     */
    void forEach(StationAction action) throws IOException;
  }

  /** What is done with each station of {@link Stations}. */
  @FunctionalInterface
  interface StationAction {
    /**
     * Does it.
     *
     * @param station the station
     * @throws IOException if writing fails
     */
    void accept(PollingStation station) throws IOException;
  }

  /** The most of the newer atlas's other stations drawn; beyond, one in so many is drawn. */
  static final int CONTEXT = 50_000;

  /** A change drawn on the map: its kind of mark, its places, its message and its county. */
  private record Drawn(
      Mark mark, Optional<Location> from, Location at, String tooltip, String county) {}

  private final Input input;
  private final MessageStyle style;

  private DiffMap(Input input, MessageStyle style) {
    this.input = input;
    this.style = style;
  }

  /**
   * Writes the page.
   *
   * @param input what it shows
   * @param style the language and calendar of every sentence and date
   * @param out where the page goes
   * @throws IOException if writing fails
   */
  static void write(Input input, MessageStyle style, Writer out) throws IOException {
    new DiffMap(input, style).page(out);
  }

  private String render(Message message) {
    return escape(message.render(style));
  }

  private static String escape(String text) {
    return SafeText.xml(text);
  }

  private void page(Writer out) throws IOException {
    boolean persian = style.language() == Language.FA;
    Message title =
        TITLE
            .with("before", Argument.text(input.beforeName()))
            .with("after", Argument.text(input.afterName()));
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(persian ? "fa\" dir=\"rtl" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(render(title))
        .append("</title>\n<style>\n")
        .append(PAGE_STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(render(title))
        .append("</h1>\n<p class=\"elections\">")
        .append(
            render(
                ELECTIONS
                    .with("beforeElection", Argument.name(input.before().election().name()))
                    .with("beforeDay", Argument.date(input.before().election().votingDay()))
                    .with("afterElection", Argument.name(input.after().election().name()))
                    .with("afterDay", Argument.date(input.after().election().votingDay()))))
        .append("</p>\n<p class=\"count\">")
        .append(
            render(
                input.total() == 0
                    ? SAME.message()
                    : COUNT.with("count", Argument.number(input.total()))))
        .append("</p>\n</header>\n<main>\n");
    List<Drawn> drawn = drawable();
    if (drawn.isEmpty()) {
      out.append("<p class=\"no-map\">").append(render(NO_MAP.message())).append("</p>\n");
    } else {
      map(out, drawn);
    }
    list(out);
    areas(out);
    out.append("</main>\n</body>\n</html>\n");
  }

  /** The station changes that can be drawn, at most {@link #SHOWN}, with what marks them. */
  private List<Drawn> drawable() {
    List<Drawn> drawn = new ArrayList<>();
    for (EntityChange change : shown()) {
      if (change.kind() != EntityKind.POLLING_STATION) {
        continue;
      }
      Optional<PollingStation> was = station(change.beforeIndex(), input.beforeStation());
      Optional<PollingStation> is = station(change.afterIndex(), input.afterStation());
      Optional<Location> from = was.flatMap(GeoJson::pointOf);
      Optional<Location> to = is.flatMap(GeoJson::pointOf);
      StringBuilder tooltip = new StringBuilder(change.message().render(style));
      for (FieldChange field : change.fields()) {
        tooltip.append('\n').append(field.message().render(style));
      }
      String county = is.or(() -> was).map(PollingStation::county).orElse("");
      if (change.type() == ChangeType.ADDED && to.isPresent()) {
        drawn.add(new Drawn(Mark.ADDED, Optional.empty(), to.get(), tooltip.toString(), county));
      } else if (change.type() == ChangeType.REMOVED && from.isPresent()) {
        drawn.add(
            new Drawn(Mark.REMOVED, Optional.empty(), from.get(), tooltip.toString(), county));
      } else if (to.isPresent() && from.isPresent() && !same(from.get(), to.get())) {
        drawn.add(new Drawn(Mark.MOVED, from, to.get(), tooltip.toString(), county));
      } else if (to.isPresent()) {
        drawn.add(new Drawn(Mark.CHANGED, Optional.empty(), to.get(), tooltip.toString(), county));
      }
    }
    return drawn;
  }

  private static boolean same(Location a, Location b) {
    return a.lat() == b.lat() && a.lon() == b.lon();
  }

  private static Optional<PollingStation> station(
      OptionalInt index, IntFunction<Optional<PollingStation>> lookup) {
    return index.isPresent() ? lookup.apply(index.getAsInt()) : Optional.empty();
  }

  private List<EntityChange> shown() {
    List<EntityChange> all = input.changes();
    return all.size() > SHOWN ? all.subList(0, SHOWN) : all;
  }

  private void map(Writer out, List<Drawn> drawn) throws IOException {
    double south = Double.POSITIVE_INFINITY;
    double north = Double.NEGATIVE_INFINITY;
    double west = Double.POSITIVE_INFINITY;
    double east = Double.NEGATIVE_INFINITY;
    for (Drawn d : drawn) {
      List<Location> points = new ArrayList<>(List.of(d.at()));
      d.from().ifPresent(points::add);
      for (Location at : points) {
        south = Math.min(south, at.lat());
        north = Math.max(north, at.lat());
        west = Math.min(west, at.lon());
        east = Math.max(east, at.lon());
      }
    }
    double[] extent = {south, north, west, east};
    input
        .afterStations()
        .forEach(
            station -> {
              Optional<Location> point = GeoJson.pointOf(station);
              if (point.isPresent()) {
                Location at = point.get();
                extent[0] = Math.min(extent[0], at.lat());
                extent[1] = Math.max(extent[1], at.lat());
                extent[2] = Math.min(extent[2], at.lon());
                extent[3] = Math.max(extent[3], at.lon());
              }
            });
    MapProjection projection = MapProjection.of(extent[0], extent[1], extent[2], extent[3]);
    int width = MapProjection.WIDTH;
    int height = MapProjection.HEIGHT;
    int top = MapProjection.MAP_TOP - 24;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 ")
        .append(String.valueOf(top))
        .append(' ')
        .append(String.valueOf(width))
        .append(' ')
        .append(String.valueOf(height - top))
        // The page is right to left in Persian; the map's own geometry is not, so it is reset
        // here and each Persian text says its direction itself.
        .append("\" direction=\"ltr\" role=\"img\" aria-label=\"")
        .append(render(CHANGES.message()))
        .append("\">\n")
        .append(SVG_DEFS)
        .append(
            String.format(
                Locale.ROOT,
                "<rect class=\"sea\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\"/>\n",
                MapProjection.MAP_LEFT,
                MapProjection.MAP_TOP,
                MapProjection.MAP_RIGHT - MapProjection.MAP_LEFT,
                MapProjection.MAP_BOTTOM - MapProjection.MAP_TOP));
    projection.drawGraticule(out);
    LabelPlacer placer = new LabelPlacer(MapProjection.FRAME);
    out.append("<g class=\"context\">\n");
    long stride = stride();
    long[] seen = {0};
    input
        .afterStations()
        .forEach(
            station -> {
              Optional<Location> at = GeoJson.pointOf(station);
              if (seen[0]++ % stride != 0 || at.isEmpty()) {
                return;
              }
              double x = projection.x(at.get().lon());
              double y = projection.y(at.get().lat());
              out.append(
                  String.format(
                      Locale.ROOT,
                      "<circle class=\"unchanged\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>\n",
                      x,
                      y,
                      CONTEXT_RADIUS));
              placer.mark(LabelPlacer.Box.around(x, y, CONTEXT_RADIUS + 1, CONTEXT_RADIUS + 1));
            });
    out.append("</g>\n<g class=\"changes\">\n");
    Map<String, double[]> counties = new LinkedHashMap<>();
    int[] counts = new int[Mark.values().length];
    for (Drawn d : drawn) {
      counts[d.mark().ordinal()]++;
      double x = projection.x(d.at().lon());
      double y = projection.y(d.at().lat());
      double[] sum = counties.computeIfAbsent(d.county(), c -> new double[3]);
      sum[0] += x;
      sum[1] += y;
      sum[2]++;
      out.append("<g class=\"change ").append(d.mark().css).append("\">");
      if (d.from().isPresent()) {
        double fx = projection.x(d.from().get().lon());
        double fy = projection.y(d.from().get().lat());
        out.append(
            String.format(
                Locale.ROOT,
                "<circle class=\"was\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>"
                    + "<line class=\"arrow\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                    + " marker-end=\"url(#arrow)\"/>",
                fx,
                fy,
                fx,
                fy,
                x,
                y));
        placer.mark(LabelPlacer.Box.around(fx, fy, 4, 4));
      }
      out.append(shape(d.mark(), x, y))
          .append("<title>")
          .append(escape(d.tooltip()))
          .append("</title></g>\n");
      placer.mark(LabelPlacer.Box.around(x, y, RADIUS + 1, RADIUS + 1));
    }
    out.append("</g>\n");
    placer.mark(projection.scaleBarBox());
    out.append("<g class=\"labels\">\n");
    for (Map.Entry<String, double[]> county : counties.entrySet()) {
      double[] sum = county.getValue();
      Optional<County> known = input.after().index().county(county.getKey());
      if (known.isEmpty()) {
        known = input.before().index().county(county.getKey());
      }
      String name = known.map(c -> persianOrEnglish(c)).orElse(county.getKey());
      double labelWidth = name.length() * (style.language() == Language.FA ? 9.5 : 9) + 8;
      Optional<LabelPlacer.Placement> placed =
          placer.place(sum[0] / sum[2], sum[1] / sum[2], 0, labelWidth, 19);
      if (placed.isEmpty()) {
        continue;
      }
      LabelPlacer.Box box = placed.get().box();
      if (placed.get().leader()) {
        out.append(
            String.format(
                Locale.ROOT,
                "<line class=\"leader\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                sum[0] / sum[2],
                sum[1] / sum[2],
                placed.get().leaderX(),
                placed.get().leaderY()));
      }
      out.append(
              String.format(
                  Locale.ROOT,
                  "<g class=\"label\"><rect class=\"label-box\" x=\"%.1f\" y=\"%.1f\""
                      + " width=\"%.1f\" height=\"%.1f\" rx=\"3\"/><text class=\"county-label\""
                      + " x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\"%s>",
                  box.left(),
                  box.top(),
                  box.right() - box.left(),
                  box.bottom() - box.top(),
                  (box.left() + box.right()) / 2,
                  box.top() + 14,
                  style.language() == Language.FA ? " direction=\"rtl\"" : ""))
          .append(escape(name))
          .append("</text></g>\n");
    }
    out.append("</g>\n");
    projection.drawScaleBar(out);
    legend(out, counts, placer.leftOut());
    out.append("</svg>\n");
  }

  /** One in how many of the newer atlas's stations is drawn in grey: 1 up to {@link #CONTEXT}. */
  private long stride() {
    return Math.max(1, (input.afterCount() + CONTEXT - 1) / CONTEXT);
  }

  private String persianOrEnglish(County county) {
    return style.language() == Language.FA
        ? county.name().fa()
        : county.name().en().orElse(county.name().fa());
  }

  private static String shape(Mark mark, double x, double y) {
    return switch (mark) {
      case ADDED, MOVED ->
          String.format(
              Locale.ROOT,
              "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
              x,
              y,
              RADIUS,
              mark.color);
      case REMOVED ->
          String.format(
              Locale.ROOT,
              "<rect class=\"mark\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                  + " fill=\"%s\"/>",
              x - RADIUS * 0.85,
              y - RADIUS * 0.85,
              RADIUS * 1.7,
              RADIUS * 1.7,
              mark.color);
      case CHANGED ->
          String.format(
              Locale.ROOT,
              "<polygon class=\"mark\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\""
                  + " fill=\"%s\"/>",
              x,
              y - RADIUS,
              x + RADIUS,
              y,
              x,
              y + RADIUS,
              x - RADIUS,
              y,
              mark.color);
    };
  }

  /**
   * The legend beside the map: each kind of change with its shape and count, then the grey
   * stations; mirrored for Persian, which reads from the right.
   */
  private void legend(Writer out, int[] counts, int labelsLeftOut) throws IOException {
    boolean persian = style.language() == Language.FA;
    int left = MapProjection.MAP_RIGHT + 24;
    int right = MapProjection.WIDTH - 24;
    int swatch = persian ? right - 8 : left + 8;
    int text = persian ? right - 24 : left + 24;
    // With direction rtl a text starts at x and runs leftwards, as Persian reads.
    String textAnchor = persian ? "start\" direction=\"rtl" : "start";
    int figure = persian ? left : right;
    String figureAnchor = persian ? "start" : "end";
    int y = MapProjection.MAP_TOP + 20;
    out.append("<g class=\"legend\">\n");
    for (Mark mark : Mark.values()) {
      out.append("<g class=\"legend-entry ")
          .append(mark.css)
          .append("\">")
          .append(shape(mark, swatch, y - 5))
          .append(
              String.format(
                  Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">", text, y, textAnchor))
          .append(render(mark.legend.message()))
          .append("</text>")
          .append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"count\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">",
                  figure,
                  y,
                  figureAnchor))
          .append(escape(style.number(counts[mark.ordinal()])))
          .append("</text></g>\n");
      y += 32;
    }
    out.append(
            String.format(
                Locale.ROOT,
                "<g class=\"legend-entry\"><circle class=\"unchanged\" cx=\"%d\" cy=\"%d\""
                    + " r=\"%.1f\"/><text x=\"%d\" y=\"%d\" text-anchor=\"%s\">",
                swatch,
                y - 5,
                CONTEXT_RADIUS + 1,
                text,
                y,
                textAnchor))
        .append(
            render(
                stride() == 1
                    ? UNCHANGED.message()
                    : SAMPLED.with("stride", Argument.number(stride()))))
        .append("</text></g>\n");
    if (labelsLeftOut > 0) {
      out.append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"labels-left-out\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">",
                  persian ? right - 8 : left,
                  y + 32,
                  textAnchor))
          .append(render(LABELS_LEFT_OUT.with("count", Argument.number(labelsLeftOut))))
          .append("</text>\n");
    }
    out.append("</g>\n");
  }

  private void list(Writer out) throws IOException {
    if (input.changes().isEmpty()) {
      return;
    }
    out.append("<h2>").append(render(CHANGES.message())).append("</h2>\n<ol class=\"changes\">\n");
    for (EntityChange change : shown()) {
      out.append("<li class=\"")
          .append(change.type().name().toLowerCase(Locale.ROOT))
          .append("\" data-kind=\"")
          .append(escape(change.kind().name().toLowerCase(Locale.ROOT)))
          .append("\" data-id=\"")
          .append(escape(change.id()))
          .append("\">")
          .append(render(change.message()));
      if (!change.fields().isEmpty()) {
        out.append("\n<ul>\n");
        for (FieldChange field : change.fields()) {
          out.append("<li data-field=\"")
              .append(escape(field.member()))
              .append("\">")
              .append(render(field.message()))
              .append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    long more = input.total() - shown().size();
    if (more > 0) {
      out.append("<p class=\"more\">")
          .append(render(MORE.with("count", Argument.number(more))))
          .append("</p>\n");
    }
  }

  private void areas(Writer out) throws IOException {
    area(out, COUNTIES, input.areas().counties(), "county-summary");
    area(out, PROVINCES, input.areas().provinces(), "province-summary");
  }

  private void area(Writer out, MessageTemplate heading, List<AreaChange> areas, String css)
      throws IOException {
    if (areas.isEmpty()) {
      return;
    }
    out.append("<h2>")
        .append(render(heading.message()))
        .append("</h2>\n<ul class=\"")
        .append(css)
        .append("\">\n");
    for (AreaChange area : areas) {
      out.append("<li data-id=\"")
          .append(escape(area.id()))
          .append("\">")
          .append(render(area.message()))
          .append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static final String SVG_DEFS =
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
          + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
          + " fill=\"#0072B2\"/></marker></defs>\n";

  private static final String PAGE_STYLE =
      "html, body { margin: 0; background: #ffffff; color: #222222;"
          + " font: 15px/1.5 Vazirmatn, 'Noto Sans Arabic', Tahoma, 'DejaVu Sans', 'Segoe UI',"
          + " sans-serif; }\n"
          + "header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }\n"
          + "h1 { font-size: 22px; margin: 18px 0 4px; }\n"
          + "h2 { font-size: 18px; margin: 24px 0 8px; }\n"
          + ".elections, .count { margin: 2px 0; color: #555555; }\n"
          + "svg { width: 100%; height: auto; display: block; }\n"
          + ".sea { fill: #f4f3ef; }\n"
          + ".graticule line { stroke: #dcdad3; stroke-width: 0.7; }\n"
          + ".graticule text { font-size: 10px; fill: #8a877e; }\n"
          + ".unchanged { fill: #b9b6ad; }\n"
          + ".mark { stroke: #ffffff; stroke-width: 0.8; }\n"
          + ".was { fill: none; stroke: #0072B2; stroke-width: 1.2; }\n"
          + ".arrow { stroke: #0072B2; stroke-width: 1.6; }\n"
          + ".change:hover .mark { stroke: #000000; stroke-width: 2; }\n"
          + ".leader { stroke: #555555; stroke-width: 0.8; }\n"
          + ".label-box { fill: #ffffff; fill-opacity: 0.85; stroke: #bdb8a9; stroke-width: 0.5; }\n"
          + ".county-label { font-size: 13px; font-weight: bold; fill: #2b2b2b; }\n"
          + ".scale text { font-size: 11px; fill: #333333; }\n"
          + ".legend text { font-size: 14px; fill: #333333; }\n"
          + ".changes li.added { border-inline-start: 4px solid #009E73; }\n"
          + ".changes li.removed { border-inline-start: 4px solid #D55E00; }\n"
          + ".changes li.changed, .changes li.renamed { border-inline-start: 4px solid #E69F00; }\n"
          + ".changes > li { padding-inline-start: 8px; margin: 4px 0; }\n"
          + ".changes ul { color: #444444; }\n";
}
