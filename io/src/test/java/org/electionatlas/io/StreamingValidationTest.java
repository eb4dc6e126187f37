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
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validating a file as a stream ({@link AtlasJson#check(Path, Validator)}) reports what reading it
 * whole and validating the atlas reports: the same violations in the same order, at the same
 * pointers, lines and columns; and refuses a broken file with the same message.
 */
class StreamingValidationTest {

  private static final AtlasJson JSON = AtlasJson.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @TempDir Path directory;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_random_atlas_streamed_reports_what_it_reports_in_memory(long seed) throws IOException {
    Path file = write(JSON.write(RandomAtlases.generate(seed)));

    assertThat(streamed(file)).isEqualTo(inMemory(file));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_stations_anywhere_in_the_object_and_all_on_one_line_report_the_same(long seed)
      throws IOException {
    ObjectNode tree = (ObjectNode) TREES.readTree(JSON.write(RandomAtlases.generate(seed)));
    JsonNode stations = tree.remove("pollingStations");
    ObjectNode reordered = TREES.createObjectNode();
    if (stations != null && seed % 2 == 0) {
      reordered.set("pollingStations", stations);
    }
    reordered.setAll(tree);
    if (stations != null && seed % 2 == 1) {
      reordered.set("pollingStations", stations);
    }
    Path file = Files.write(directory.resolve("atlas.json"), TREES.writeValueAsBytes(reordered));

    assertThat(streamed(file)).isEqualTo(inMemory(file));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void a_one_line_file_behind_a_byte_order_mark_reports_the_same_columns(long seed)
      throws IOException {
    byte[] oneLine =
        TREES.writeValueAsBytes(TREES.readTree(JSON.write(RandomAtlases.generate(seed))));
    byte[] withMark = new byte[oneLine.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(oneLine, 0, withMark, 3, oneLine.length);
    Path file = Files.write(directory.resolve("atlas.json"), withMark);

    assertThat(streamed(file)).isEqualTo(inMemory(file));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void a_generated_atlas_with_planted_defects_reports_each_where_it_is(long seed)
      throws IOException {
    Atlas atlas = AtlasGenerator.of(3_000, seed).generate();
    List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
    change(stations, 10, s -> s.id(stations.get(3).id()));
    change(
        stations, 20, s -> s.number(stations.get(21).number()).county(stations.get(21).county()));
    change(stations, 30, s -> s.county("atlantis"));
    change(stations, 40, s -> s.location(Location.of(48.85, 2.35)));
    change(stations, 50, s -> s.expectedVoters(-5));
    change(stations, 2_999, s -> s.location(stations.get(2_998).location()));
    // Texts, which the reading thread walks for the text rules when the file is read on two.
    change(stations, 60, s -> s.name(LocalizedName.of("مدرسه علي", "Ali School")));
    change(stations, 70, s -> s.address("خیابان \u202Eشهدا"));
    change(stations, 80, s -> s.address("پلاک ۱۲، خیابان می رود"));
    stations.remove(1_500);
    Path file = write(JSON.write(Atlas.builder().from(atlas).pollingStations(stations).build()));
    assertThat(Files.size(file)).as("read on two threads").isGreaterThan(1 << 20);

    List<String> inMemory = inMemory(file);
    assertThat(inMemory).hasSizeGreaterThanOrEqualTo(9);
    assertThat(String.join("\n", inMemory))
        .contains("/pollingStations/60/name/fa", "/pollingStations/70/address");
    assertThat(streamed(file)).isEqualTo(inMemory);
  }

  /**
   * Approvals after the stations longer than what is read back from the end of the file (padded
   * with 4.5 MB of extensions) are taken for the stations' array at first: the parser of the
   * stations ends the array elsewhere, the stream says so once its visitor has seen every station,
   * and the validation starts again from the walk over the whole file, reporting what reading the
   * file whole reports.
   */
  @Test
  void approvals_longer_than_the_read_back_are_cut_again_and_report_the_same() throws IOException {
    Atlas atlas = AtlasGenerator.of(2_000, 7).generate();
    List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
    change(stations, 10, s -> s.id(stations.get(3).id()));
    change(stations, 40, s -> s.location(Location.of(48.85, 2.35)));
    ObjectNode tree =
        (ObjectNode)
            TREES.readTree(
                JSON.write(Atlas.builder().from(atlas).pollingStations(stations).build()));
    ArrayNode approvals = (ArrayNode) tree.get("approvals");
    ObjectNode padding = ((ObjectNode) approvals.get(approvals.size() - 1)).putObject("extensions");
    for (int k = 0; k < 5; k++) {
      padding.put("padding-" + k, "]".repeat(900_000));
    }
    Path file = Files.write(directory.resolve("atlas.json"), TREES.writeValueAsBytes(tree));
    List<String> inMemory = inMemory(file);
    assertThat(inMemory).hasSizeGreaterThanOrEqualTo(2);

    int[] seen = {0};
    try (StationStream quick =
        StationStream.open(JSON, Limits.DEFAULTS, file, file.toString(), null, true)) {
      assertThatThrownBy(() -> quick.forEachStation(station -> seen[0]++))
          .isInstanceOf(StationStream.RegionMisjudged.class);
    }
    assertThat(seen[0]).isEqualTo(stations.size());
    assertThat(streamed(file)).isEqualTo(inMemory);
  }

  @Test
  void the_kerman_sample_streamed_reports_its_one_warning_at_the_same_line() throws IOException {
    Path file = Files.write(directory.resolve("kerman-1402.json"), Samples.bytes("kerman-1402"));

    assertThat(streamed(file)).isEqualTo(inMemory(file)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\"expectedVoters\": 1200,|\"expectedVoters\": \"many\",",
        "\"expectedVoters\": 1200,|\"expectedVoters\": 1200, \"nmae\": 1,",
        "\"expectedVoters\": 1200,|\"expectedVoters\": 1200, \"expectedVoters\": 3,",
        "\"votingMethod\": \"PAPER\"|\"votingMethod\": \"QUILL\"",
        "\"number\": 7,|\"number\": 7.5,",
        "},\n    {\n      \"id\": \"s-0009\"|}\n    {\n      \"id\": \"s-0009\"",
        "},\n    {\n      \"id\": \"s-0009\"|},,\n    {\n      \"id\": \"s-0009\"",
        "\"schemaVersion\": 1|\"schemaVersion\": 2",
        "\"counties\": [|\"counties\": [1,",
      })
  void a_broken_file_is_refused_with_the_message_reading_it_whole_gives(String change)
      throws IOException {
    String[] parts = change.split("\\|", 2);
    String text = stationsDocument();
    int at = text.indexOf(parts[0], text.indexOf("\"id\": \"s-0008\""));
    if (at < 0) {
      at = text.indexOf(parts[0]);
    }
    assertThat(at).as("the text to change").isNotNegative();
    Path file = write(text.substring(0, at) + parts[1] + text.substring(at + parts[0].length()));

    assertThat(streamed(file))
        .isEqualTo(inMemory(file))
        .singleElement()
        .asString()
        .startsWith("refused");
  }

  @Test
  void a_station_that_is_not_utf_8_is_refused_where_reading_it_whole_refuses_it()
      throws IOException {
    byte[] text = stationsDocument().replace("s-0009", "s-00\u00e99").getBytes(UTF_8);
    for (int i = 0; i < text.length; i++) {
      if (text[i] == (byte) 0xC3) {
        text[i] = (byte) 0xFF;
      }
    }
    Path file = Files.write(directory.resolve("latin.json"), text);

    assertThat(streamed(file))
        .isEqualTo(inMemory(file))
        .singleElement()
        .asString()
        .contains("UTF-8");
  }

  @Test
  void a_stream_validates_as_its_file_does() throws IOException {
    Path file = write(JSON.write(RandomAtlases.generate(7)));

    CheckedSource fromStream =
        JSON.check(new ByteArrayInputStream(Files.readAllBytes(file)), "-", Validator.standard());

    assertThat(((CheckedSource.Checked) fromStream).report().violations())
        .isNotEmpty()
        .isEqualTo(
            ((CheckedSource.Checked) JSON.check(file, Validator.standard())).report().violations());
  }

  /** Ten stations in a county, written canonically. */
  private static String stationsDocument() {
    Atlas atlas = AtlasGenerator.of(10, 3).generate();
    List<PollingStation> stations = new ArrayList<>();
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      stations.add(
          PollingStation.builder()
              .from(atlas.pollingStations().get(i))
              .id(String.format("s-%04d", i))
              .number(7)
              .expectedVoters(1200)
              .build());
    }
    return JSON.write(Atlas.builder().from(atlas).pollingStations(stations).build());
  }

  private static void change(
      List<PollingStation> stations, int i, UnaryOperator<PollingStation.Builder> change) {
    stations.set(i, change.apply(PollingStation.builder().from(stations.get(i))).build());
  }

  private Path write(String text) throws IOException {
    return Files.writeString(directory.resolve("atlas.json"), text, UTF_8);
  }

  private static List<String> inMemory(Path file) throws IOException {
    return described(JSON.check(Files.readAllBytes(file), file.toString(), Validator.standard()));
  }

  private static List<String> streamed(Path file) {
    return described(JSON.check(file, Validator.standard()));
  }

  /** What a check gave, as lines that say where: equal for equal findings, also when refused. */
  static List<String> described(CheckedSource result) {
    if (result instanceof CheckedSource.Unreadable unreadable) {
      CheckedSource.ReadFailure failure = unreadable.failure();
      return List.of(
          "refused: " + failure.location() + " " + failure.pointer() + " " + failure.problem());
    }
    return ((CheckedSource.Checked) result)
        .report().violations().stream()
            .map(v -> v.location().map(at -> at.line() + ":" + at.column()) + " " + v)
            .toList();
  }
}
