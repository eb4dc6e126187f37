package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.text.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a reader of the map relies on: no label covers a station's dot or another label, in maps of
 * generated atlases from sparse to crowded and of the Kerman sample; every county is labelled or
 * counted as left out; a province is outlined only when the atlas holds all of it; an atlas of
 * provinces alone draws them.
 */
class MapLabelsTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Pattern LEFT_OUT = Pattern.compile("([\\d,]+) labels? left out");

  /** A box read back from the SVG: left, top, right, bottom. */
  private record Box(String what, double left, double top, double right, double bottom) {
    boolean overlaps(Box other) {
      return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
    }
  }

  private static Document parse(String svg) throws Exception {
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

  /** The provinces drawn as boxes; the legend's swatch has the class but names no province. */
  private static List<Element> provinceBoxes(Document svg) {
    return elements(svg, "rect", "province-box").stream()
        .filter(rect -> rect.hasAttribute("data-province"))
        .toList();
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  private static List<Box> marks(Document svg) {
    List<Box> marks = new ArrayList<>();
    for (Element circle : elements(svg, "circle", "station")) {
      double x = number(circle, "cx");
      double y = number(circle, "cy");
      double r = number(circle, "r");
      marks.add(new Box(circle.getAttribute("data-id"), x - r, y - r, x + r, y + r));
    }
    return marks;
  }

  private static List<Box> labels(Document svg) {
    List<Box> labels = new ArrayList<>();
    for (Element rect : elements(svg, "rect", "label-box")) {
      double x = number(rect, "x");
      double y = number(rect, "y");
      labels.add(
          new Box(
              rect.getParentNode().getTextContent(),
              x,
              y,
              x + number(rect, "width"),
              y + number(rect, "height")));
    }
    return labels;
  }

  private static int leftOut(Document svg) {
    Matcher matcher = LEFT_OUT.matcher(svg.getDocumentElement().getTextContent());
    return matcher.find() ? Integer.parseInt(matcher.group(1).replace(",", "")) : 0;
  }

  /** Every label inside the map, clear of every dot and every other label. */
  private static void assertNoLabelHidesAnything(Document svg) {
    List<Box> marks = marks(svg);
    List<Box> labels = labels(svg);
    for (int i = 0; i < labels.size(); i++) {
      Box label = labels.get(i);
      assertThat(label.left()).as(label.what()).isGreaterThanOrEqualTo(MapProjection.MAP_LEFT);
      assertThat(label.top()).as(label.what()).isGreaterThanOrEqualTo(MapProjection.MAP_TOP);
      assertThat(label.right()).as(label.what()).isLessThanOrEqualTo(MapProjection.MAP_RIGHT);
      assertThat(label.bottom()).as(label.what()).isLessThanOrEqualTo(MapProjection.MAP_BOTTOM);
      for (Box mark : marks) {
        assertThat(label.overlaps(mark)).as("label %s covers station %s", label, mark).isFalse();
      }
      for (Box other : labels.subList(i + 1, labels.size())) {
        assertThat(label.overlaps(other)).as("label %s covers label %s", label, other).isFalse();
      }
    }
  }

  static Stream<Arguments> generatedAtlases() {
    return Stream.of(
        Arguments.of(50, 1L),
        Arguments.of(400, 2L),
        Arguments.of(2_000, 3L),
        Arguments.of(6_000, 4L),
        Arguments.of(20_000, 5L));
  }

  @ParameterizedTest(name = "{0} stations, seed {1}")
  @MethodSource("generatedAtlases")
  void no_label_covers_a_station_or_a_label_and_every_county_is_labelled_or_counted(
      int stations, long seed) throws Exception {
    Atlas atlas = AtlasGenerator.of(stations, seed).generate();

    Document svg = parse(AtlasMap.svg(atlas, AtlasMap.ColorBy.RISK));

    assertNoLabelHidesAnything(svg);
    long counties = atlas.pollingStations().stream().map(PollingStation::county).distinct().count();
    assertThat(labels(svg).size() + leftOut(svg)).isEqualTo(counties);
    assertThat(marks(svg)).hasSize(stations);
  }

  @Test
  void a_crowded_map_leaves_labels_out_and_says_how_many_in_both_languages() throws Exception {
    Atlas atlas = AtlasGenerator.of(20_000, 5L).generate();

    Document svg = parse(AtlasMap.svg(atlas, AtlasMap.ColorBy.RISK));

    int leftOut = leftOut(svg);
    assertThat(leftOut).isPositive();
    assertThat(elements(svg, "text", "labels-left-out"))
        .extracting(Element::getTextContent)
        .containsExactly(
            String.format("%,d labels left out: no room", leftOut),
            Folding.persianDigits(String.valueOf(leftOut)) + " برچسب کنار ماند: جا نبود");
  }

  @Test
  void in_the_kerman_map_every_county_is_labelled_clear_of_every_station() throws Exception {
    Atlas kerman = Samples.load("kerman-1402");

    Document svg = parse(AtlasMap.svg(kerman, AtlasMap.ColorBy.RISK));

    assertNoLabelHidesAnything(svg);
    assertThat(labels(svg)).hasSize(kerman.counties().size());
    assertThat(leftOut(svg)).isZero();
  }

  @Test
  void labels_moved_away_from_a_crowded_place_have_a_leader_line_to_it() throws Exception {
    Atlas kerman = Samples.load("kerman-1402");

    Document svg = parse(AtlasMap.svg(kerman, AtlasMap.ColorBy.METHOD));

    assertNoLabelHidesAnything(svg);
    // Kerman's county seat is a dense cluster: its label cannot sit at the centroid.
    assertThat(elements(svg, "line", "leader")).isNotEmpty();
    for (Element leader : elements(svg, "line", "leader")) {
      double length =
          Math.hypot(
              number(leader, "x2") - number(leader, "x1"),
              number(leader, "y2") - number(leader, "y1"));
      assertThat(length).isPositive().isLessThan(400);
    }
  }

  @Test
  void the_kerman_sample_holds_the_whole_province_so_it_is_outlined() throws Exception {
    Document svg = parse(AtlasMap.svg(Samples.load("kerman-1402"), AtlasMap.ColorBy.RISK));

    assertThat(elements(svg, "polygon", "province"))
        .extracting(p -> p.getAttribute("data-province"))
        .containsExactly("kerman-province");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("hull of a province's stations", "پوستهٔ شعبه‌های یک استان");
  }

  static Stream<Arguments> partsOfKerman() {
    Atlas kerman = Samples.load("kerman-1402");
    Atlas withoutBam =
        Atlas.builder()
            .from(kerman)
            .pollingStations(
                kerman.pollingStations().stream().filter(s -> !s.county().equals("bam")).toList())
            .build();
    Province province = kerman.provinces().get(0);
    Atlas miscounted =
        Atlas.builder()
            .from(kerman)
            .provinces(List.of(Province.builder().from(province).declaredStations(2_401).build()))
            .build();
    return Stream.of(
        Arguments.of("a county without its stations", withoutBam),
        Arguments.of("fewer stations than the province declares", miscounted));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partsOfKerman")
  void an_atlas_with_part_of_a_province_draws_no_outline_for_it(String why, Atlas atlas)
      throws Exception {
    Document svg = parse(AtlasMap.svg(atlas, AtlasMap.ColorBy.RISK));

    assertThat(elements(svg, "polygon", "province")).isEmpty();
    assertThat(elements(svg, "polygon", "county")).isNotEmpty();
  }

  @Test
  void the_iran_provinces_sample_draws_every_province_with_its_name() throws Exception {
    Atlas provinces = Samples.load("iran-provinces");

    Document svg = parse(AtlasMap.svg(provinces, AtlasMap.ColorBy.RISK));

    assertThat(provinceBoxes(svg))
        .extracting(rect -> rect.getAttribute("data-province"))
        .containsExactlyInAnyOrderElementsOf(
            provinces.provinces().stream().map(p -> p.id()).toList());
    for (Element rect : provinceBoxes(svg)) {
      assertThat(number(rect, "width")).isPositive();
      assertThat(number(rect, "height")).isPositive();
      assertThat(number(rect, "x")).isBetween(0.0, (double) MapProjection.MAP_RIGHT);
    }
    Set<String> named = new HashSet<>();
    elements(svg, "text", "province-label").forEach(text -> named.add(text.getTextContent()));
    assertThat(named.size() + leftOut(svg)).isEqualTo(31);
    assertThat(named).contains("کرمان", "تهران", "سیستان و بلوچستان");
    assertNoLabelHidesAnything(svg);
  }

  @Test
  void a_province_with_stations_is_not_also_drawn_as_its_box() throws Exception {
    Atlas kerman = Samples.load("kerman-1402");
    Atlas withYazd =
        Atlas.builder()
            .from(kerman)
            .addProvinces(
                Samples.load("iran-provinces").provinces().stream()
                    .filter(p -> p.id().equals("yazd"))
                    .findFirst()
                    .orElseThrow())
            .build();

    Document svg = parse(AtlasMap.svg(withYazd, AtlasMap.ColorBy.RISK));

    assertThat(provinceBoxes(svg))
        .extracting(rect -> rect.getAttribute("data-province"))
        .containsExactly("yazd");
    assertThat(elements(svg, "text", "province-label"))
        .extracting(Element::getTextContent)
        .containsExactly("یزد");
    assertThat(withYazd.counties()).extracting(County::province).containsOnly("kerman-province");
  }
}
