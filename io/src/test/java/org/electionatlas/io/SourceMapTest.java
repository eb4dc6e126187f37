package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.electionatlas.validation.SourceLocation;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  @Test
  void columns_count_characters_not_bytes_so_persian_text_lines_up_with_an_editor() {
    byte[] document = "{\n  \"fa\": \"کرمان\", \"x\": 1\n}".getBytes(UTF_8);
    int offsetOfOne = "{\n  \"fa\": \"کرمان\", \"x\": ".getBytes(UTF_8).length;
    SourceMap map =
        new SourceMap(
            "t.json", document, () -> Map.of("/x", offsetOfOne), SourceMap.Placement.AS_IS);

    assertThat(map.locate("/x")).contains(new SourceLocation(2, 23));
  }

  @Test
  void a_pointer_that_was_not_recorded_is_located_at_its_nearest_recorded_ancestor() {
    ParsedAtlas parsed = AtlasJson.standard().parse(Samples.bytes("minimal"), "minimal.json");

    assertThat(parsed.sourceMap().locate("/pollingStations/0/address"))
        .isEqualTo(parsed.sourceMap().locate("/pollingStations/0"))
        .contains(new SourceLocation(56, 5));
    assertThat(parsed.sourceMap().locate("/pollingStations/0/county"))
        .contains(new SourceLocation(58, 17));
  }
}
