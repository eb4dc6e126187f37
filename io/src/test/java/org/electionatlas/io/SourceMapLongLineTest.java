package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Locating on long lines: a minified atlas is one line, and its columns must be those an editor
 * shows (code points, after a byte order mark) at the cost of reading the line about once, not once
 * per finding.
 */
class SourceMapLongLineTest {

  private static final AtlasJson JSON = AtlasJson.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * The locating this class replaced, kept as the oracle: find the line by walking back to the last
   * newline, then decode the line up to the offset and count its code points.
   */
  private static SourceLocation decodedPrefix(byte[] document, long byteOffset) {
    int first = Utf8.startsWithBom(document) ? Utf8.BOM_LENGTH : 0;
    int offset = (int) Math.max(first, Math.min(byteOffset, document.length));
    int line = 1;
    int start = first;
    for (int i = first; i < offset; i++) {
      if (document[i] == '\n') {
        line++;
        start = i + 1;
      }
    }
    String prefix = new String(document, start, offset - start, UTF_8);
    return new SourceLocation(line, prefix.codePointCount(0, prefix.length()) + 1);
  }

  static Stream<Arguments> atlases() {
    return Stream.of(
        Arguments.of("generated, 60 stations", AtlasGenerator.of(60, 7).generate()),
        Arguments.of("random, seed 3", RandomAtlases.generate(3)),
        Arguments.of("random, seed 4", RandomAtlases.generate(4)),
        Arguments.of("random, seed 5", RandomAtlases.generate(5)));
  }

  private static byte[] indented(Atlas atlas) {
    return JSON.write(atlas).getBytes(UTF_8);
  }

  private static byte[] minified(Atlas atlas) {
    return TREES.writeValueAsBytes(TREES.readTree(JSON.write(atlas)));
  }

  private static byte[] withBom(byte[] document) {
    byte[] marked = new byte[document.length + BOM.length];
    System.arraycopy(BOM, 0, marked, 0, BOM.length);
    System.arraycopy(document, 0, marked, BOM.length, document.length);
    return marked;
  }

