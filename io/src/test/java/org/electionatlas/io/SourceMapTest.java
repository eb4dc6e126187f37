package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.electionatlas.validation.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  static Stream<Arguments> pointerSamples() {
    return Stream.of(
        Arguments.of("minimal", 1L, 1),
        Arguments.of("minimal", 2L, 40),
        Arguments.of("kerman-1402", 3L, 1),
        Arguments.of("kerman-1402", 4L, 25),
        Arguments.of("kerman-1402", 5L, 2_000));
  }

  @ParameterizedTest(name = "{0}, seed {1}, {2} pointers")
  @MethodSource("pointerSamples")
  void locating_a_few_pointers_at_once_gives_what_locating_each_in_the_full_map_gives(
      String sample, long seed, int count) {
    byte[] document = Samples.bytes(sample);
    SourceMap full = AtlasJson.standard().parse(document, sample).sourceMap();
    List<String> recorded = new ArrayList<>(full.offsets().keySet());
    recorded.sort(null);
    Random random = new Random(seed);
    List<String> pointers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String pointer = recorded.get(random.nextInt(recorded.size()));
      // A value that is not in the document, located at its nearest ancestor that is.
      pointers.add(random.nextBoolean() ? pointer : pointer + "/missing/" + i);
    }
    pointers.add("/noSuchMember");

    Map<String, SourceLocation> atOnce =
        AtlasJson.standard().parse(document, sample).sourceMap().locateAll(pointers);

    for (String pointer : pointers) {
      assertThat(full.locate(pointer))
          .as(pointer)
          .isEqualTo(java.util.Optional.ofNullable(atOnce.get(pointer)));
    }
    assertThat(atOnce).hasSize(pointers.stream().distinct().toList().size());
  }
}
