package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.electionatlas.diff.AtlasDiff;
import org.electionatlas.diff.EntityChange;
import org.electionatlas.diff.FieldChange;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.ParsedAtlas;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffCommandTest {

  @TempDir Path directory;

  private Path write(String name, Atlas atlas) throws Exception {
    Path file = directory.resolve(name);
    Files.writeString(file, AtlasJson.standard().write(atlas), UTF_8);
    return file;
  }

  private static Atlas atlas(long seed) {
    return AtlasGenerator.of(200, seed).generate();
  }

  private static Atlas withStations(Atlas atlas, List<PollingStation> stations) {
    return Atlas.builder().from(atlas).pollingStations(stations).build();
  }

  /** The atlas with station 10 moved about 2 km north and station 20 removed. */
  private static Atlas changed(Atlas atlas) {
    List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
    PollingStation moved = stations.get(10);
    Location at = moved.location().orElseThrow();
    PollingStation.Builder builder = PollingStation.builder();
    builder.from(moved).location(Location.of(at.lat() + 0.018, at.lon()));
    stations.set(10, builder.build());
    stations.remove(20);
    return withStations(atlas, stations);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void the_same_atlas_is_exit_0(String format) throws Exception {
    Path file = write("a.json", atlas(1));

    Run run = Run.of("diff", "--format", format, file.toString(), file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    if (format.equals("text")) {
      assertThat(run.out()).isEmpty();
    } else {
      assertThat(new JsonMapper().readTree(run.out()).get("same").asBoolean()).isTrue();
    }
  }

  @Test
  void reordered_stations_are_exit_0_and_print_nothing() throws Exception {
    Atlas atlas = atlas(2);
    List<PollingStation> shuffled = new ArrayList<>(atlas.pollingStations());
    Collections.shuffle(shuffled, new Random(2));
    Path before = write("before.json", atlas);
    Path after = write("after.json", withStations(atlas, shuffled));

    Run run = Run.of("diff", before.toString(), after.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void a_change_is_one_compiler_style_line_with_both_files_places() throws Exception {
    Atlas atlas = atlas(3);
    Path before = write("before.json", atlas);
    Path after = write("after.json", changed(atlas));
    String movedId = atlas.pollingStations().get(10).id();
    String removedId = atlas.pollingStations().get(20).id();

    Run run = Run.of("diff", before.toString(), after.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .matches(
            "\\Q"
                + before
                + "\\E:\\d+:\\d+: \\Q"
                + after
                + "\\E:\\d+:\\d+: changed \\[diff\\.station\\.moved(\\.near)?\\] polling station \"\\Q"
                + movedId
                + "\\E\" .*: moved 2(\\.0)? km north.* \\(at /pollingStations/10/location\\)");
    assertThat(lines.get(1))
        .contains("removed [diff.removed] polling station \"" + removedId + "\"")
        .endsWith("(at /pollingStations/20 → /pollingStations)");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "2 changes from "
                + before
                + " to "
                + after
                + ": 0 added, 1 removed, 1 changed (0 with a new id)");
    assertThat(run.out()).contains("county \"" + atlas.pollingStations().get(20).county() + "\"");
  }

  @Test
  void the_line_and_column_are_those_of_the_changed_value_in_each_file() throws Exception {
    Atlas atlas = atlas(4);
    Path before = write("before.json", atlas);
    Path after = write("after.json", changed(atlas));

    String line =
        Run.of("diff", before.toString(), after.toString()).out().lines().findFirst().orElseThrow();

    String[] parts = line.split(": ", 3);
    int beforeLine = Integer.parseInt(parts[0].split(":")[1]);
    int afterLine = Integer.parseInt(parts[1].split(":")[1]);
    assertThat(Files.readAllLines(before).get(beforeLine - 1)).contains("\"location\"");
    assertThat(Files.readAllLines(after).get(afterLine - 1)).contains("\"location\"");
  }

  @Test
  void json_is_versioned_with_values_beside_messages() throws Exception {
    Atlas atlas = atlas(5);
    Path before = write("before.json", atlas);
    Path after = write("after.json", changed(atlas));

    Run run = Run.of("diff", "--format", "json", before.toString(), after.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode diff = new JsonMapper().readTree(run.out());
    assertThat(diff.get("format").asString()).isEqualTo("election-atlas-diff");
    assertThat(diff.get("diffVersion").asInt()).isEqualTo(1);
    assertThat(diff.get("counts").get("changes").asInt()).isEqualTo(2);
    JsonNode moved = diff.get("changes").get(0);
    assertThat(moved.get("type").asString()).isEqualTo("changed");
    assertThat(moved.get("kind").asString()).isEqualTo("POLLING_STATION");
    JsonNode field = moved.get("fields").get(0);
    assertThat(field.get("member").asString()).isEqualTo("location");
    assertThat(field.get("before").get("pointer").asString())
        .isEqualTo("/pollingStations/10/location");
    assertThat(field.get("after").get("line").asInt()).isPositive();
    assertThat(field.get("messageKey").asString()).startsWith("diff.station.moved");
    assertThat(field.get("arguments").get("distance").asDouble()).isBetween(1990.0, 2010.0);
    assertThat(diff.get("counties").get(0).get("removed").asInt()).isEqualTo(1);
  }

  @Test
  void persian_with_jalali_dates_and_persian_digits() throws Exception {
    Atlas atlas = atlas(6);
    Path before = write("before.json", atlas);
    Path after = write("after.json", changed(atlas));

    Run run = Run.of("diff", "--lang", "fa", before.toString(), after.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("کیلومتر به سوی شمال جابه‌جا شد")
        .contains("حذف شد")
        .contains("۲ تغییر از");
  }

  @Test
  void output_goes_to_the_file_named_and_nothing_to_standard_output() throws Exception {
    Atlas atlas = atlas(7);
    Path before = write("before.json", atlas);
    Path after = write("after.json", changed(atlas));
    Path report = directory.resolve("diff.txt");

    Run run = Run.of("diff", "-o", report.toString(), before.toString(), after.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report, UTF_8)).contains("removed [diff.removed]");
  }

  /** Every tenth station changed, a few removed, a few added. */
  private static Atlas manyChanges(Atlas atlas) {
    List<PollingStation> stations = new ArrayList<>();
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      PollingStation station = atlas.pollingStations().get(i);
      PollingStation.Builder builder = PollingStation.builder();
      builder.from(station);
      if (i % 10 == 1) {
        builder.expectedVoters(station.expectedVoters() + i);
      } else if (i % 10 == 2) {
        Location at = station.location().orElseThrow();
        builder.location(Location.of(at.lat() - 0.01, at.lon()));
      } else if (i % 25 == 3) {
        continue;
      } else if (i % 25 == 4) {
        stations.add(builder.id("new-" + i).number(10_000 + i).build());
        builder.from(station);
      }
      stations.add(builder.build());
    }
    return withStations(atlas, stations);
  }

  /** Every station with a new id and more voters, and every other one moved 2 km north. */
  private static Atlas everythingChanged(Atlas atlas) {
    List<PollingStation> stations = new ArrayList<>();
    for (int i = 0; i < atlas.pollingStations().size(); i++) {
      PollingStation station = atlas.pollingStations().get(i);
      PollingStation.Builder builder = PollingStation.builder();
      builder.from(station).id(station.id() + "-b").expectedVoters(station.expectedVoters() + 1);
      if (i % 2 == 0) {
        Location at = station.location().orElseThrow();
        builder.location(Location.of(at.lat() + 0.018, at.lon()));
      }
      stations.add(builder.build());
    }
    return withStations(atlas, stations);
  }

  /** Every station with a new id, county and number: none is recognisably the same. */
  private static Atlas everyIdChanged(Atlas atlas) {
    List<PollingStation> stations = new ArrayList<>();
    for (PollingStation station : atlas.pollingStations()) {
      PollingStation.Builder builder = PollingStation.builder();
      builder
          .from(station)
          .id("x-" + station.id())
          .number(station.number() + 100_000)
          .name(LocalizedName.of("شعبه " + station.id(), "Station " + station.id()));
      stations.add(builder.build());
    }
    Collections.reverse(stations);
    return withStations(atlas, stations);
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("a tenth changed", (UnaryOperator<Atlas>) DiffCommandTest::manyChanges),
        Arguments.of(
            "everything changed", (UnaryOperator<Atlas>) DiffCommandTest::everythingChanged),
        Arguments.of("every id changed", (UnaryOperator<Atlas>) DiffCommandTest::everyIdChanged),
        Arguments.of(
            "reversed and changed",
            (UnaryOperator<Atlas>)
                atlas -> {
                  List<PollingStation> stations =
                      new ArrayList<>(manyChanges(atlas).pollingStations());
                  Collections.reverse(stations);
                  return withStations(atlas, stations);
                }));
  }

  /**
   * What the streamed diff, which reads changed stations again by where they start, reports: the
   * changes the diff of the two atlases in memory finds, in its order, each placed at the line and
   * column a whole read of either file gives its pointer.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void stations_read_again_are_reported_and_placed_as_a_whole_read_places_them(
      String name, UnaryOperator<Atlas> revise) throws Exception {
    Atlas atlas = atlas(9);
    Atlas revised = revise.apply(atlas);
    Path before = write("before.json", atlas);
    Path after = write("after.json", revised);
    SourceMapped was = SourceMapped.of(before);
    SourceMapped is = SourceMapped.of(after);

    Run run = Run.of("diff", "--format", "json", before.toString(), after.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<EntityChange> expected = AtlasDiff.between(atlas, revised).changes();
    JsonNode changes = new JsonMapper().readTree(run.out()).get("changes");
    assertThat(changes.size()).isEqualTo(expected.size());
    int placed = 0;
    for (int k = 0; k < expected.size(); k++) {
      EntityChange want = expected.get(k);
      JsonNode got = changes.get(k);
      assertThat(got.get("messageKey").asString()).isEqualTo(want.message().key());
      assertThat(got.get("message").asString())
          .isEqualTo(want.message().render(MessageStyle.ENGLISH));
      placed += was.checks(got.get("before")) + is.checks(got.get("after"));
      JsonNode fields = got.get("fields");
      assertThat(fields.size()).isEqualTo(want.fields().size());
      for (int f = 0; f < fields.size(); f++) {
        FieldChange field = want.fields().get(f);
        assertThat(fields.get(f).get("member").asString()).isEqualTo(field.member());
        assertThat(fields.get(f).get("message").asString())
            .isEqualTo(field.message().render(MessageStyle.ENGLISH));
        placed += was.checks(fields.get(f).get("before")) + is.checks(fields.get(f).get("after"));
      }
    }
    assertThat(placed).isGreaterThan(expected.size());
  }

  /** A file read whole, to say where a pointer of it is. */
  private record SourceMapped(ParsedAtlas parsed) {
    static SourceMapped of(Path file) throws Exception {
      return new SourceMapped(
          AtlasJson.standard().parse(Files.readAllBytes(file), file.toString()));
    }

    /** Checks a place the diff printed against the whole read; 1 if it could, 0 if not. */
    int checks(JsonNode place) {
      String pointer = place.get("pointer").asString();
      Optional<SourceLocation> at = parsed.sourceMap().locate(pointer);
      if (at.isEmpty()) {
        return 0;
      }
      assertThat(place.get("line").asInt()).as(pointer).isEqualTo(at.get().line());
      assertThat(place.get("column").asInt()).as(pointer).isEqualTo(at.get().column());
      return 1;
    }
  }

  static Stream<Arguments> trouble() {
    return Stream.of(
        Arguments.of(List.of("missing.json", "a.json"), "cannot read missing.json: no such file"),
        Arguments.of(List.of("a.json", "broken.json"), "broken.json:1:"),
        Arguments.of(List.of("-", "-"), "only one of OLD and NEW can be -"),
        Arguments.of(List.of("--format", "svg", "a.json", "a.json"), "--format"),
        Arguments.of(List.of("a.json"), "NEW"));
  }

  @ParameterizedTest
  @MethodSource("trouble")
  void trouble_is_exit_2_and_one_line(List<String> args, String says) throws Exception {
    write("a.json", atlas(8));
    Files.writeString(directory.resolve("broken.json"), "{\"format\": \"election-atlas\",", UTF_8);
    List<String> resolved =
        args.stream().map(a -> a.endsWith(".json") ? directory.resolve(a).toString() : a).toList();

    Run run = Run.of(Stream.concat(Stream.of("diff"), resolved.stream()).toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .contains(says.replace("missing.json", directory.resolve("missing.json").toString()));
  }
}