  private static SourceMap mapOf(byte[] document) {
    return JSON.parse(document, "atlas.json").sourceMap();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atlases")
  void every_value_of_a_minified_and_an_indented_atlas_is_where_decoding_its_line_puts_it(
      String name, Atlas atlas) {
    byte[] oneLine = minified(atlas);
    assertThat(oneLine).doesNotContain((byte) '\n');
    for (byte[] document :
        List.of(oneLine, withBom(oneLine), indented(atlas), withBom(indented(atlas)))) {
      SourceMap map = mapOf(document);
      Map<String, Integer> offsets = map.offsets();
      assertThat(offsets).hasSizeGreaterThan(50);
      for (Map.Entry<String, Integer> value : offsets.entrySet()) {
        assertThat(map.locate(value.getKey()))
            .as(value.getKey())
            .contains(decodedPrefix(document, value.getValue()));
      }
    }
    assertThat(mapOf(oneLine).offsets().keySet())
        .isEqualTo(mapOf(indented(atlas)).offsets().keySet());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void every_character_of_mixed_persian_text_is_located_as_decoding_puts_it_in_any_order(
      long seed) {
    Random random = new Random(seed);
    String[] pieces = {"a", "{\"x\":", "کرمان", "ی", "\u200c", "😀", " ", "\n", "۱۲۳", "é"};
    StringBuilder text = new StringBuilder();
    int length = 500 + random.nextInt(4_000);
    while (text.length() < length) {
      // Long runs without a newline, so that most lines are longer than a stride.
      String piece = pieces[random.nextInt(pieces.length)];
      if (!piece.equals("\n") || random.nextInt(20) == 0) {
        text.append(piece);
      }
    }
    byte[] plain = text.toString().getBytes(UTF_8);
    byte[] document = seed % 2 == 0 ? withBom(plain) : plain;
    List<Integer> characterStarts = new ArrayList<>();
    for (int i = 0; i <= document.length; i++) {
      if (i == document.length || (document[i] & 0xC0) != 0x80) {
        characterStarts.add(i);
      }
    }
    Collections.shuffle(characterStarts, random);
    characterStarts.add(-1);
    characterStarts.add(document.length + 10);
    SourceMap map = new SourceMap("t.json", document, Map::of, SourceMap.Placement.AS_IS);
    SourceMap placed = new SourceMap("t.json", document, Map::of, SourceMap.Placement.from(4, 9));

    for (int offset : characterStarts) {
      SourceLocation expected = decodedPrefix(document, offset);
      assertThat(map.locationOf(offset)).as("offset %d", offset).isEqualTo(expected);
      assertThat(placed.locationOf(offset))
          .as("offset %d placed", offset)
          .isEqualTo(SourceMap.Placement.from(4, 9).place(expected.line(), expected.column(), 0));
    }
  }

  @Test
  void after_a_byte_that_is_not_utf8_columns_are_those_of_the_decoder_replacing_it() {
    String before = "{\"a\":\"" + "کرمان ".repeat(80) + "x";
    String after = "y\",\"b\":" + "1".repeat(600) + "}";
    byte[] head = before.getBytes(UTF_8);
    byte[] tail = after.getBytes(UTF_8);
    byte[] broken = {(byte) 0xE2, (byte) 0x82, (byte) 0xFF, (byte) 0xC0, (byte) 0x80};
    byte[] document = new byte[head.length + broken.length + tail.length];
    System.arraycopy(head, 0, document, 0, head.length);
    System.arraycopy(broken, 0, document, head.length, broken.length);
    System.arraycopy(tail, 0, document, head.length + broken.length, tail.length);
    SourceMap map = new SourceMap("t.json", document, Map::of, SourceMap.Placement.AS_IS);

    for (int offset :
        new int[] {head.length - 1, head.length, document.length - 300, document.length - 1, 5}) {
      assertThat(map.locationOf(offset))
          .as("offset %d", offset)
          .isEqualTo(decodedPrefix(document, offset));
    }
  }

  @ParameterizedTest(name = "{0} stations")
  @ValueSource(ints = {1_000, 3_000})
  void locating_every_value_of_a_one_line_atlas_reads_its_line_about_once_not_once_per_value(
      int stations) {
    byte[] document = minified(AtlasGenerator.of(stations, 11).generate());
    SourceMap map = mapOf(document);
    List<Map.Entry<String, Integer>> values = new ArrayList<>(map.offsets().entrySet());
    values.sort(Comparator.comparing(Map.Entry::getValue));
    long oldCost = 0;
    for (Map.Entry<String, Integer> value : values) {
      oldCost += value.getValue();
      map.locate(value.getKey());
    }

    // In document order, as each rule reports: the line once to remember columns, then once more
    // in pieces from each value to the next.
    assertThat(map.bytesExamined()).isLessThanOrEqualTo(2L * document.length);
    // Decoding from the line's start for each value read the line once per value, on average half.
    assertThat(oldCost).isGreaterThan(values.size() / 4L * document.length);

    SourceMap shuffled = mapOf(document);
    Collections.shuffle(values, new Random(stations));
    values.forEach(value -> shuffled.locate(value.getKey()));
    // In any order: the line once, then at most a stride per value.
    assertThat(shuffled.bytesExamined())
        .isLessThanOrEqualTo(document.length + (long) values.size() * SourceMap.STRIDE);
  }

  @Test
  void an_indented_atlas_reads_each_line_only_up_to_its_values() {
    byte[] document = indented(AtlasGenerator.of(2_000, 11).generate());
    SourceMap map = mapOf(document);
    map.offsets().keySet().forEach(map::locate);

    assertThat(map.bytesExamined()).isLessThanOrEqualTo(document.length);
  }
}
