package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A station read again on its own ({@link StationStream#stationAt}, by the {@link StationPositions}
 * a read kept) is the station the read handed over, located at the same lines and columns as a
 * whole read locates it, in any order; a file changed since is a clear error.
 */
class StationRereadTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  @TempDir Path directory;

  /** The canonical text, all on one line, and with the stations' key escaped (read whole). */
  static Stream<Arguments> layouts() {
    UnaryOperator<byte[]> canonical = text -> text;
    UnaryOperator<byte[]> oneLine =
        text -> {
          JsonMapper mapper = new JsonMapper();
          return mapper.writeValueAsBytes(mapper.readTree(text));
        };
    UnaryOperator<byte[]> escaped =
        text ->
            new String(text, UTF_8)
                .replace("\"pollingStations\"", "\"polling\\u0053tations\"")
                .getBytes(UTF_8);
    return Stream.of(1L, 2L, 3L, 11L, 12L, 13L)
        .flatMap(
            seed ->
                Stream.of(
                    Arguments.of(seed, "canonical", canonical),
                    Arguments.of(seed, "one line", oneLine),
                    Arguments.of(seed, "read whole", escaped)));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("layouts")
  void a_station_read_again_is_the_streamed_one_located_as_the_whole_read_locates_it(
      long seed, String layout, UnaryOperator<byte[]> lay) throws IOException {
    byte[] document = lay.apply(JSON.write(RandomAtlases.generate(seed)).getBytes(UTF_8));
    Path file = Files.write(directory.resolve("atlas.json"), document);
    ParsedAtlas whole = JSON.parse(document, file.toString());

    try (StationStream stream = JSON.stream(file)) {
      StationPositions positions = StationPositions.create();
      List<PollingStation> streamed = new ArrayList<>();
      stream.forEachStation(
          s -> {
            positions.add(s);
            streamed.add(s.station());
          });
      assertThat(positions.size()).isEqualTo(streamed.size());

      // Backwards and then at random: each read stands on its own.
      List<Integer> order = new ArrayList<>();
      for (int i = streamed.size() - 1; i >= 0; i--) {
        order.add(i);
      }
      Random random = new Random(seed);
      for (int k = 0; k < streamed.size(); k++) {
        order.add(random.nextInt(streamed.size()));
      }
      for (int i : order) {
        StationStream.StreamedStation again = stream.stationAt(positions, i);
        assertThat(again.index()).isEqualTo(i);
        assertThat(again.station()).isEqualTo(streamed.get(i));
        assertThat(again.bytesRead()).isBetween(0L, stream.size());
        for (String pointer : pointersOf(i)) {
          assertThat(again.locate(pointer))
              .as(pointer)
              .isEqualTo(whole.sourceMap().locate(pointer));
        }
        assertThat(again.locate("/pollingStations/" + (i + 1))).isEmpty();
      }
    }
  }

  private static List<String> pointersOf(int index) {
    String here = "/pollingStations/" + index;
    return List.of(
        here,
        here + "/id",
        here + "/county",
        here + "/name",
        here + "/name/fa",
        here + "/number",
        here + "/location",
        here + "/expectedVoters");
  }

  @Test
  void a_station_of_standard_input_is_read_again_from_its_copy() throws IOException {
    byte[] document = JSON.write(RandomAtlases.generate(4)).getBytes(UTF_8);

    try (StationStream stream = JSON.stream(new ByteArrayInputStream(document), "-")) {
      StationPositions positions = StationPositions.create();
      List<PollingStation> streamed = new ArrayList<>();
      stream.forEachStation(
          s -> {
            positions.add(s);
            streamed.add(s.station());
          });

      for (int i = 0; i < streamed.size(); i++) {
        assertThat(stream.stationAt(positions, i).station()).isEqualTo(streamed.get(i));
      }
    }
  }

  /** A file changed after it was streamed, and what the re-read says. */
  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("longer, its time put back", "its length is not what it was"),
        Arguments.of("rewritten", "it was written to after it was read"),
        Arguments.of("shifted, its time put back", "no station starts where station 3 did"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void a_file_changed_since_it_was_read_is_a_clear_error(String change, String says)
      throws IOException {
    String document = JSON.write(AtlasGenerator.of(20, 6).generate());
    Path file = Files.writeString(directory.resolve("atlas.json"), document);
    FileTime then = FileTime.fromMillis(1_600_000_000_000L);
    Files.setLastModifiedTime(file, then);

    try (StationStream stream = JSON.stream(file)) {
      StationPositions positions = StationPositions.create();
      stream.forEachStation(positions::add);
      assertThat(positions.size()).isGreaterThan(3);
      long at = positions.offset(3);
      switch (change) {
        case "longer, its time put back" -> {
          Files.writeString(file, "\n", StandardOpenOption.APPEND);
          Files.setLastModifiedTime(file, then);
        }
        case "rewritten" -> {
          Files.writeString(file, document);
          Files.setLastModifiedTime(file, FileTime.fromMillis(then.toMillis() + 60_000));
        }
        default -> {
          // Station 3's brace one byte to the left, over a blank of its indent: same length.
          byte[] bytes = document.getBytes(UTF_8);
          assertThat(bytes[(int) at - 1]).isEqualTo((byte) ' ');
          bytes[(int) at - 1] = '{';
          bytes[(int) at] = ' ';
          Files.write(file, bytes);
          Files.setLastModifiedTime(file, then);
        }
      }

      assertThatThrownBy(() -> stream.stationAt(positions, 3))
          .isInstanceOf(IOException.class)
          .hasMessage(file + " changed since it was read: " + says);
    }
  }

  @Test
  void positions_are_kept_in_document_order_of_streamed_stations_only() throws IOException {
    Path file =
        Files.writeString(
            directory.resolve("atlas.json"), JSON.write(AtlasGenerator.of(5, 8).generate()));
    StationPositions positions = StationPositions.create();

    try (StationStream stream = JSON.stream(file)) {
      assertThatThrownBy(
              () ->
                  stream.forEachStation(
                      s -> {
                        if (s.index() != 1) {
                          positions.add(s);
                        }
                      }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("stations are added in document order: the next is station 1, not 2");
      assertThatThrownBy(() -> stream.stationAt(positions, 1))
          .isInstanceOf(IndexOutOfBoundsException.class)
          .hasMessage("no station 1 among the 1 whose positions were kept");
    }
    StationStream.StreamedStation foreign =
        new StationStream.StreamedStation() {
          @Override
          public int index() {
            return 0;
          }

          @Override
          public PollingStation station() {
            throw new UnsupportedOperationException();
          }

          @Override
          public long bytesRead() {
            return 0;
          }

          @Override
          public java.util.Optional<org.electionatlas.validation.SourceLocation> locate(
              String pointer) {
            return java.util.Optional.empty();
          }
        };
    assertThatThrownBy(() -> StationPositions.create().add(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only a station a StationStream hands over has a position in its file");
  }
}
