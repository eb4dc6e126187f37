package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;

/**
 * Fuzz test of the map writer: stations at any coordinates at all (NaN, infinities, 1e300,
 * micro-degrees, the poles) with any names (control characters, noncharacters, lone surrogates,
 * markup) give, in bounded time, an SVG that is well-formed XML and no larger than a fixed size per
 * station and per character of text, and an HTML page without a character XML forbids. A normal
 * build runs the committed inputs in {@code AtlasMapFuzzTestInputs/}; {@code scripts/fuzz map}
 * fuzzes for longer.
 */
class AtlasMapFuzzTest {

  private static final Atlas MINIMAL =
      AtlasJson.standard().parse(Samples.bytes("minimal"), "minimal").atlas();

  /** The drawing around the stations (heading, grid, legend, styles), and each station's share. */
  private static final int FIXED_BYTES = 64 * 1024;

  private static final int BYTES_PER_STATION = 2 * 1024;

  @FuzzTest
  void a_map_of_any_stations_is_well_formed_xml_of_bounded_size(FuzzedDataProvider data)
      throws Exception {
    PollingStation template = MINIMAL.pollingStations().get(0);
    List<PollingStation> stations = new ArrayList<>();
    int text = 0;
    for (int i = data.consumeInt(1, 12); i > 0 && data.remainingBytes() > 0; i--) {
      String name = data.consumeString(40);
      String note = data.consumeString(20);
      text += name.length() * 2 + note.length();
      stations.add(
          PollingStation.builder()
              .from(template)
              .id("s" + i)
              .number(i)
              .name(LocalizedName.of("x" + name, name.isEmpty() ? "y" : name))
              .location(Location.of(data.consumeDouble(), data.consumeDouble()))
              .risk(Risk.builder().level(data.pickValue(RiskLevel.values())).note(note).build())
              .build());
    }
    Atlas atlas = Atlas.builder().from(MINIMAL).pollingStations(stations).build();
    for (AtlasMap.ColorBy colorBy : AtlasMap.ColorBy.values()) {
      String svg = AtlasMap.svg(atlas, colorBy);
      assertThat(svg.length())
          .isLessThan(FIXED_BYTES + BYTES_PER_STATION * stations.size() + 12 * text);
      assertWellFormed(svg);
      String html = AtlasMap.html(atlas, colorBy);
      assertThat(html.length())
          .isLessThan(FIXED_BYTES + BYTES_PER_STATION * stations.size() + 12 * text);
      html.codePoints().forEach(c -> assertThat(isXmlCharacter(c)).as("U+%04X", c).isTrue());
    }
  }

  private static void assertWellFormed(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(UTF_8)));
  }

  private static boolean isXmlCharacter(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }
}
