package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.electionatlas.diff.AtlasDiff;
import org.electionatlas.io.Samples;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diff's HTML page: one mark of its own shape per station change (added, removed, moved with an
 * arrow from where it was, changed in place), the list of changes and the summaries in the chosen
 * language and calendar, labels that hide no mark, and every text escaped.
 */
class DiffMapTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Atlas KERMAN = Samples.load("kerman-1402");

  /** The Kerman sample with two stations removed, one moved, one changed and one added. */
  static Atlas changed() {
    List<PollingStation> stations = new ArrayList<>(KERMAN.pollingStations());
    stations.remove(500);
    stations.remove(10);
    PollingStation moving = stations.get(100);
    Location at = moving.location().orElseThrow();
    stations.set(
        100,
        PollingStation.builder()
            .from(moving)
            .location(Location.of(at.lat() + 0.05, at.lon() + 0.08))
            .build());
    PollingStation growing = stations.get(200);
    stations.set(
        200,
        PollingStation.builder()
            .from(growing)
            .expectedVoters(growing.expectedVoters() + 300)
            .build());
    stations.add(
        PollingStation.builder()
            .from(stations.get(300))
            .id("sirjan-0999")
            .number(999)
            .name(LocalizedName.of("<b>مدرسه</b> & \"نو\"", "New <i>School</i>"))
            .location(Location.of(at.lat() - 0.1, at.lon() - 0.1))
            .build());
    return Atlas.builder().from(KERMAN).pollingStations(stations).build();
  }

  private static String page(Atlas before, Atlas after, MessageStyle style) throws IOException {
    StringWriter out = new StringWriter();
    DiffMap.write(
        DiffMap.Input.of(before, after, "old.json", "new.json", AtlasDiff.between(before, after)),
        style,
        out);
    return out.toString();
  }

  private static Document svg(String page) throws Exception {
    String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>") + 6);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(UTF_8)));
  }

  private static List<Element> elements(Document document, String name, String cssClass) {
    NodeList nodes = document.getElementsByTagNameNS(SVG, name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  private static List<Element> changes(Document svg, String type) {
    return elements(svg, "g", "change").stream()
        .filter(g -> g.getAttribute("class").equals("change " + type))
        .toList();
  }

  @Test
  void each_station_change_has_one_mark_of_its_kind_with_its_message() throws Exception {
    Document svg = svg(page(KERMAN, changed(), MessageStyle.ENGLISH));

    assertThat(changes(svg, "added")).hasSize(1);
    assertThat(changes(svg, "removed")).hasSize(2);
    assertThat(changes(svg, "moved")).hasSize(1);
    assertThat(changes(svg, "changed")).hasSize(1);
    assertThat(changes(svg, "added").get(0).getElementsByTagNameNS(SVG, "circle").getLength())
        .isEqualTo(1);
    assertThat(changes(svg, "removed").get(0).getElementsByTagNameNS(SVG, "rect").getLength())
        .isEqualTo(1);
    assertThat(changes(svg, "changed").get(0).getElementsByTagNameNS(SVG, "polygon").getLength())
        .isEqualTo(1);
    assertThat(changes(svg, "removed"))
        .extracting(g -> g.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
        .allMatch(title -> title.startsWith("polling station \"") && title.endsWith("was removed"));
    assertThat(changes(svg, "changed").get(0).getTextContent())
        .contains("expected voters up by 300");
    assertThat(elements(svg, "circle", "unchanged"))
        .filteredOn(circle -> number(circle, "cx") < MapProjection.MAP_RIGHT)
        .as("the newer atlas's stations in grey, not the legend's swatch")
        .hasSize(changed().pollingStations().size());
  }

  @Test
  void a_moved_station_is_an_arrow_from_its_old_place_to_its_new_one() throws Exception {
    Document svg = svg(page(KERMAN, changed(), MessageStyle.ENGLISH));

    Element moved = changes(svg, "moved").get(0);
    Element was = (Element) moved.getElementsByTagNameNS(SVG, "circle").item(0);
    Element arrow = (Element) moved.getElementsByTagNameNS(SVG, "line").item(0);
    Element now = (Element) moved.getElementsByTagNameNS(SVG, "circle").item(1);
    assertThat(was.getAttribute("class")).isEqualTo("was");
    assertThat(arrow.getAttribute("marker-end")).isEqualTo("url(#arrow)");
    assertThat(number(arrow, "x1")).isEqualTo(number(was, "cx"));
    assertThat(number(arrow, "y1")).isEqualTo(number(was, "cy"));
    assertThat(number(arrow, "x2")).isEqualTo(number(now, "cx"));
    assertThat(number(arrow, "y2")).isEqualTo(number(now, "cy"));
    // 0.08° east and 0.05° north: the arrow points right and up.
    assertThat(number(arrow, "x2")).isGreaterThan(number(arrow, "x1"));
    assertThat(number(arrow, "y2")).isLessThan(number(arrow, "y1"));
    assertThat(moved.getTextContent()).contains("moved 9.6 km north-east");
  }

  @Test
  void the_list_names_every_change_and_the_summaries_follow() throws IOException {
    String page = page(KERMAN, changed(), MessageStyle.ENGLISH);

    Matcher items =
        Pattern.compile("<li class=\"(\\w+)\" data-kind=\"polling_station\"").matcher(page);
    List<String> types = new ArrayList<>();
    while (items.find()) {
      types.add(items.group(1));
    }
    assertThat(types)
        .containsExactlyInAnyOrder("removed", "removed", "changed", "changed", "added");
    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<title>What changed from old.json to new.json</title>", "5 changes")
        .contains("<h2>By county</h2>", "<h2>By province</h2>", "data-field=\"location\"")
        .contains("voting day 2024-03-01");
  }

  @Test
  void in_persian_the_page_is_right_to_left_with_persian_digits_and_jalali_dates()
      throws Exception {
    String page = page(KERMAN, changed(), MessageStyle.PERSIAN);

    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">")
        .contains("<title>دگرگونی‌ها از old.json تا new.json</title>", "۵ دگرگونی")
        .contains("روز رأی‌گیری ۱۱ اسفند ۱۴۰۲")
        .doesNotContain("was removed", "2024-03-01");
    Document svg = svg(page);
    assertThat(elements(svg, "g", "legend-entry"))
        .extracting(Element::getTextContent)
        .contains("افزوده۱", "برداشته۲", "جابه‌جا۱", "دگرگون در جای خود۱");
  }

  @Test
  void names_from_the_atlas_are_escaped_everywhere() throws IOException {
    String page = page(KERMAN, changed(), MessageStyle.ENGLISH);

    assertThat(page)
        .doesNotContain("<b>", "<i>")
        .contains("&lt;b&gt;مدرسه&lt;/b&gt; &amp; &quot;نو&quot;", "New &lt;i&gt;School&lt;/i&gt;");
    Matcher addresses = Pattern.compile("(https?:)?//[A-Za-z0-9.-]+").matcher(page);
    while (addresses.find()) {
      assertThat(addresses.group()).isEqualTo("http://www.w3.org");
    }
  }

  @Test
  void no_county_label_covers_a_mark_or_another_label() throws Exception {
    Document svg = svg(page(KERMAN, changed(), MessageStyle.ENGLISH));

    List<double[]> marks = new ArrayList<>();
    NodeList circles = svg.getElementsByTagNameNS(SVG, "circle");
    for (int i = 0; i < circles.getLength(); i++) {
      Element c = (Element) circles.item(i);
      double r = number(c, "r");
      marks.add(
          new double[] {
            number(c, "cx") - r, number(c, "cy") - r, number(c, "cx") + r, number(c, "cy") + r
          });
    }
    List<double[]> labels = new ArrayList<>();
    for (Element rect : elements(svg, "rect", "label-box")) {
      labels.add(
          new double[] {
            number(rect, "x"),
            number(rect, "y"),
            number(rect, "x") + number(rect, "width"),
            number(rect, "y") + number(rect, "height")
          });
    }

    assertThat(labels).hasSize(5);
    for (int i = 0; i < labels.size(); i++) {
      double[] label = labels.get(i);
      assertThat(marks).noneMatch(mark -> overlaps(label, mark) && !inLegend(mark));
      assertThat(labels.subList(i + 1, labels.size())).noneMatch(other -> overlaps(label, other));
    }
  }

  private static boolean inLegend(double[] box) {
    return box[0] > MapProjection.MAP_RIGHT;
  }

  private static boolean overlaps(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  @Test
  void two_equal_atlases_give_a_page_that_says_so_with_no_map() throws IOException {
    String page = page(KERMAN, KERMAN, MessageStyle.ENGLISH);

    assertThat(page)
        .contains("The two atlases hold the same data.")
        .contains("No polling station with a valid location changed")
        .doesNotContain("<svg", "<ol");
  }
}
