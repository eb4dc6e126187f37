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
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** Big enough that {@link StationStream#forEachStation} reads it on two threads by itself. */
  private Path generated(int stations, long seed) throws IOException {
    return Files.writeString(
        directory.resolve("generated.json"),
        JSON.write(AtlasGenerator.of(stations, seed).generate()));
  }

  static Stream<Arguments> seedsAndThreads() {
    return LongStream.rangeClosed(1, 12)
        .boxed()
        .flatMap(seed -> Stream.of(Arguments.of(seed, true), Arguments.of(seed, false)));
  }

  @ParameterizedTest(name = "seed {0}, on two threads: {1}")
  @MethodSource("seedsAndThreads")
  void on_one_thread_or_two_the_stations_and_their_locations_are_those_of_the_whole_read(
      long seed, boolean onTwoThreads) throws IOException {
    String document = JSON.write(RandomAtlases.generate(seed));
    Path file = Files.writeString(directory.resolve("atlas.json"), document);
    ParsedAtlas whole = JSON.parse(document.getBytes(UTF_8), file.toString());

    List<PollingStation> seen = new ArrayList<>();
    try (StationStream stream = JSON.stream(file)) {
      int count =
          stream.forEachStation(
              s -> {
                assertThat(s.index()).isEqualTo(seen.size());
                seen.add(s.station());
                // Every other station only: a station never asked about is never located.
                if (s.index() % 2 == 0) {
                  for (String pointer : pointersOf(s.index())) {
                    assertThat(s.locate(pointer))
                        .as(pointer)
                        .isEqualTo(whole.sourceMap().locate(pointer));
                  }
                }
              },
              onTwoThreads);

      assertThat(count).isEqualTo(seen.size());
    }
    assertThat(seen).isEqualTo(whole.atlas().pollingStations());
  }

  static Stream<Arguments> brokenStations() {
    return Stream.of(
            "\"expectedVoters\": \"many\"",
            "\"expectedVoters\": 12, \"expectedVoters\": 13",
            "\"expectedVoters\": 12, \"nmae\": 1",
            "\"expectedVoters\": 1.5",
            "\"expectedVoters\": 12 \"accessible\": true",
            "\"expectedVoters\": " + "[".repeat(64) + "]".repeat(64))
        .flatMap(broken -> Stream.of(Arguments.of(broken, true), Arguments.of(broken, false)));
  }

  @ParameterizedTest(name = "{0}, on two threads: {1}")
  @MethodSource("brokenStations")
  void a_station_deep_in_a_big_file_fails_as_the_whole_read_fails_after_every_station_before_it(
      String broken, boolean onTwoThreads) throws IOException {
    Path file = generated(3_000, 5);
    String document = Files.readString(file);
    int station = document.indexOf("\"id\": \"", document.indexOf("\"pollingStations\""));
    for (int i = 0; i < 2_000; i++) {
      station = document.indexOf("\n    {\n", station + 1);
    }
    int voters = document.indexOf("\"expectedVoters\": ", station);
    int end = document.indexOf(',', voters);
    String changed = document.substring(0, voters) + broken + document.substring(end);
    Files.writeString(file, changed);
    String expected = wholeReadFailure(changed, file);

    List<Integer> seen = new ArrayList<>();
    try (StationStream stream = JSON.stream(file)) {
      assertThatThrownBy(() -> stream.forEachStation(s -> seen.add(s.index()), onTwoThreads))
          .isInstanceOf(AtlasFormatException.class)
          .hasMessage(expected);
    }
    assertThat(seen).hasSize(2_000).last().isEqualTo(1_999);
  }

  @ParameterizedTest(name = "on two threads: {0}")
  @ValueSource(booleans = {true, false})
  void a_station_that_is_not_utf_8_fails_as_the_whole_read_fails(boolean onTwoThreads)
      throws IOException {
    Path file = generated(3_000, 6);
    byte[] bytes = Files.readAllBytes(file);
    int at = new String(bytes, UTF_8).lastIndexOf("\"number\": ");
    int offset = new String(bytes, UTF_8).substring(0, at).getBytes(UTF_8).length;
    // An overlong encoding of "n", which Jackson would read as a character.
    byte[] changed = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, changed, 0, offset + 1);
    changed[offset + 1] = (byte) 0xC1;
    changed[offset + 2] = (byte) 0xAE;
    System.arraycopy(bytes, offset + 2, changed, offset + 3, bytes.length - offset - 2);
    Files.write(file, changed);
    String expected = wholeReadFailure(new String(changed, UTF_8), file, changed);

    try (StationStream stream = JSON.stream(file)) {
      assertThatThrownBy(() -> stream.forEachStation(s -> {}, onTwoThreads))
          .isInstanceOf(AtlasFormatException.class)
          .hasMessage(expected)
          .hasMessageContaining("UTF-8");
    }
  }

  @Test
  void a_visitor_that_fails_stops_the_second_thread_and_its_exception_is_thrown_as_it_was()
      throws IOException {
    Path file = generated(3_000, 7);
    IOException stop = new IOException("enough");

    try (StationStream stream = JSON.stream(file)) {
      assertThatThrownBy(
              () ->
                  stream.forEachStation(
                      s -> {
                        if (s.index() == 100) {
                          throw stop;
                        }
                      },
                      true))
          .isSameAs(stop);
      assertThat(Thread.getAllStackTraces().keySet())
          .noneMatch(t -> t.getName().equals("atlas-station-reader") && t.isAlive());
      // And the stream reads again from the start.
      assertThat(stream.forEachStation(s -> {}, true)).isEqualTo(3_000);
    }
  }

  private static String wholeReadFailure(String document, Path file) {
    return wholeReadFailure(document, file, document.getBytes(UTF_8));
  }

  private static String wholeReadFailure(String document, Path file, byte[] bytes) {
    try {
      JSON.parse(bytes, file.toString());
    } catch (AtlasFormatException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("the whole read did not fail: " + document.length());
  }
}
