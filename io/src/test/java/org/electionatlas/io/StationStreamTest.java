package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading an atlas as a {@link StationStream} gives what reading it whole gives: the same frame,
 * the same stations in the same order, the same lines and columns; and a bad station fails with the
 * message the whole read gives.
 */
class StationStreamTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  @TempDir Path directory;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_frame_and_the_stations_are_those_of_the_whole_atlas(long seed) throws IOException {
    Atlas atlas = RandomAtlases.generate(seed);
    Path file = Files.writeString(directory.resolve("atlas.json"), JSON.write(atlas));

    List<PollingStation> seen = new ArrayList<>();
    try (StationStream stream = JSON.stream(file)) {
      int count = stream.forEachStation(s -> seen.add(s.station()));

      assertThat(count).isEqualTo(atlas.pollingStations().size());
      assertThat(stream.frame().pollingStations()).isEmpty();
      assertThat(Atlas.builder().from(stream.frame()).pollingStations(seen).build())
          .isEqualTo(atlas);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void every_value_of_a_station_is_located_where_the_whole_read_locates_it(long seed)
      throws IOException {
    String document = JSON.write(RandomAtlases.generate(seed));
    Path file = Files.writeString(directory.resolve("atlas.json"), document);
    ParsedAtlas whole = JSON.parse(document.getBytes(UTF_8), file.toString());

    try (StationStream stream = JSON.stream(file)) {
      stream.forEachStation(
          s -> {
            for (String pointer : pointersOf(s.index())) {
              Optional<SourceLocation> expected = whole.sourceMap().locate(pointer);
              assertThat(s.locate(pointer)).as(pointer).isEqualTo(expected);
            }
            assertThat(s.locate("/pollingStations/" + (s.index() + 1) + "/id")).isEmpty();
            assertThat(s.bytesRead()).isBetween(0L, stream.size());
          });
      assertThat(stream.locate("/counties/0/id"))
          .isEqualTo(whole.sourceMap().locate("/counties/0/id"));
    }
  }

  private static List<String> pointersOf(int index) {
    String here = "/pollingStations/" + index;
    return List.of(here, here + "/id", here + "/county", here + "/name", here + "/number");
  }

  @Test
  void a_second_read_hands_over_the_same_stations_again() throws IOException {
    Path file =
        Files.writeString(directory.resolve("atlas.json"), JSON.write(RandomAtlases.generate(7)));

    try (StationStream stream = JSON.stream(file)) {
      List<String> first = new ArrayList<>();
      List<String> second = new ArrayList<>();
      stream.forEachStation(s -> first.add(s.station().id()));
      stream.forEachStation(s -> second.add(s.station().id()));

      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void a_file_whose_key_is_escaped_is_read_whole_and_still_streamed() throws IOException {
    Atlas atlas = RandomAtlases.generate(3);
    String escaped = JSON.write(atlas).replace("\"pollingStations\"", "\"polling\\u0053tations\"");
    Path file = Files.writeString(directory.resolve("atlas.json"), escaped);

    List<PollingStation> seen = new ArrayList<>();
    try (StationStream stream = JSON.stream(file)) {
      stream.forEachStation(s -> seen.add(s.station()));
    }

    assertThat(seen).isEqualTo(atlas.pollingStations());
  }

  @Test
  void a_bad_station_fails_with_the_message_of_the_whole_read() throws IOException {
    String document =
        new String(Samples.bytes(Samples.DEFAULT), UTF_8)
            .replaceFirst("\"expectedVoters\": \\d+", "\"expectedVoters\": \"many\"");
    Path file = Files.writeString(directory.resolve("atlas.json"), document);
    AtlasFormatException expected = null;
    try {
      JSON.parse(document.getBytes(UTF_8), file.toString());
    } catch (AtlasFormatException e) {
      expected = e;
    }
    assertThat(expected).isNotNull();
    String message = expected.getMessage();

    try (StationStream stream = JSON.stream(file)) {
      assertThatThrownBy(() -> stream.forEachStation(s -> {}))
          .isInstanceOf(AtlasFormatException.class)
          .hasMessage(message);
    }
  }

  @Test
  void a_stream_is_copied_once_and_the_copy_is_deleted_on_close() throws IOException {
    Atlas atlas = RandomAtlases.generate(5);
    byte[] document = JSON.write(atlas).getBytes(UTF_8);
    List<Path> before = temporaryCopies();

    List<PollingStation> seen = new ArrayList<>();
    try (StationStream stream = JSON.stream(new ByteArrayInputStream(document), "-")) {
      assertThat(stream.source()).isEqualTo("-");
      assertThat(stream.size()).isEqualTo(document.length);
      stream.forEachStation(s -> seen.add(s.station()));
    }

    assertThat(seen).isEqualTo(atlas.pollingStations());
    assertThat(temporaryCopies()).isEqualTo(before);
  }

  private static List<Path> temporaryCopies() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().matches("atlas-\\d+\\.json"))
          .sorted()
          .toList();
    }
  }
}
