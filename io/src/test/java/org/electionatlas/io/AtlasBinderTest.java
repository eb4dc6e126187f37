package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.JsonTree.Arr;
import org.electionatlas.io.JsonTree.Member;
import org.electionatlas.io.JsonTree.Obj;
import org.electionatlas.io.JsonTree.Spelling;
import org.electionatlas.io.JsonTree.Value;
import org.electionatlas.model.Atlas;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The hand binder of whole documents ({@link AtlasBinder}) is only an optimisation: every document
 * it accepts is the atlas databind binds from the same bytes, and every document databind refuses
 * or would have to coerce it gives up, so that databind reads it and says what is wrong exactly as
 * before. Proved on every atlas document of the repository, on generated atlases written in many
 * spellings and with extensions on every object, on documents changed in one place, and on a table
 * of shapes it must give up.
 */
class AtlasBinderTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  /**
   * The parser {@code bindAlone} gives the binder: the mapper's limits, no check for repeated keys.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(Limits.DEFAULTS.readConstraints()).build();

  private enum Outcome {
    ACCEPTED,
    GIVEN_UP,
    REFUSED_BY_THE_PARSER
  }

  private record Bound(Outcome outcome, @Nullable Atlas atlas) {}

  /** What the binder makes of a document. */
  private static Bound bind(byte[] document) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), document)) {
      Optional<Atlas> atlas = AtlasBinder.bind(p);
      return atlas
          .map(a -> new Bound(Outcome.ACCEPTED, a))
          .orElseGet(() -> new Bound(Outcome.GIVEN_UP, null));
    } catch (JacksonException e) {
      return new Bound(Outcome.REFUSED_BY_THE_PARSER, null);
    }
  }

  private static Bound bind(String document) {
    return bind(document.getBytes(UTF_8));
  }

  /** What databind alone makes of a document: the atlas, or empty when it refuses it. */
  private static Optional<Atlas> databind(byte[] document) {
    try {
      return Optional.ofNullable(JSON.bindWithDatabind(document));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private static Optional<Atlas> databind(String document) {
    return databind(document.getBytes(UTF_8));
  }

  private static Value tree(String document) {
    return tree(document.getBytes(UTF_8));
  }

  private static Value tree(byte[] document) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), document)) {
      p.nextToken();
      return JsonTree.read(p);
    }
  }

  /** Whether databind's null handling, not the binder, decides some value of the document. */
  private static boolean nullAtTheTopOfExtensions(byte[] document) {
    return tree(document).hasNullAtTheTopOfExtensions();
  }

  /** The repository's root, above the module the tests run in. */
  private static Path repository() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("io")) ? here : here.getParent();
  }

  /**
   * Every JSON document in the modules' resources and test resources (the samples, the examples,
   * the CLI's hostile atlases, the malformed corpus), and the fuzz tests' seeds.
   */
  static Stream<Path> documents() throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(repository())) {
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        for (String set : new String[] {"main", "test"}) {
          Path resources = module.resolve("src").resolve(set).resolve("resources");
          if (!Files.isDirectory(resources)) {
            continue;
          }
          try (Stream<Path> files = Files.walk(resources)) {
            files
                .filter(Files::isRegularFile)
                .filter(
                    f ->
                        f.toString().endsWith(".json")
                            || f.toString()
                                .contains(
                                    "FuzzTestInputs" + f.getFileSystem().getSeparator() + "parse_"))
                .sorted()
                .forEach(found::add);
          }
        }
      }
    }
    return found.stream();
  }

  @Test
  void the_documents_of_the_repository_are_many_and_most_of_them_atlases() throws IOException {
    List<Path> documents = documents().toList();
    long atlases = documents.stream().filter(f -> databind(read(f)).isPresent()).count();
    assertThat(documents).hasSizeGreaterThan(100);
    assertThat(atlases).isGreaterThan(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void every_document_of_the_repository_is_bound_as_databind_binds_it_or_given_up(Path file) {
    byte[] document = read(file);
    Optional<Atlas> expected = databind(document);
    Bound bound = bind(document);
    if (bound.outcome() == Outcome.ACCEPTED) {
      assertThat(expected).as("databind reads what the binder took").isPresent();
      assertThat(bound.atlas()).isEqualTo(expected.get());
    }
    // The reader refuses some that databind binds (another marker or version, which databind
    // ignores; bytes that are not UTF-8): the binder may take those or not, as it is not asked.
    if (expected.isPresent() && catchParse(document) == null) {
      assertThat(bound.outcome())
          .as("the binder takes what the reader reads, but for nulls at the top of extensions")
          .isEqualTo(nullAtTheTopOfExtensions(document) ? Outcome.GIVEN_UP : Outcome.ACCEPTED);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Random atlases of every shape the model holds, and realistic generated ones, as written; the
   * random ones without the nulls at the top of their extensions, which the binder leaves to
   * databind (the table of {@link #givenUpButValid} has them), so that nearly every one is bound by
   * hand.
   */
  private static List<String> generated() {
    List<String> documents = new ArrayList<>();
    Random random = new Random(37);
    for (long seed = 1; seed <= 150; seed++) {
      documents.add(
          withoutNullExtensions(tree(JSON.write(RandomAtlases.generate(seed))))
              .write(random, Spelling.SAME_VALUES));
    }
    for (long seed : new long[] {1, 7, 2024}) {
      documents.add(JSON.write(AtlasGenerator.of(40, seed).generate()));
    }
    for (String sample : Samples.names()) {
      documents.add(new String(Samples.bytes(sample), UTF_8));
    }
    return documents;
  }

  @Test
  void every_generated_atlas_written_in_any_spelling_is_accepted_and_bound_as_databind_binds_it() {
    Random random = new Random(41);
    int accepted = 0;
    for (String written : generated()) {
      Value tree = tree(written);
      for (int round = 0; round < 2; round++) {
        String text = tree.write(random, Spelling.SAME_VALUES);
        Optional<Atlas> expected = databind(text);
        assertThat(expected).as("databind reads %s", text).isPresent();
        Bound bound = bind(text);
        if (tree.hasNullAtTheTopOfExtensions()) {
          assertThat(bound.outcome()).isEqualTo(Outcome.GIVEN_UP);
        } else {
          assertThat(bound.outcome()).as("the binder takes %s", text).isEqualTo(Outcome.ACCEPTED);
          assertThat(bound.atlas()).as("bound from %s", text).isEqualTo(expected.get());
          accepted++;
        }
      }
    }
    assertThat(accepted).isGreaterThan(250);
  }

  private static Value withoutNullExtensions(Value value) {
    if (value instanceof Obj obj) {
      List<Member> members = new ArrayList<>();
      for (Member member : obj.members()) {
        if (member.name().equals("extensions") && member.value() instanceof Obj extensions) {
          members.add(
              new Member(
                  "extensions",
                  new Obj(
                      extensions.members().stream()
                          .filter(
                              m ->
                                  !(m.value() instanceof JsonTree.Literal l
                                      && l.text().equals("null")))
                          .toList())));
        } else {
          members.add(new Member(member.name(), withoutNullExtensions(member.value())));
        }
      }
      return new Obj(members);
    }
    if (value instanceof Arr arr) {
      return new Arr(arr.elements().stream().map(AtlasBinderTest::withoutNullExtensions).toList());
    }
    return value;
  }

  /** Objects under these keys are names, which hold no extensions, or maps of free-form members. */
  private static final Set<String> NO_EXTENSIONS =
      Set.of("name", "title", "role", "mitigation", "externalIds", "extensions");

  /** Arrays under these keys hold names or strings, not objects with extensions. */
  private static final Set<String> NO_EXTENSIONS_INSIDE = Set.of("topics", "settlements");

  private static final Value EXTENSION =
      tree(
          "{\"منبع\": \"ستاد انتخابات استان\u200cها\", \"odd\": [1.50, -0, 1e3, 1E+3, 2e-7,"
              + " 0.1000, 123456789012345678901234567890], \"nested\": {\"a\": {\"b\": [null, true,"
              + " false, {}, [], \"\"]}}, \"zwnj\": \"می\u200cشود\", \"arabic\": \"كرماني ١٤٠٢\","
              + " \"\\u0065sc\\\"aped\": \"\\ud83d\\ude00\\n\\t\\\\\"}");

  /** The document with extensions on every object that takes them, replacing any it had. */
  private static Value withExtensionsEverywhere(Value value) {
    if (value instanceof Obj obj) {
      List<Member> members = new ArrayList<>();
      for (Member member : obj.members()) {
        if (member.name().equals("extensions")) {
          continue;
        }
        boolean leave =
            NO_EXTENSIONS.contains(member.name()) || NO_EXTENSIONS_INSIDE.contains(member.name());
        members.add(
            new Member(
                member.name(), leave ? member.value() : withExtensionsEverywhere(member.value())));
      }
      members.add(new Member("extensions", EXTENSION));
      return new Obj(members);
    }
    if (value instanceof Arr arr) {
      return new Arr(
          arr.elements().stream().map(AtlasBinderTest::withExtensionsEverywhere).toList());
    }
    return value;
  }

  @Test
  void an_atlas_with_extensions_on_every_object_is_accepted_and_bound_as_databind_binds_it() {
    Random random = new Random(43);
    int accepted = 0;
    for (String written : generated()) {
      Value everywhere = withExtensionsEverywhere(tree(written));
      String text = everywhere.write(random, Spelling.SAME_VALUES);
      Optional<Atlas> expected = databind(text);
      assertThat(expected).as("databind reads %s", text).isPresent();
      Bound bound = bind(text);
      assertThat(bound.outcome()).as("the binder takes %s", text).isEqualTo(Outcome.ACCEPTED);
      assertThat(bound.atlas()).isEqualTo(expected.get());
      assertThat(bound.atlas().election().extensions()).hasSize(6);
      accepted++;
    }
    assertThat(accepted).isGreaterThan(150);
  }

  @Test
  void a_document_changed_in_one_place_is_accepted_only_when_databind_binds_the_same() {
    Random random = new Random(47);
    int accepted = 0;
    int refused = 0;
    for (String written : generated()) {
      Value tree = tree(written);
      for (int round = 0; round < 25; round++) {
        String text = JsonTree.mutateOnce(tree, random).write(random, Spelling.SAME_VALUES);
        Optional<Atlas> expected = databind(text);
        Bound bound = bind(text);
        if (bound.outcome() == Outcome.ACCEPTED) {
          accepted++;
          assertThat(expected).as("databind reads what the binder took: %s", text).isPresent();
          assertThat(bound.atlas()).as("bound from %s", text).isEqualTo(expected.get());
        }
        if (expected.isEmpty()) {
          refused++;
          assertThat(bound.outcome())
              .as("refused by databind: %s", text)
              .isNotEqualTo(Outcome.ACCEPTED);
        }
      }
    }
    // The changes are neither all harmless nor all fatal, so both sides of the property ran.
    assertThat(accepted).isGreaterThan(300);
    assertThat(refused).isGreaterThan(1500);
  }

  /** A plain atlas holding every type of the model once, each case of the table changing it. */
  private static final String PLAIN =
      """
      {"format": "election-atlas", "schemaVersion": 1,
       "election": {"id": "majlis-12", "name": {"fa": "انتخابات", "en": "Election"},
        "votingDay": "2024-03-01", "timeZone": "Asia/Tehran",
        "contests": [{"kind": "MAJLIS", "term": 12}], "extensions": {"e": 1}},
       "provinces": [{"id": "kerman", "code": "IR-08", "name": {"fa": "کرمان"},
        "declaredStations": 1, "externalIds": {"ocd": "x"},
        "boundingBox": {"minLat": 26.5, "minLon": 54.3, "maxLat": 32.0, "maxLon": 59.6}}],
       "counties": [{"id": "ravar", "province": "kerman", "name": {"fa": "راور"},
        "eligibleVoters": 900}],
       "constituencies": [{"id": "majlis-ravar", "contest": "MAJLIS", "name": {"fa": "راور"},
        "counties": ["ravar"], "seats": 1}],
       "pollingStations": [{"id": "ravar-0001", "county": "ravar", "number": 1,
        "name": {"fa": "دبستان"}, "kind": "FIXED", "votingMethod": "PAPER",
        "expectedVoters": 900}],
       "bodies": [{"id": "hq", "kind": "HEADQUARTERS", "level": "COUNTY", "jurisdiction": "ravar",
        "name": {"fa": "ستاد"}, "head": {"name": {"fa": "رئیس"}, "title": {"fa": "فرماندار"}}}],
       "events": [{"id": "training", "kind": "TRAINING", "title": {"fa": "آموزش"},
        "start": "2024-02-20T09:00", "end": "2024-02-20", "organizer": "hq",
        "participants": [{"body": "hq", "role": {"fa": "کارکنان"}}], "provinces": ["kerman"],
        "topics": [{"fa": "صندوق"}], "strategies": ["INTEGRITY"]}],
       "issues": [{"id": "queue", "title": {"fa": "صف"}, "category": "LOGISTICS",
        "severity": "HIGH", "status": "OPEN", "scope": ["ravar"], "observedIn": ["majlis-11"],
        "mitigation": {"fa": "صندوق بیشتر"}, "owner": "hq"}],
       "approvals": [{"id": "evote", "subject": "ELECTRONIC_VOTING", "scope": ["ravar"],
        "settlements": [{"fa": "راور"}], "authority": "hq", "status": "APPROVED",
        "requestedOn": "2024-01-10", "decidedOn": "2024-01-20", "note": "ok"}],
       "provenance": {"sources": [{"title": "census", "url": "https://example.org",
        "published": "2016-11-01"}], "synthetic": ["pollingStations"], "generator": "hand",
        "notes": "a test"},
       "extensions": {"x": [1, null, {"y": "z"}]}}
      """;

  private static String change(String from, String to) {
    assertThat(PLAIN).as("the table's case is in the atlas once").containsOnlyOnce(from);
    return PLAIN.replace(from, to);
  }

  /** The atlas with the object under this key (the first) replaced, braces matched. */
  private static String replaceObject(String key, String with) {
    int from = PLAIN.indexOf("\"" + key + "\": {");
    assertThat(from).as("the atlas has %s", key).isNotNegative();
    int start = PLAIN.indexOf('{', from);
    int depth = 0;
    int end = start;
    do {
      char c = PLAIN.charAt(end++);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    } while (depth > 0);
    return PLAIN.substring(0, start) + with + PLAIN.substring(end);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("a number as a string", change("\"seats\": 1", "\"seats\": \"1\"")),
        Arguments.of("7.0 for an int", change("\"term\": 12", "\"term\": 7.0")),
        Arguments.of(
            "1e2 for an int", change("\"eligibleVoters\": 900", "\"eligibleVoters\": 1e2")),
        Arguments.of(
            "an int beyond an int",
            change("\"declaredStations\": 1", "\"declaredStations\": 2147483648")),
        Arguments.of("null for a string", change("\"owner\": \"hq\"", "\"owner\": null")),
        Arguments.of("null for an object", replaceObject("head", "null")),
        Arguments.of(
            "null for a list",
            change("\"scope\": [\"ravar\"], \"observedIn\"", "\"scope\": null, \"observedIn\"")),
        Arguments.of("null in a list of strings", change("[\"kerman\"]", "[\"kerman\", null]")),
        Arguments.of(
            "null in a list of objects",
            change(
                "[{\"kind\": \"MAJLIS\", \"term\": 12}]",
                "[{\"kind\": \"MAJLIS\", \"term\": 12}, null]")),
        Arguments.of("null for the election", replaceObject("election", "null")),
        Arguments.of("null for provenance", replaceObject("provenance", "null")),
        Arguments.of("null for a number", change("\"minLat\": 26.5", "\"minLat\": null")),
        Arguments.of("null for an external id", change("{\"ocd\": \"x\"}", "{\"ocd\": null}")),
        Arguments.of("a number for a string", change("\"code\": \"IR-08\"", "\"code\": 8")),
        Arguments.of("a boolean for a string", change("\"note\": \"ok\"", "\"note\": true")),
        Arguments.of(
            "a string for a list", change("\"counties\": [\"ravar\"]", "\"counties\": \"ravar\"")),
        Arguments.of("a string for a decimal", change("\"maxLon\": 59.6", "\"maxLon\": \"59.6\"")),
        Arguments.of("a decimal beyond a double", change("\"maxLon\": 59.6", "\"maxLon\": 1e400")),
        Arguments.of(
            "an unknown key at the top", change("\"format\"", "\"colour\": 1, \"format\"")),
        Arguments.of(
            "an unknown key in the election", change("\"votingDay\"", "\"day\": 1, \"votingDay\"")),
        Arguments.of(
            "an unknown key in a contest", change("\"term\": 12", "\"term\": 12, \"x\": 1")),
        Arguments.of(
            "an unknown key in a box", change("\"maxLon\": 59.6", "\"maxLon\": 59.6, \"z\": 0")),
        Arguments.of(
            "an unknown key in a head",
            change(
                "\"title\": {\"fa\": \"فرماندار\"}",
                "\"title\": {\"fa\": \"فرماندار\"}, \"since\": 1")),
        Arguments.of(
            "an unknown key in a participant",
            change(
                "\"role\": {\"fa\": \"کارکنان\"}",
                "\"role\": {\"fa\": \"کارکنان\"}, \"count\": 3")),
        Arguments.of(
            "an unknown key in a source",
            change("\"published\"", "\"author\": \"a\", \"published\"")),
        Arguments.of("a key in another case", change("\"seats\"", "\"Seats\"")),
        Arguments.of(
            "a repeated format",
            change(
                "\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"format\": \"election-atlas\",")),
        Arguments.of(
            "a repeated version",
            change("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"schemaVersion\": 1,")),
        Arguments.of(
            "a repeated key at the top",
            change("\"counties\": [{", "\"counties\": [], \"counties\": [{")),
        Arguments.of(
            "a repeated key in the election",
            change("\"votingDay\"", "\"id\": \"x\", \"votingDay\"")),
        Arguments.of(
            "a repeated key in a province",
            change("\"code\": \"IR-08\"", "\"code\": \"IR-08\", \"code\": \"IR-09\"")),
        Arguments.of(
            "a repeated key in a county",
            change("\"eligibleVoters\": 900", "\"eligibleVoters\": 900, \"province\": \"k\"")),
        Arguments.of(
            "a repeated key in a constituency",
            change("\"seats\": 1", "\"seats\": 1, \"seats\": 2")),
        Arguments.of(
            "a repeated key in a station",
            change("\"expectedVoters\": 900", "\"expectedVoters\": 900, \"number\": 2")),
        Arguments.of(
            "a repeated key in a body",
            change("\"level\": \"COUNTY\"", "\"level\": \"COUNTY\", \"level\": \"PROVINCE\"")),
        Arguments.of(
            "a repeated key in an event",
            change("\"organizer\": \"hq\"", "\"organizer\": \"hq\", \"organizer\": \"x\"")),
        Arguments.of(
            "a repeated key in an issue",
            change("\"status\": \"OPEN\"", "\"status\": \"OPEN\", \"status\": \"OPEN\"")),
        Arguments.of(
            "a repeated key in an approval",
            change("\"note\": \"ok\"", "\"note\": \"ok\", \"note\": \"ok\"")),
        Arguments.of(
            "a repeated key in provenance",
            change("\"notes\": \"a test\"", "\"notes\": \"a test\", \"generator\": \"x\"")),
        Arguments.of(
            "a repeated key in a source",
            change("\"title\": \"census\"", "\"title\": \"census\", \"title\": \"c\"")),
        Arguments.of(
            "a repeated key in a box",
            change("\"minLat\": 26.5", "\"minLat\": 26.5, \"minLat\": 26.5")),
        Arguments.of(
            "a repeated key in a contest",
            change("\"term\": 12", "\"term\": 12, \"kind\": \"MAJLIS\"")),
        Arguments.of(
            "a repeated key in a head",
            change(
                "\"head\": {\"name\": {\"fa\": \"رئیس\"}",
                "\"head\": {\"name\": {\"fa\": \"رئیس\"}, \"name\": {\"fa\": \"ر\"}")),
        Arguments.of(
            "a repeated key in a participant",
            change("{\"body\": \"hq\"", "{\"body\": \"hq\", \"body\": \"hq\"")),
        Arguments.of(
            "a repeated key in a name",
            change("{\"fa\": \"کرمان\"}", "{\"fa\": \"کرمان\", \"fa\": \"ک\"}")),
        Arguments.of(
            "a repeated external id",
            change("{\"ocd\": \"x\"}", "{\"ocd\": \"x\", \"ocd\": \"y\"}")),
        Arguments.of(
            "a repeated extension",
            change("\"extensions\": {\"e\": 1}", "\"extensions\": {\"e\": 1, \"e\": 2}")),
        Arguments.of(
            "a repeated member deep in an extension",
            change("{\"y\": \"z\"}", "{\"y\": \"z\", \"y\": 1}")),
        Arguments.of(
            "an object for a list",
            change("\"synthetic\": [\"pollingStations\"]", "\"synthetic\": {}")),
        Arguments.of("a list for an object", replaceObject("provenance", "[]")),
        Arguments.of("a string for an object", replaceObject("boundingBox", "\"box\"")),
        Arguments.of("an object for the whole document", "[" + PLAIN + "]"),
        Arguments.of(
            "a list of lists",
            change("\"strategies\": [\"INTEGRITY\"]", "\"strategies\": [[\"INTEGRITY\"]]")),
        Arguments.of(
            "a name as a string", change("\"title\": {\"fa\": \"صف\"}", "\"title\": \"صف\"")),
        Arguments.of("an enum in lower case", change("\"HEADQUARTERS\"", "\"headquarters\"")),
        Arguments.of("an enum by index", change("\"LOGISTICS\"", "4")),
        Arguments.of("an unknown enum in a list", change("\"INTEGRITY\"", "\"HONESTY\"")),
        Arguments.of("a date of five digits", change("\"2024-03-01\"", "\"+12024-03-01\"")),
        Arguments.of("an impossible date", change("\"2024-01-20\"", "\"2024-02-30\"")),
        Arguments.of("a Jalali date", change("\"2024-01-10\"", "\"1402-13-20\"")),
        Arguments.of("a date as a number", change("\"2016-11-01\"", "20161101")),
        Arguments.of("an event time without its day", change("\"2024-02-20T09:00\"", "\"09:00\"")),
        Arguments.of("an offset for a zone", change("\"Asia/Tehran\"", "\"+03:30\"")),
        Arguments.of("an unknown zone", change("\"Asia/Tehran\"", "\"Asia/Kerman\"")),
        Arguments.of(
            "a missing election", replaceObject("election", "{}").replace("\"election\": {},", "")),
        Arguments.of("a blank Persian name", change("{\"fa\": \"صف\"}", "{\"fa\": \" \"}")),
        Arguments.of(
            "a builder that refuses: a participant of nothing",
            change("{\"body\": \"hq\", \"role\": {\"fa\": \"کارکنان\"}}", "{}")),
        Arguments.of(
            "a builder that refuses: an event without start",
            change("\"start\": \"2024-02-20T09:00\", ", "")),
        Arguments.of(
            "a builder that refuses: a station without id", change("\"id\": \"ravar-0001\", ", "")),
        Arguments.of(
            "a builder that refuses: a box without an edge", change("\"minLat\": 26.5, ", "")),
        Arguments.of("trailing tokens", PLAIN + " {}"),
        Arguments.of("a second document", PLAIN + PLAIN),
        Arguments.of("trailing garbage", PLAIN + " x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void a_shape_databind_refuses_is_given_up(String what, String document) {
    assertThat(databind(document)).as("databind refuses it").isEmpty();
    assertThat(bind(document).outcome()).isNotEqualTo(Outcome.ACCEPTED);
    assertThat(catchParse(document)).as("the reader says why").isNotNull();
  }

  private static @Nullable AtlasFormatException catchParse(String document) {
    return catchParse(document.getBytes(UTF_8));
  }

  private static @Nullable AtlasFormatException catchParse(byte[] document) {
    try {
      JSON.parse(document, "atlas.json");
      return null;
    } catch (AtlasFormatException e) {
      return e;
    }
  }

  /** Headers that databind ignores and the reader refuses. */
  static Stream<Arguments> otherHeaders() {
    return Stream.of(
        Arguments.of("another format", change("\"election-atlas\"", "\"election-atlas-2\"")),
        Arguments.of("a format that is no string", change("\"election-atlas\"", "1")),
        Arguments.of("another version", change("\"schemaVersion\": 1", "\"schemaVersion\": 2")),
        Arguments.of(
            "a version as a string", change("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"")),
        Arguments.of(
            "a version as a decimal", change("\"schemaVersion\": 1", "\"schemaVersion\": 1.0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherHeaders")
  void a_document_of_another_format_or_version_is_given_up_and_refused(
      String what, String document) {
    assertThat(databind(document)).as("databind ignores the header").isPresent();
    assertThat(bind(document).outcome()).isEqualTo(Outcome.GIVEN_UP);
    assertThat(catchParse(document)).as("the reader refuses it").isNotNull();
  }

  /** Shapes databind binds that the binder leaves to it: the reader reads them all the same. */
  static Stream<Arguments> givenUpButValid() {
    return Stream.of(
        Arguments.of(
            "a null extension at the top", change("\"x\": [1,", "\"n\": null, \"x\": [1,")),
        Arguments.of("a null extension of the election", change("{\"e\": 1}", "{\"e\": null}")),
        Arguments.of(
            "a null extension deep in an event",
            change(
                "\"strategies\": [\"INTEGRITY\"]",
                "\"strategies\": [\"INTEGRITY\"], \"extensions\": {\"n\": null}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("givenUpButValid")
  void a_valid_atlas_the_binder_gives_up_is_read_as_databind_binds_it(
      String what, String document) {
    assertThat(bind(document).outcome()).isEqualTo(Outcome.GIVEN_UP);
    assertThat(JSON.parse(document.getBytes(UTF_8), "atlas.json").atlas())
        .isEqualTo(databind(document).orElseThrow());
  }

  @Test
  void the_plain_atlas_is_accepted_as_databind_binds_it() {
    Bound bound = bind(PLAIN);
    assertThat(bound.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(bound.atlas()).isEqualTo(databind(PLAIN).orElseThrow());
    assertThat(JSON.read(PLAIN)).isEqualTo(bound.atlas());
  }

  @Test
  void the_bundled_samples_are_accepted_as_databind_binds_them() {
    for (String sample : Samples.names()) {
      byte[] document = Samples.bytes(sample);
      Bound bound = bind(document);
      assertThat(bound.outcome()).as(sample).isEqualTo(Outcome.ACCEPTED);
      assertThat(bound.atlas()).as(sample).isEqualTo(databind(document).orElseThrow());
    }
  }

  @Test
  void a_document_of_the_generator_the_million_is_made_by_is_accepted() {
    for (long seed : new long[] {1, 7}) {
      byte[] document = JSON.write(AtlasGenerator.of(20_000, seed).generate()).getBytes(UTF_8);
      Bound bound = bind(document);
      assertThat(bound.outcome()).isEqualTo(Outcome.ACCEPTED);
      assertThat(bound.atlas()).isEqualTo(databind(document).orElseThrow());
    }
  }
}
