package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MapCommandTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Atlas KERMAN = Samples.load("kerman-1402");

  @TempDir static Path directory;
  private static Path kerman;

  @BeforeAll
  static void writeTheSample() throws IOException {
    kerman = directory.resolve("kerman.json");
    Files.write(kerman, Samples.bytes("kerman-1402"));
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Files.newInputStream(svg));
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

  private static Path map(String name, String... options) {
    Path out = directory.resolve(name);
    List<String> args = new ArrayList<>(List.of("map", kerman.toString(), "-o", out.toString()));
    args.addAll(List.of(options));
    Run run = Run.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    return out;
  }

  @Test
  void the_svg_has_one_circle_per_located_station_inside_the_picture() throws Exception {
    Document svg = parse(map("risk.svg"));

    List<Element> stations = elements(svg, "circle", "station");
    assertThat(stations).hasSize(2400);
    for (Element station : stations) {
      assertThat(Double.parseDouble(station.getAttribute("cx"))).isBetween(0.0, 1200.0);
      assertThat(Double.parseDouble(station.getAttribute("cy"))).isBetween(0.0, 900.0);
    }
    assertThat(stations)
        .extracting(station -> station.getAttribute("data-id"))
        .containsExactlyInAnyOrderElementsOf(
            KERMAN.pollingStations().stream().map(PollingStation::id).toList());
  }

  @Test
  void the_title_names_the_election_and_its_voting_day() throws Exception {
    Document svg = parse(map("title.svg"));

    String title = svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
    assertThat(title)
        .isEqualTo(
            "Elections of the 12th Islamic Consultative Assembly and the 6th Assembly of Experts"
                + " \u2014 voting day 2024-03-01 (\u2068۱۱ اسفند ۱۴۰۲\u2069)");
    assertThat(elements(svg, "text", "title-fa").get(0).getTextContent())
        .isEqualTo(KERMAN.election().name().fa());
    assertThat(elements(svg, "text", "title").get(0).getTextContent())
        .contains("voting day 2024-03-01", "2,400 polling stations");
  }

  @Test
  void the_risk_legend_has_an_entry_per_level_with_its_count() throws Exception {
    Document svg = parse(map("legend.svg"));

    List<Element> entries = elements(svg, "g", "legend-entry");
    assertThat(entries)
        .extracting(entry -> entry.getTextContent())
        .containsExactly("Low risk2,154خطر کم", "Medium risk240خطر متوسط", "High risk6خطر زیاد");
  }

  @Test
  void coloured_by_method_the_electronic_stations_are_orange_and_counted() throws Exception {
    Document svg = parse(map("method.svg", "--color-by", "method"));

    assertThat(elements(svg, "g", "legend-entry"))
        .extracting(entry -> entry.getTextContent())
        .containsExactly("Paper ballots2,360برگه‌ای", "Electronic voting40الکترونیکی");
    long orange =
        elements(svg, "circle", "station").stream()
            .filter(circle -> circle.getAttribute("fill").equals("#E69F00"))
            .count();
    assertThat(orange).isEqualTo(40);
  }

  @Test
  void every_county_with_stations_is_labelled_with_its_persian_name() throws Exception {
    Document svg = parse(map("labels.svg"));

    assertThat(elements(svg, "text", "county-label"))
        .extracting(Element::getTextContent)
        .containsExactlyInAnyOrderElementsOf(
            KERMAN.counties().stream().map(county -> county.name().fa()).toList());
  }

  @Test
  void there_is_a_scale_bar_in_kilometres() throws Exception {
    Document svg = parse(map("scale.svg"));

    NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
    boolean found = false;
    for (int i = 0; i < texts.getLength(); i++) {
      found |= texts.item(i).getTextContent().matches("\\d+ km");
    }
    assertThat(found).isTrue();
  }

  @Test
  void names_with_markup_characters_are_escaped_and_unlocated_stations_noted() throws Exception {
    Atlas minimal = Samples.load("minimal");
    PollingStation odd =
        PollingStation.builder()
            .from(minimal.pollingStations().get(0))
            .name(LocalizedName.of("<مدرسه> & \"نور\"", "<b>School</b>"))
            .build();
    PollingStation unlocated =
        PollingStation.builder()
            .from(odd)
            .id("ravar-0002")
            .number(2)
            .location(java.util.Optional.empty())
            .build();
    Atlas atlas = Atlas.builder().from(minimal).pollingStations(List.of(odd, unlocated)).build();
    Path input = directory.resolve("odd.json");
    AtlasJson.standard().write(atlas, input);
    Path out = directory.resolve("odd.svg");

    Run run = Run.of("map", input.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    Document svg = parse(out);
    Element station = elements(svg, "circle", "station").get(0);
    assertThat(station.getAttribute("data-name")).isEqualTo("<مدرسه> & \"نور\"");
    assertThat(station.getTextContent()).contains("<b>School</b>");
    assertThat(elements(svg, "circle", "station")).hasSize(1);
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("1 station without a valid location not shown");
  }

  @Test
  void the_html_page_is_self_contained_with_a_tooltip_script() throws IOException {
    String html = Files.readString(map("map.html"), UTF_8);

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<style>", "<script>", "id=\"tip\"");
    Matcher addresses = Pattern.compile("(https?:)?//[A-Za-z0-9.-]+").matcher(html);
    while (addresses.find()) {
      assertThat(addresses.group()).isEqualTo("http://www.w3.org");
    }
    assertThat(html).doesNotContain(" src=", "<link", "@import", "url(");
    assertThat(html.split("class=\"station\"", -1)).hasSize(2401);
    assertThat(html).contains("data-id=\"kerman-0001\"");
  }

  @Test
  void the_svg_and_the_page_draw_the_same_map() throws IOException {
    String svg = Files.readString(map("same.svg"), UTF_8);
    String html = Files.readString(map("same.html"), UTF_8);

    String svgCircles = svg.replaceAll("><title>[^<]*</title></circle>", "/>");
    assertThat(html)
        .contains(
            svgCircles.substring(
                svgCircles.indexOf("<g class=\"stations\">"), svgCircles.indexOf("</svg>")));
  }

  @Test
  void an_output_that_is_neither_svg_nor_html_is_exit_2_unless_format_is_given() {
    Run run = Run.of("map", kerman.toString(), "-o", directory.resolve("map.png").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "atlas map: cannot tell the map's format from \"map.png\"; name it .svg or .html, or"
                + " give --format svg|html\n");
    assertThat(directory.resolve("map.png")).doesNotExist();

    Run forced =
        Run.of(
            "map",
            kerman.toString(),
            "-o",
            directory.resolve("map.image").toString(),
            "--format",
            "svg");
    assertThat(forced.exitCode()).isZero();
  }

  @Test
  void an_unknown_colouring_is_a_usage_error() {
    Run run =
        Run.of(
            "map",
            kerman.toString(),
            "-o",
            directory.resolve("x.svg").toString(),
            "--color-by",
            "county");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "atlas map: Invalid value for option '--color-by': expected one of [risk, method] but"
                + " was 'county' (see 'atlas map --help')\n");
  }

  @Test
  void a_map_of_standard_input_works_like_a_file() throws IOException {
    Path out = directory.resolve("stdin.svg");

    Run run = Run.withInput(Samples.bytes("minimal"), "map", "-", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out, UTF_8)).contains("class=\"station\"");
  }
}
