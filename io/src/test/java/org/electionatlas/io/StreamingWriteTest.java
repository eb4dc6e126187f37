package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.Severity;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Writing the stations as a stream gives the canonical document, byte for byte. */
class StreamingWriteTest {

  @ParameterizedTest(name = "{0} stations, seed {1}")
  @CsvSource({"0, 1", "1, 1", "2, 99", "153, 7", "154, 7", "1000, 0", "4321, -5", "20000, 42"})
  void streams_the_same_bytes_as_the_writer_of_an_atlas_in_memory(int stations, long seed)
      throws IOException {
    AtlasGenerator generator = AtlasGenerator.of(stations, seed);

    byte[] streamed = streamed(generator);

    assertThat(new String(streamed, UTF_8))
        .isEqualTo(AtlasJson.standard().write(generator.generate()));
  }

  @Test
  void a_streamed_atlas_reads_back_and_validates_without_errors() throws IOException {
    AtlasGenerator generator = AtlasGenerator.of(3000, 11);

    Atlas atlas = AtlasJson.standard().parse(streamed(generator), "streamed").atlas();

    assertThat(atlas).isEqualTo(generator.generate());
    assertThat(Validator.standard().validate(atlas).violations())
        .noneMatch(violation -> violation.severity() == Severity.ERROR);
  }

  @Test
  void refuses_an_atlas_that_has_stations_of_its_own() {
    AtlasGenerator generator = AtlasGenerator.of(10, 1);

    assertThatThrownBy(
            () ->
                AtlasJson.standard()
                    .write(generator.generate(), Stream.empty(), new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("polling stations of its own");
  }

  private static byte[] streamed(AtlasGenerator generator) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtlasJson.standard().write(generator.withoutStations(), generator.pollingStations(), out);
    return out.toByteArray();
  }
}
