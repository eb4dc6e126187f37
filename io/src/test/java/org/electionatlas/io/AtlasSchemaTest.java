package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled JSON Schema, run through a real validator (networknt, draft 2020-12 with format
 * assertions on), accepts the samples and agrees with {@link AtlasJson} on every document of a
 * corpus: the broken documents of {@link AtlasJsonMalformedInputTest} and a table of small changes
 * to the minimal sample, some harmless and some not. Where the two cannot agree, the case is listed
 * in {@link #KNOWN_DIFFERENCES} with the reason, and the test checks that they do differ there, so
 * the list stays true.
 */
class AtlasSchemaTest {

  private static final String MINIMAL = new String(Samples.bytes("minimal"), UTF_8);

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              registry ->
                  registry.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(AtlasSchema.text(), InputFormat.JSON);

  /** The same schema as a validator applies it by default, with {@code format} an annotation. */
  private static final Schema SCHEMA_WITHOUT_FORMATS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(AtlasSchema.text(), InputFormat.JSON);

  /** A plain JSON parser, as a tool without this library would use before applying the schema. */
  private static final JsonMapper PLAIN =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** The cases where the schema and the reader disagree, and why they cannot agree. */
  private static final Map<String, String> KNOWN_DIFFERENCES =
      Map.of(
          "duplicate key",
          "JSON Schema sees the parsed value, in which a repeated key has already replaced the"
              + " first; only the reader sees the text",
          "unknown time zone",
          "a schema cannot list the time zones of the JDK's tz database; the reader asks the JDK",
          "a time zone given as an offset from UTC",
          "the schema's pattern refuses an offset (+03:30) but not a name like UTC+3, which"
              + " only the list of the tz database's zones tells from a zone",
          "a malformed id",
          "the schema states the id syntax; the reader accepts any string and leaves it to the"
              + " validator's rule id-malformed, so that a file with a bad id can still be read,"
              + " located and reported with every other finding",
          "schemaVersion written as 1.0",
          "JSON Schema compares numbers by value, so 1.0 is the integer 1; the reader wants the"
              + " integer literal",
          "1.0 for an integer",
          "JSON Schema compares numbers by value, so 1.0 is an integer; the reader refuses a"
              + " fraction, even a zero one, where the format has an integer");

  private enum Verdict {
    ACCEPTED,
    REJECTED
  }

  private static Arguments accepted(String what, Supplier<byte[]> document) {
    return Arguments.of(what, document, Verdict.ACCEPTED);
  }

  private static Arguments rejected(String what, Supplier<byte[]> document) {
    return Arguments.of(what, document, Verdict.REJECTED);
  }

  private static Supplier<byte[]> replacing(String from, String to) {
    if (!MINIMAL.contains(from)) {
      throw new IllegalArgumentException("the minimal sample does not contain " + from);
    }
    return () -> MINIMAL.replace(from, to).getBytes(UTF_8);
  }

  private static final String STATION_ID = "\"id\": \"ravar-0001\",";
  private static final String PROVENANCE = "\"provenance\": {";

  /** Adds an array of one entity before the provenance, such as an event. */
  private static Supplier<byte[]> with(String property, String entity) {
    return replacing(PROVENANCE, "\"" + property + "\": [" + entity + "],\n  " + PROVENANCE);
  }

  private static final String EVENT =
      "{\"id\": \"training\", \"kind\": \"TRAINING\", \"title\": {\"fa\": \"دوره آموزشی\"},"
          + " \"start\": \"%s\", \"end\": \"%s\"%s}";

  private static Supplier<byte[]> event(String start, String end, String more) {
    return with("events", String.format(EVENT, start, end, more));
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        accepted("the minimal sample as bundled", () -> MINIMAL.getBytes(UTF_8)),
        accepted(
            "extensions holding any JSON, at the root and deep inside",
            replacing(
                PROVENANCE,
                "\"extensions\": {\"a\": null, \"b\": [1, {\"c\": 1.50}], \"d\": \"تیر\"},\n  "
                    + PROVENANCE)),
        accepted(
            "extensions on a station's location",
            replacing("\"lon\": 56.8055", "\"lon\": 56.8055, \"extensions\": {\"gps\": true}")),
        accepted(
            "a name in a third language",
            replacing(
                "\"en\": \"Ravar\"\n      },\n      \"eligibleVoters\"",
                "\"en\": \"Ravar\", \"ar\": \"راور\"}, \"eligibleVoters\"")),
        accepted("an integer for a latitude", replacing("\"lat\": 31.2656", "\"lat\": 31")),
        accepted(
            "a negative count, which is the validator's business",
            replacing("\"expectedVoters\": 850", "\"expectedVoters\": -5")),
        accepted(
            "the largest 32-bit count",
            replacing("\"expectedVoters\": 850", "\"expectedVoters\": 2147483647")),
        accepted("an optional property left out", replacing("\"accessible\": true,", "")),
        accepted("an empty array", replacing(PROVENANCE, "\"bodies\": [],\n  " + PROVENANCE)),
        rejected("a time zone given as an offset", replacing("\"Asia/Tehran\"", "\"+03:30\"")),
        rejected(
            "a time zone given as an offset from UTC", replacing("\"Asia/Tehran\"", "\"UTC+3\"")),
        accepted(
            "a time zone of the tz database's Etc area", replacing("Asia/Tehran", "Etc/GMT-3")),
        rejected("a voting day in a five-digit year", replacing("2024-03-01", "+10000-03-01")),
        accepted("an event of whole days", event("2023-07-12", "2023-07-13", "")),
        accepted(
            "an event at local times with seconds and a fraction",
            event("2023-07-12T09:00", "2023-07-12T17:30:15.5", "")),
        accepted("29 February of a leap year", replacing("2024-03-01", "2024-02-29")),
        accepted(
            "a participant known only by role",
            event(
                "2023-07-12",
                "2023-07-12",
                ", \"participants\": [{\"role\": {\"fa\": \"فرمانداران\"}}]")),
        accepted(
            "an approval with settlements and dates",
            with(
                "approvals",
                "{\"id\": \"e-voting\", \"subject\": \"ELECTRONIC_VOTING\", \"scope\": [\"ravar\"],"
                    + " \"settlements\": [{\"fa\": \"راور\"}], \"authority\": \"guardian-council\","
                    + " \"status\": \"PENDING\", \"requestedOn\": \"2023-07-01\"}")),
        accepted(
            "external ids",
            replacing(STATION_ID, STATION_ID + " \"externalIds\": {\"ocd\": \"ravar/1\"},")),
        rejected(
            "schemaVersion as a string",
            replacing("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"")),
        rejected(
            "schemaVersion written as 1.0",
            replacing("\"schemaVersion\": 1", "\"schemaVersion\": 1.0")),
        rejected("1.0 for an integer", replacing("\"number\": 1", "\"number\": 1.0")),
        rejected(
            "the election missing",
            () -> MINIMAL.replaceFirst("(?s)\"election\": \\{.*?\n  },\n", "").getBytes(UTF_8)),
        rejected(
            "an unknown property at the top level",
            replacing(PROVENANCE, "\"notes\": \"x\",\n  " + PROVENANCE)),
        rejected(
            "an unknown property in a station's staff",
            replacing("\"observers\": 2", "\"observers\": 2, \"guards\": 1")),
        accepted("a malformed id", replacing("\"ravar-0001\"", "\"ravar 0001\"")),
        rejected(
            "extensions in a name",
            replacing("\"fa\": \"راور\",", "\"fa\": \"راور\", \"extensions\": {},")),
        rejected("an upper-case language tag", replacing("\"en\": \"Ravar\"", "\"EN\": \"Ravar\"")),
        rejected("blank Persian text", replacing("\"fa\": \"راور\"", "\"fa\": \"  \"")),
        rejected(
            "Persian text of an em space and a tab",
            replacing("\"fa\": \"راور\"", "\"fa\": \"\\u2003\\t\"")),
        accepted(
            "Persian text of a no-break space, which Java does not count as white space",
            replacing("\"fa\": \"راور\"", "\"fa\": \"\\u00a0\"")),
        rejected("a lower-case enum constant", replacing("\"FIXED\"", "\"fixed\"")),
        rejected("a date without zero padding", replacing("2024-03-01", "2024-3-1")),
        rejected("a date with a time", replacing("2024-03-01", "2024-03-01T00:00")),
        rejected("31 April", replacing("2024-03-01", "2024-04-31")),
        rejected("an event time with an offset", event("2023-07-12T09:00+03:30", "2023-07-12", "")),
        rejected("an event time at hour 24", event("2023-07-12T24:00", "2023-07-12", "")),
        rejected("an event time without minutes", event("2023-07-12T09", "2023-07-12", "")),
        rejected(
            "an event without its end",
            with(
                "events",
                "{\"id\": \"t\", \"kind\": \"TRAINING\", \"title\": {\"fa\": \"دوره\"},"
                    + " \"start\": \"2023-07-12\"}")),
        rejected(
            "a participant with neither body nor role",
            event("2023-07-12", "2023-07-12", ", \"participants\": [{}]")),
        rejected(
            "null in an array of ids", replacing("\"ravar\"\n      ]", "\"ravar\", null\n      ]")),
        rejected(
            "null for an optional property",
            replacing(STATION_ID, STATION_ID + " \"address\": null,")),
        rejected(
            "a count beyond 32 bits",
            replacing("\"expectedVoters\": 850", "\"expectedVoters\": 2147483648")),
        rejected(
            "a count below -2^31",
            replacing("\"expectedVoters\": 850", "\"expectedVoters\": -2147483649")),
        rejected(
            "an array for a location",
            replacing(
                "{\n        \"lat\": 31.2656,\n        \"lon\": 56.8055\n      }",
                "[31.2656, 56.8055]")),
        rejected("a location without longitude", replacing(",\n        \"lon\": 56.8055", "")),
        rejected(
            "a string for a boolean",
            replacing("\"accessible\": true", "\"accessible\": \"true\"")),
        rejected(
            "a number for an external id",
            replacing(STATION_ID, STATION_ID + " \"externalIds\": {\"ocd\": 1},")),
        rejected(
            "an array for extensions", replacing(STATION_ID, STATION_ID + " \"extensions\": [],")),
        rejected(
            "null for extensions", replacing(STATION_ID, STATION_ID + " \"extensions\": null,")),
        rejected(
            "a number for an address", replacing(STATION_ID, STATION_ID + " \"address\": 12,")));
  }

  /** The broken documents of the reader's own test, each of which the reader rejects. */
  static Stream<Arguments> readerCorpus() {
    return AtlasJsonMalformedInputTest.cases()
        .map(
            arguments -> {
              Object[] values = arguments.get();
              return Arguments.of(values[0], values[1], Verdict.REJECTED);
            });
  }

  static Stream<Arguments> corpus() {
    return Stream.concat(readerCorpus(), changes());
  }

  @Test
  void the_bundled_samples_are_valid_against_the_schema() {
    for (String sample : Samples.names()) {
      assertThat(schemaErrors(Samples.bytes(sample))).as(sample).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void the_schema_and_the_reader_agree_on_which_documents_are_well_formed(
      String what, Supplier<byte[]> document, Verdict expected) {
    byte[] bytes = document.get();

    Verdict reader = readerVerdict(bytes);
    Verdict schema = schemaVerdict(bytes);

    assertThat(reader).as("the reader's verdict on %s", what).isEqualTo(expected);
    if (KNOWN_DIFFERENCES.containsKey(what)) {
      assertThat(schema)
          .as("a known difference (%s) that no longer differs", KNOWN_DIFFERENCES.get(what))
          .isNotEqualTo(reader);
    } else {
      assertThat(schema)
          .as("the schema's verdict on %s (errors: %s)", what, schemaErrorsOrParseFailure(bytes))
          .isEqualTo(expected);
    }
  }

  @Test
  void impossible_dates_need_format_assertions_which_validators_may_leave_off() {
    JsonNode impossible =
        PLAIN.readTree(
            MINIMAL.replace("\"votingDay\": \"2024-03-01\"", "\"votingDay\": \"2024-02-30\""));

    assertThat(SCHEMA.validate(impossible)).isNotEmpty();
    assertThat(SCHEMA_WITHOUT_FORMATS.validate(impossible)).isEmpty();
  }

  @Test
  void every_known_difference_names_a_case_of_the_corpus() {
    Set<Object> names = corpus().map(arguments -> arguments.get()[0]).collect(Collectors.toSet());

    assertThat(names).containsAll(KNOWN_DIFFERENCES.keySet());
  }

  @Test
  void the_schema_declares_exactly_the_properties_the_reader_binds() {
    Map<String, JsonNode> definitions = definitions();
    for (Map.Entry<Class<?>, Class<?>> entry : ModelMixins.all().entrySet()) {
      Class<?> type = entry.getKey();
      if (type.getSimpleName().equals("Builder") || !type.getPackageName().endsWith("model")) {
        continue;
      }
      Set<String> bound =
          Arrays.stream(entry.getValue().getDeclaredMethods())
              .filter(method -> method.isAnnotationPresent(JsonProperty.class))
              .map(Method::getName)
              .collect(Collectors.toCollection(TreeSet::new));
      JsonNode definition = definitionOf(type, definitions);
      Set<String> declared = new TreeSet<>(definition.get("properties").propertyNames());
      if (type == Atlas.class) {
        declared.removeAll(Set.of("format", "schemaVersion"));
      }
      assertThat(declared).as("the properties of %s", type.getSimpleName()).isEqualTo(bound);
      assertThat(definition.get("additionalProperties").asBoolean(true))
          .as("%s refuses unknown properties", type.getSimpleName())
          .isFalse();
    }
  }

  @Test
  void the_schema_requires_exactly_what_the_model_builders_require() throws Exception {
    Map<String, JsonNode> definitions = definitions();
    for (Class<?> type : ModelMixins.all().keySet()) {
      if (type.getSimpleName().equals("Builder")
          || !type.getPackageName().endsWith("model")
          || type == Participant.class) {
        continue;
      }
      JsonNode definition = definitionOf(type, definitions);
      Set<String> required = new TreeSet<>();
      definition.path("required").forEach(name -> required.add(name.asString()));
      if (type == Atlas.class) {
        required.removeAll(Set.of("format", "schemaVersion"));
      }
      assertThat(required)
          .as("the required properties of %s", type.getSimpleName())
          .isEqualTo(requiredByBuilder(type));
    }
  }

  @Test
  void a_participant_needs_a_body_or_a_role_in_the_schema_as_in_the_model() {
    JsonNode anyOf = definitions().get("participant").get("anyOf");

    assertThat(anyOf.toString()).isEqualTo("[{\"required\":[\"body\"]},{\"required\":[\"role\"]}]");
  }

  @Test
  void every_enum_of_the_model_appears_in_the_schema_with_exactly_its_constants() {
    Set<Set<String>> schemaEnums = new HashSet<>();
    collectEnums(PLAIN.readTree(AtlasSchema.text()), schemaEnums);
    Set<Set<String>> modelEnums = new HashSet<>();
    for (Class<?> type : ModelMixins.all().keySet()) {
      for (Method accessor : type.getDeclaredMethods()) {
        Class<?> returned = accessor.getReturnType();
        if (returned.isEnum()) {
          modelEnums.add(constants(returned));
        }
      }
    }
    // Strategies are a list, so their accessor returns List<Strategy>, not the enum.
    modelEnums.add(constants(org.electionatlas.model.Strategy.class));

    assertThat(schemaEnums).isEqualTo(modelEnums);
  }

  @Test
  void the_schema_names_itself_and_its_dialect() {
    JsonNode schema = PLAIN.readTree(AtlasSchema.text());

    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asString()).isEqualTo(AtlasSchema.ID);
    assertThat(AtlasSchema.text()).endsWith("}\n");
  }

  private static Set<String> constants(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(String::valueOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void collectEnums(JsonNode node, Set<Set<String>> into) {
    if (node.isObject()) {
      JsonNode values = node.get("enum");
      if (values != null) {
        Set<String> constants = new TreeSet<>();
        values.forEach(value -> constants.add(value.asString()));
        into.add(constants);
      }
      node.forEach(child -> collectEnums(child, into));
    } else if (node.isArray()) {
      node.forEach(child -> collectEnums(child, into));
    }
  }

  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[(.*)]");

  /** What an empty builder of the type says is missing when built. */
  private static Set<String> requiredByBuilder(Class<?> type) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    try {
      build.invoke(builder);
      return Set.of();
    } catch (InvocationTargetException e) {
      Matcher missing = MISSING.matcher(String.valueOf(e.getCause().getMessage()));
      assertThat(missing.find()).as("%s: %s", type, e.getCause()).isTrue();
      return new TreeSet<>(Arrays.asList(missing.group(1).split(",\\s*")));
    }
  }

  private static Map<String, JsonNode> definitions() {
    JsonNode schema = PLAIN.readTree(AtlasSchema.text());
    Map<String, JsonNode> definitions = new java.util.HashMap<>();
    schema.get("$defs").properties().forEach(e -> definitions.put(e.getKey(), e.getValue()));
    definitions.put("atlas", schema);
    return definitions;
  }

  /** {@code PollingStation} is defined as {@code pollingStation}. */
  private static JsonNode definitionOf(Class<?> type, Map<String, JsonNode> definitions) {
    String name = type.getSimpleName();
    String key = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    JsonNode definition = definitions.get(key);
    assertThat(definition).as("the schema's definition of %s", name).isNotNull();
    return definition;
  }

  private static Verdict readerVerdict(byte[] document) {
    try {
      AtlasJson.standard().parse(document, "corpus.json");
      return Verdict.ACCEPTED;
    } catch (AtlasFormatException e) {
      return Verdict.REJECTED;
    }
  }

  private static Verdict schemaVerdict(byte[] document) {
    List<String> errors = schemaErrorsOrParseFailure(document);
    return errors.isEmpty() ? Verdict.ACCEPTED : Verdict.REJECTED;
  }

  /**
   * What a tool without this library finds wrong: text that is not strict UTF-8 or not one JSON
   * value is refused before the schema applies (RFC 8259 asks for UTF-8 between systems).
   */
  private static List<String> schemaErrorsOrParseFailure(byte[] document) {
    String text;
    try {
      text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(document))
              .toString();
    } catch (CharacterCodingException e) {
      return List.of("not UTF-8: " + e);
    }
    try {
      return schemaErrors(PLAIN.readTree(text));
    } catch (JacksonException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
  }

  private static List<String> schemaErrors(byte[] document) {
    return schemaErrors(PLAIN.readTree(new String(document, UTF_8)));
  }

  private static List<String> schemaErrors(JsonNode document) {
    List<String> messages = new ArrayList<>();
    for (Error error : SCHEMA.validate(document)) {
      messages.add(error.toString());
    }
    return messages;
  }
}
