package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.ExtensionValue;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over many random atlases (see {@link RandomAtlases}), reading what the writer wrote gives the
 * same atlas, and writing it again gives the same bytes, by every path in and out of {@link
 * AtlasJson}.
 */
class RoundTripPropertyTest {

  private final AtlasJson json = AtlasJson.standard();

  @TempDir Path directory;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  /** Fewer: every file written is forced to the disk, which is slow on purpose. */
  static LongStream someSeeds() {
    return LongStream.rangeClosed(1, 50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reading_what_was_written_gives_the_same_atlas_and_writing_it_again_the_same_text(long seed) {
    Atlas atlas = RandomAtlases.generate(seed);

    String written = json.write(atlas);
    Atlas read = json.read(written);

    assertThat(read).isEqualTo(atlas);
    assertThat(json.write(read)).isEqualTo(written);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void streams_and_files_carry_the_same_bytes_as_strings(long seed) throws IOException {
    Atlas atlas = RandomAtlases.generate(seed);
    byte[] expected = json.write(atlas).getBytes(UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path file = directory.resolve("atlas.json");

    json.write(atlas, out);
    json.write(atlas, file);

    assertThat(out.toByteArray()).isEqualTo(expected);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    assertThat(json.read(new ByteArrayInputStream(expected), "-")).isEqualTo(atlas);
    assertThat(json.read(file)).isEqualTo(atlas);
    assertThat(json.parse(expected, "atlas.json").atlas()).isEqualTo(atlas);
  }

  @Test
  void the_writer_refuses_a_number_json_cannot_hold_rather_than_write_an_unreadable_one() {
    Atlas minimal = Samples.load("minimal");
    PollingStation station = minimal.pollingStations().get(0);
    Atlas nan =
        Atlas.builder()
            .from(minimal)
            .pollingStations(
                List.of(
                    PollingStation.builder()
                        .from(station)
                        .location(Location.builder().lat(Double.NaN).lon(56.8).build())
                        .build()))
            .build();

    assertThatThrownBy(() -> json.write(nan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot write the atlas: NaN at /pollingStations/0/location/lat is not a number JSON"
                + " can hold");
  }

  @Test
  void the_writer_refuses_a_name_with_half_a_surrogate_pair_which_the_reader_refuses_too() {
    Atlas minimal = Samples.load("minimal");
    Atlas broken =
        Atlas.builder()
            .from(minimal)
            .extensions(Map.of("a\uD800", new ExtensionValue.StringValue("value")))
            .build();
    String document =
        new String(Samples.bytes("minimal"), UTF_8)
            .replace("\"provenance\"", "\"extensions\": {\"a\\ud800\": 1},\n  \"provenance\"");

    assertThatThrownBy(() -> json.write(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "cannot write the atlas: the property name \"a\uD800\" in /extensions");
    assertThatThrownBy(() -> json.read(document))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("a property name holds half of a surrogate pair");
  }
}
