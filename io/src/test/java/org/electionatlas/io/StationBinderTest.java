package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.JsonTree.Spelling;
import org.electionatlas.io.JsonTree.Value;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The hand-written binder of the stream ({@link StationBinder}) is only an optimisation: every
 * station it accepts is the station databind binds from the same text, and every station databind
 * refuses or would have to coerce it gives up, so that databind says what is wrong with it exactly
 * as before. Proved on generated atlases written with many spellings of the same values, on mutated
 * ones, on a table of shapes it must give up, and end to end through the stream.
 */
class StationBinderTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  /**
   * The stream's parser: the mapper's limits, and no duplicate check (the binder makes its own).
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(Limits.DEFAULTS.readConstraints()).build();

  /** An atlas without stations, into which the tests put theirs. */
  private static final String FRAME = JSON.write(AtlasGenerator.of(3, 5).withoutStations());

  @TempDir Path directory;

  private enum Outcome {
    ACCEPTED,
    GIVEN_UP,
    REFUSED_BY_THE_PARSER
  }

  private record Bound(Outcome outcome, @Nullable PollingStation station) {}

  /** What the binder makes of one station's text, and that it leaves the parser at its end. */
  private static Bound bind(String station) {
    try (JsonParser p =
        FACTORY.createParser(ObjectReadContext.empty(), ("[" + station + "]").getBytes(UTF_8))) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      PollingStation bound;
      try {
        bound = StationBinder.bind(p);
      } catch (JacksonException e) {
        return new Bound(Outcome.REFUSED_BY_THE_PARSER, null);
      }
      assertThat(p.currentToken()).as("left at the station's end").isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).as("nothing of the station left").isEqualTo(JsonToken.END_ARRAY);
      return new Bound(bound == null ? Outcome.GIVEN_UP : Outcome.ACCEPTED, bound);
    }
  }

  private static String withStations(String... stations) {
    int end = FRAME.lastIndexOf('}');
    return FRAME.substring(0, end)
        + ", \"pollingStations\": ["
        + String.join(",\n", stations)
        + "]}\n";
  }

  /**
   * What databind makes of one station's text: the station, or empty when it refuses it. Databind
   * alone: a read of the whole document would bind it by hand.
   */
  private static Optional<PollingStation> databind(String station) {
    try {
      return Optional.of(
          JSON.bindWithDatabind(withStations(station).getBytes(UTF_8)).pollingStations().get(0));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** The stations of an atlas, each as the canonical writer writes it, parsed into a tree. */
  private static List<Value> stationsOf(Atlas atlas) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), JSON.write(atlas))) {
      p.nextToken();
      List<Value> stations = new ArrayList<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (name.equals("pollingStations")) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            stations.add(JsonTree.read(p));
          }
        } else {
          p.skipChildren();
        }
      }
      return stations;
    }
  }

  /** Random atlases of every shape the model holds, and realistic generated ones. */
  private static List<Atlas> atlases() {
    List<Atlas> atlases = new ArrayList<>();
    for (long seed = 1; seed <= 60; seed++) {
      atlases.add(RandomAtlases.generate(seed));
    }
    for (long seed : new long[] {1, 7, 2024}) {
      atlases.add(AtlasGenerator.of(300, seed).generate());
    }
    return atlases;
  }

  @Test
  void every_station_written_in_any_spelling_is_accepted_and_bound_as_databind_binds_it() {
    Random random = new Random(17);
    int accepted = 0;
    for (Atlas atlas : atlases()) {
      for (Value station : stationsOf(atlas)) {
        String text = station.write(random, Spelling.SAME_VALUES);
        Bound bound = bind(text);
        Optional<PollingStation> expected = databind(text);
        assertThat(expected).as("databind reads %s", text).isPresent();
        if (station.hasNullAtTheTopOfExtensions()) {
          // The mix-ins' null handling decides these; the binder leaves them to it.
          assertThat(bound.outcome()).isEqualTo(Outcome.GIVEN_UP);
        } else {
          assertThat(bound.outcome()).as("the binder takes %s", text).isEqualTo(Outcome.ACCEPTED);
          assertThat(bound.station()).as("bound from %s", text).isEqualTo(expected.get());
          accepted++;
        }
      }
    }
    assertThat(accepted).isGreaterThan(900);
  }

  @Test
  void a_mutated_station_is_accepted_only_when_databind_binds_the_same() {
    Random random = new Random(29);
    int accepted = 0;
    int refused = 0;
    for (Atlas atlas : atlases()) {
      for (Value station : stationsOf(atlas)) {
        for (int round = 0; round < 3; round++) {
          String text = station.write(random, Spelling.MUTATED);
          Bound bound = bind(text);
          Optional<PollingStation> expected = databind(text);
          if (bound.outcome() == Outcome.ACCEPTED) {
            accepted++;
            assertThat(expected).as("databind reads what the binder took: %s", text).isPresent();
            assertThat(bound.station()).as("bound from %s", text).isEqualTo(expected.get());
          }
          if (expected.isEmpty()) {
            refused++;
            assertThat(bound.outcome())
                .as("refused by databind: %s", text)
                .isNotEqualTo(Outcome.ACCEPTED);
          }
        }
      }
    }
    // The mutations are neither all harmless nor all fatal, so both sides of the property ran.
    assertThat(accepted).isGreaterThan(500);
    assertThat(refused).isGreaterThan(500);
  }

  /** A plain station, each case of the table replacing or adding one member. */
  private static final String PLAIN =
      """
      {"id": "kerman-0001", "county": "kerman", "number": 1,
       "name": {"fa": "دبستان شهید باهنر", "en": "Shahid Bahonar School"},
       "kind": "FIXED", "votingMethod": "ELECTRONIC", "expectedVoters": 1200,
       "address": "خیابان \\u0634\\"هدا\\"", "settlement": {"name": {"fa": "کرمان"}, "kind": "URBAN"},
       "location": {"lat": 30.2839, "lon": 57.0834},
       "accessible": true, "staff": {"officials": 5, "observers": 2},
       "risk": {"level": "LOW", "note": "ok"}, "externalIds": {"ocd": "x"},
       "extensions": {"a": [1, null, {"b": "c"}], "d": -1.5e-300}}""";

  private static String replace(String member, String with) {
    String replaced =
        PLAIN.replaceFirst(
            "\"" + member + "\": (\\{[^{}]*(\\{[^{}]*\\})?[^{}]*\\}|[^,{}]+)",
            Matcher.quoteReplacement(with));
    assertThat(replaced).as("the table's case changes the station").isNotEqualTo(PLAIN);
    return replaced;
  }

  private static String add(String member) {
    return PLAIN.substring(0, PLAIN.length() - 1) + ", " + member + "}";
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("a number as a string", replace("number", "\"number\": \"7\"")),
        // Jackson's own enum reader took these two; the format's (Codecs.ExactEnumDeserializer)
        // does not, nor does the schema.
        Arguments.of("an enum with a space", replace("kind", "\"kind\": \"FIXED \"")),
        Arguments.of("an enum by index", replace("kind", "\"kind\": 0")),
        Arguments.of("an enum's index as a string", replace("kind", "\"kind\": \"0\"")),
        Arguments.of("a float for an int", replace("number", "\"number\": 7.0")),
        Arguments.of("an exponent for an int", replace("number", "\"number\": 1e2")),
        Arguments.of("an int beyond an int", replace("number", "\"number\": 3000000000")),
        Arguments.of("a negative beyond an int", replace("number", "\"number\": -2147483649")),
        Arguments.of("a huge int", replace("number", "\"number\": 123456789012345678901234567890")),
        Arguments.of("null for an int", replace("number", "\"number\": null")),
        Arguments.of("true for an int", replace("expectedVoters", "\"expectedVoters\": true")),
        Arguments.of("a number for a string", replace("id", "\"id\": 7")),
        Arguments.of("null for a string", replace("county", "\"county\": null")),
        Arguments.of("an array for a string", replace("county", "\"county\": [\"kerman\"]")),
        Arguments.of("an object for a string", replace("address", "\"address\": {}")),
        Arguments.of("a repeated key", add("\"county\": \"rafsanjan\"")),
        Arguments.of("a repeated object", add("\"staff\": {\"officials\": 5, \"observers\": 2}")),
        Arguments.of("an unknown key", add("\"colour\": \"red\"")),
        Arguments.of("a key in another case", add("\"Kind\": \"FIXED\"")),
        Arguments.of("a missing required key", replace("id", "\"ident\": \"x\"")),
        Arguments.of("a name as a string", replace("name", "\"name\": \"کرمان\"")),
        Arguments.of("a name without fa", replace("name", "\"name\": {\"en\": \"Kerman\"}")),
        Arguments.of("a blank fa", replace("name", "\"name\": {\"fa\": \" \\t\"}")),
        Arguments.of("a repeated fa", replace("name", "\"name\": {\"fa\": \"a\", \"fa\": \"b\"}")),
        Arguments.of(
            "a repeated other tag",
            replace("name", "\"name\": {\"fa\": \"a\", \"de\": \"b\", \"de\": \"c\"}")),
        Arguments.of("a number for a text", replace("name", "\"name\": {\"fa\": 1}")),
        Arguments.of("null for a text", replace("name", "\"name\": {\"fa\": \"a\", \"en\": null}")),
        Arguments.of(
            "a tag that is none", replace("name", "\"name\": {\"fa\": \"a\", \"EN\": \"b\"}")),
        Arguments.of("an enum in lower case", replace("kind", "\"kind\": \"fixed\"")),
        Arguments.of("an unknown enum", replace("votingMethod", "\"votingMethod\": \"POSTAL\"")),
        Arguments.of("an empty enum", replace("votingMethod", "\"votingMethod\": \"\"")),
        Arguments.of("a boolean as a string", replace("accessible", "\"accessible\": \"true\"")),
        Arguments.of("a boolean as a number", replace("accessible", "\"accessible\": 1")),
        Arguments.of("null for a boolean", replace("accessible", "\"accessible\": null")),
        Arguments.of(
            "a coordinate as a string",
            replace("location", "\"location\": {\"lat\": \"30\", \"lon\": 57}")),
        Arguments.of(
            "a coordinate beyond a double",
            replace("location", "\"location\": {\"lat\": 1e400, \"lon\": 57}")),
        Arguments.of("a coordinate missing", replace("location", "\"location\": {\"lat\": 30}")),
        Arguments.of(
            "a repeated coordinate",
            replace("location", "\"location\": {\"lat\": 30, \"lat\": 31, \"lon\": 57}")),
        Arguments.of(
            "an unknown coordinate",
            replace("location", "\"location\": {\"lat\": 30, \"lon\": 57, \"alt\": 1}")),
        Arguments.of("a location as an array", replace("location", "\"location\": [30, 57]")),
        Arguments.of(
            "a float for a count",
            replace("staff", "\"staff\": {\"officials\": 5.5, \"observers\": 1}")),
        Arguments.of("a count missing", replace("staff", "\"staff\": {\"officials\": 5}")),
        Arguments.of(
            "null for a count",
            replace("staff", "\"staff\": {\"officials\": null, \"observers\": 1}")),
        Arguments.of(
            "a number for a note", replace("risk", "\"risk\": {\"level\": \"LOW\", \"note\": 3}")),
        Arguments.of("a risk without level", replace("risk", "\"risk\": {}")),
        Arguments.of(
            "an unknown settlement kind",
            replace(
                "settlement", "\"settlement\": {\"name\": {\"fa\": \"x\"}, \"kind\": \"TOWN\"}")),
        Arguments.of(
            "a settlement without kind",
            replace("settlement", "\"settlement\": {\"name\": {\"fa\": \"x\"}}")),
        Arguments.of(
            "a number for an external id", replace("externalIds", "\"externalIds\": {\"ocd\": 1}")),
        Arguments.of(
            "null for an external id", replace("externalIds", "\"externalIds\": {\"ocd\": null}")),
        Arguments.of(
            "a repeated external id",
            replace("externalIds", "\"externalIds\": {\"a\": \"x\", \"a\": \"y\"}")),
        Arguments.of("external ids as an array", replace("externalIds", "\"externalIds\": []")),
        Arguments.of(
            "a repeated extension", replace("extensions", "\"extensions\": {\"a\": 1, \"a\": 2}")),
        Arguments.of(
            "a repeated member deep in an extension",
            replace("extensions", "\"extensions\": {\"a\": [{\"b\": 1, \"b\": 2}]}")),
        Arguments.of("extensions as an array", replace("extensions", "\"extensions\": [1]")),
        Arguments.of(
            "a repeated settlement extension",
            replace(
                "settlement",
                "\"settlement\": {\"name\": {\"fa\": \"x\"}, \"kind\": \"URBAN\","
                    + " \"extensions\": {\"a\": 1, \"a\": 2}}")),
        Arguments.of(
            "a string over the length limit",
            replace("address", "\"address\": \"" + "x".repeat(1_000_001) + "\"")),
        Arguments.of(
            "a number over the length limit",
            replace("extensions", "\"extensions\": {\"n\": " + "9".repeat(1_001) + "}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void a_shape_databind_refuses_is_never_accepted(String what, String station) {
    assertThat(databind(station)).as("databind refuses it").isEmpty();
    assertThat(bind(station).outcome()).isNotEqualTo(Outcome.ACCEPTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void a_station_databind_refuses_fails_the_stream_as_it_fails_a_whole_read(
      String what, String station) throws IOException {
    Path file = write(PLAIN, PLAIN, station, PLAIN);
    Throwable whole = catchThrowable(() -> JSON.read(file));
    assertThat(whole).isInstanceOf(AtlasFormatException.class);
    for (boolean onTwoThreads : new boolean[] {false, true}) {
      try (StationStream stream = JSON.stream(file)) {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> stream.forEachStation(s -> seen.add(s.index()), onTwoThreads))
            .isInstanceOf(AtlasFormatException.class)
            .hasMessage(whole.getMessage());
        assertThat(seen).containsExactly(0, 1);
      }
    }
  }

  /** Shapes databind binds that the binder leaves to it: the stream reads them all the same. */
  static Stream<Arguments> givenUpButValid() {
    return Stream.of(
        Arguments.of("a null extension", replace("extensions", "\"extensions\": {\"a\": null}")),
        Arguments.of(
            "a null settlement extension",
            replace(
                "settlement",
                "\"settlement\": {\"name\": {\"fa\": \"x\"}, \"kind\": \"URBAN\","
                    + " \"extensions\": {\"a\": null}}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("givenUpButValid")
  void a_valid_station_the_binder_gives_up_is_streamed_as_databind_binds_it(
      String what, String station) throws IOException {
    assertThat(bind(station).outcome()).isEqualTo(Outcome.GIVEN_UP);
    Path file = write(PLAIN, station, PLAIN, station);
    List<PollingStation> expected = JSON.read(file).pollingStations();
    for (boolean onTwoThreads : new boolean[] {false, true}) {
      try (StationStream stream = JSON.stream(file)) {
        List<PollingStation> streamed = new ArrayList<>();
        assertThat(stream.forEachStation(s -> streamed.add(s.station()), onTwoThreads))
            .isEqualTo(4);
        assertThat(streamed).isEqualTo(expected);
      }
    }
  }

  /** Values at the edges of what the plain shape holds, each accepted as databind binds it. */
  static Stream<Arguments> edges() {
    return Stream.of(
        Arguments.of("the least int", replace("number", "\"number\": -2147483648")),
        Arguments.of(
            "the greatest int", replace("expectedVoters", "\"expectedVoters\": 2147483647")),
        Arguments.of("minus zero as an int", replace("number", "\"number\": -0")),
        Arguments.of(
            "coordinates as integers",
            replace("location", "\"location\": {\"lat\": 30, \"lon\": -0}")),
        Arguments.of(
            "coordinates with exponents",
            replace("location", "\"location\": {\"lat\": 3.02839E+1, \"lon\": 570834e-4}")),
        Arguments.of(
            "a coordinate beyond a long",
            replace(
                "location", "\"location\": {\"lat\": 123456789012345678901234567890, \"lon\": 1}")),
        Arguments.of(
            "the greatest double",
            replace("location", "\"location\": {\"lat\": 1.7976931348623157e308, \"lon\": 1}")),
        Arguments.of(
            "a coordinate that underflows to zero",
            replace("location", "\"location\": {\"lat\": -1e-400, \"lon\": 4.9e-324}")),
        Arguments.of(
            "coordinates with extensions",
            replace(
                "location",
                "\"location\": {\"extensions\": {\"src\": \"gps\"}, \"lon\": 1, \"lat\": 2}")),
        Arguments.of(
            "staff with extensions",
            replace(
                "staff",
                "\"staff\": {\"observers\": -1, \"extensions\": {\"x\": []}, \"officials\": 0}")),
        Arguments.of(
            "escapes in keys and texts",
            replace("name", "\"\\u006eame\": {\"\\u0066a\": \"\\u06a9\\u200c\\ud83d\\ude00\\n\"}")),
        Arguments.of("an empty address", replace("address", "\"address\": \"\"")),
        Arguments.of("empty external ids", replace("externalIds", "\"externalIds\": {}")),
        Arguments.of(
            "numbers in extensions kept as written",
            replace(
                "extensions",
                "\"extensions\": {\"a\": 1.50, \"b\": -0.0, \"c\": 1E+3, \"d\": "
                    + "123456789012345678901234567890, \"e\": [null, true, false, {}]}")),
        Arguments.of(
            "a name in three languages",
            replace("name", "\"name\": {\"en\": \"E\", \"de-CH\": \"D\", \"fa\": \"ف\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void a_value_at_the_edge_of_the_plain_shape_is_accepted_as_databind_binds_it(
      String what, String station) {
    Bound bound = bind(station);
    assertThat(bound.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(bound.station()).isEqualTo(databind(station).orElseThrow());
  }

  @Test
  void the_plain_station_of_the_format_is_accepted_as_databind_binds_it() {
    Bound bound = bind(PLAIN);
    assertThat(bound.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(bound.station()).isEqualTo(databind(PLAIN).orElseThrow());
  }

  @Test
  void a_county_id_of_the_frame_is_bound_as_the_frame_s_own_string_and_any_other_as_read() {
    String kerman = new String("kerman".toCharArray());
    Map<String, String> counties = Map.of(kerman, kerman);
    try (JsonParser p =
        FACTORY.createParser(
            ObjectReadContext.empty(),
            ("[" + PLAIN + "," + PLAIN.replace("\"kerman\"", "\"rafsanjan\"") + "]")
                .getBytes(UTF_8))) {
      p.nextToken();
      p.nextToken();
      PollingStation known = StationBinder.bind(p, counties);
      p.nextToken();
      PollingStation other = StationBinder.bind(p, counties);

      assertThat(known).isNotNull().isEqualTo(databind(PLAIN).orElseThrow());
      assertThat(known.county()).isSameAs(kerman);
      assertThat(other).isNotNull();
      assertThat(other.county()).isEqualTo("rafsanjan");
    }
  }

  private Path write(String... stations) throws IOException {
    return Files.writeString(directory.resolve("atlas.json"), withStations(stations));
  }
}
