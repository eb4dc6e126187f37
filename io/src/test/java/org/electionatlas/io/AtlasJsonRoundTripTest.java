package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.ExtensionValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AtlasJsonRoundTripTest {

  private final AtlasJson json = AtlasJson.standard();

  static Iterable<String> samples() {
    return Samples.names();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void a_bundled_sample_reads_and_writes_back_to_the_same_bytes_and_an_equal_atlas(String name) {
    String document = new String(Samples.bytes(name), UTF_8);

    Atlas atlas = json.read(document);
    String written = json.write(atlas);

    assertThat(written).isEqualTo(document);
    assertThat(json.read(written)).isEqualTo(atlas);
  }

  @Test
  void extensions_keep_member_order_number_literals_nulls_and_nesting() {
    String document =
        new String(Samples.bytes("minimal"), UTF_8)
            .replace(
                "\"risk\": {",
                "\"risk\": {\"extensions\": {\"z\": 1.50, \"a\": null, \"list\": [1e3, true, \"تیر\","
                    + " {\"deep\": {}}], \"big\": 123456789012345678901234567890},");

    Atlas atlas = json.read(document);
    Map<String, ExtensionValue> extensions =
        atlas.pollingStations().get(0).risk().orElseThrow().extensions();

    assertThat(extensions.keySet()).containsExactly("z", "a", "list", "big");
    assertThat(extensions.get("z")).isEqualTo(new ExtensionValue.NumberValue("1.50"));
    assertThat(extensions.get("a")).isEqualTo(ExtensionValue.NullValue.INSTANCE);
    assertThat(extensions.get("big"))
        .isEqualTo(new ExtensionValue.NumberValue("123456789012345678901234567890"));
    String written = json.write(atlas);
    assertThat(written).contains("\"z\": 1.50", "\"big\": 123456789012345678901234567890", "1e3");
    assertThat(json.write(json.read(written))).isEqualTo(written);
  }

  @Test
  void the_canonical_writer_leaves_out_empty_collections_and_absent_values() {
    Atlas atlas = Samples.load("minimal");

    String written = json.write(atlas);

    assertThat(written)
        .doesNotContain("\"bodies\"", "\"externalIds\"", "\"extensions\"", "\"address\"", "null")
        .startsWith("{\n  \"format\": \"election-atlas\",\n  \"schemaVersion\": 1,\n")
        .endsWith("}\n");
  }

  @Test
  void persian_text_is_written_as_itself_not_escaped() {
    assertThat(json.write(Samples.load("minimal")))
        .contains("\"fa\": \"راور\"")
        .doesNotContain("\\u");
  }
}
