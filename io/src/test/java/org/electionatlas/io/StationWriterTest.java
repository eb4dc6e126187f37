package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The push-style writer gives the canonical writer's bytes and never ends a failed document. */
class StationWriterTest {

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writes_the_bytes_of_the_canonical_writer_for_random_atlases(long seed) throws IOException {
    Atlas atlas = RandomAtlases.generate(seed);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StationWriter writer = AtlasJson.standard().writer(withoutStations(atlas), out);
    for (PollingStation station : atlas.pollingStations()) {
      writer.write(station);
    }
    writer.finish();

    assertThat(new String(out.toByteArray(), UTF_8)).isEqualTo(AtlasJson.standard().write(atlas));
    assertThat(writer.written()).isEqualTo(atlas.pollingStations().size());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void copies_a_streamed_file_byte_for_byte_when_it_is_canonical(long seed, @TempDir Path dir)
      throws IOException {
    Atlas atlas = RandomAtlases.generate(seed);
    Path file = dir.resolve("atlas.json");
    Files.writeString(file, AtlasJson.standard().write(atlas));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StationStream stream = AtlasJson.standard().stream(file)) {
      StationWriter writer = AtlasJson.standard().writer(stream.frame(), out);
      stream.forEachStation(station -> writer.write(station.station()));
      writer.finish();
    }

    assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void the_bundled_sample_streams_back_to_its_own_bytes() throws IOException {
    byte[] sample = Samples.bytes(Samples.DEFAULT);
    Atlas atlas = AtlasJson.standard().parse(sample, "sample").atlas();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StationWriter writer = AtlasJson.standard().writer(withoutStations(atlas), out);
    for (PollingStation station : atlas.pollingStations()) {
      writer.write(station);
    }
    writer.finish();

    assertThat(out.toByteArray()).isEqualTo(AtlasJson.standard().write(atlas).getBytes(UTF_8));
  }

  @Test
  void refuses_a_frame_with_stations_of_its_own() {
    Atlas atlas = withStations();

    assertThatThrownBy(() -> AtlasJson.standard().writer(atlas, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("polling stations of its own");
  }

  @Test
  void a_failed_write_leaves_the_document_unended() throws IOException {
    Atlas atlas = withStations();
    FailingAfter out = new FailingAfter(20_000);
    StationWriter writer = AtlasJson.standard().writer(withoutStations(atlas), out);

    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 1_000; i++) {
                writer.write(atlas.pollingStations().get(i % atlas.pollingStations().size()));
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("disk full");
    assertThatThrownBy(writer::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be ended");
  }

  @Test
  void a_finished_writer_takes_no_more_stations() throws IOException {
    Atlas atlas = withStations();
    StationWriter writer =
        AtlasJson.standard().writer(withoutStations(atlas), new ByteArrayOutputStream());
    writer.finish();

    assertThatThrownBy(() -> writer.write(atlas.pollingStations().get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("finished");
  }

  private static Atlas withStations() {
    return AtlasJson.standard().parse(Samples.bytes(Samples.DEFAULT), "sample").atlas();
  }

  private static Atlas withoutStations(Atlas atlas) {
    return Atlas.builder().from(atlas).pollingStations(List.of()).build();
  }

  /** A stream that accepts so many bytes, then fails as a full disk does. */
  private static final class FailingAfter extends OutputStream {
    private long left;

    FailingAfter(long bytes) {
      this.left = bytes;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      left -= length;
      if (left < 0) {
        throw new IOException("disk full");
      }
    }
  }
}
