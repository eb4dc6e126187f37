package org.electionatlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each way a document can be broken gives one clear error that names the JSON pointer, line and
 * column and says what was expected. The cases change the bundled minimal atlas in one place.
 */
class AtlasJsonMalformedInputTest {

  private static final String MINIMAL = new String(Samples.bytes("minimal"), UTF_8);

  private static Arguments broken(
      String what, Supplier<byte[]> document, String pointer, String location, String problem) {
    return Arguments.of(what, document, pointer, location, problem);
  }

  private static Supplier<byte[]> replacing(String from, String to) {
    if (!MINIMAL.contains(from)) {
      throw new IllegalArgumentException("the minimal sample does not contain " + from);
    }
    return () -> MINIMAL.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(UTF_8);
  }

  private static Supplier<byte[]> text(String json) {
    return () -> json.getBytes(UTF_8);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        broken(
            "empty", text(""), "", "1:1", "the document is empty; expected an atlas JSON object"),
        broken(
            "blank",
            text(" \n\t "),
            "",
            "1:1",
            "the document is empty; expected an atlas JSON object"),
        broken(
            "top-level array",
            text("[]"),
            "",
            "1:1",
            "expected an atlas JSON object at the top level but found an array"),
        broken(
            "unsupported schemaVersion",
            text("{\"format\": \"election-atlas\", \"schemaVersion\": 2}"),
            "/schemaVersion",
            "1:47",
            "schemaVersion 2 is not supported; this version of Election Atlas reads schemaVersion 1"
                + " only"),
        broken(
            "not an atlas",
            text("{\"format\": \"geojson\"}"),
            "/format",
            "1:12",
            "not an atlas: \"format\" must be \"election-atlas\" but is \"geojson\""),
        broken(
            "format missing",
            text("{\"schemaVersion\": 1}"),
            "",
            "1:1",
            "not an atlas: the top-level property \"format\": \"election-atlas\" is missing"),
        broken(
            "misspelt property",
            replacing(
                "\"name\": {\n        \"fa\": \"دبستان", "\"nmae\": {\n        \"fa\": \"دبستان"),
            "/pollingStations/0/nmae",
            "60:15",
            "unknown property \"nmae\" in a polling station; did you mean \"name\"?"),
        broken(
            "unknown property",
            replacing("\"seats\": 1", "\"seats\": 1, \"quota\": 7"),
            "/constituencies/0/quota",
            "52:28",
            "unknown property \"quota\" in a constituency; expected one of contest, counties,"
                + " extensions, externalIds, id, name, seats (put your own data under"
                + " \"extensions\")"),
        broken(
            "string for a number",
            replacing("\"number\": 1", "\"number\": \"1\""),
            "/pollingStations/0/number",
            "59:17",
            "expected an integer but found a string"),
        broken(
            "fraction for an integer",
            replacing("\"number\": 1", "\"number\": 1.5"),
            "/pollingStations/0/number",
            "59:17",
            "expected an integer but found a decimal number"),
        broken(
            "number out of range",
            replacing("\"number\": 1", "\"number\": 99999999999"),
            "/pollingStations/0/number",
            "59:17",
            "the number 99999999999 is out of range for an integer"),
        broken(
            "bad enum constant",
            replacing("\"FIXED\"", "\"FIXD\""),
            "/pollingStations/0/kind",
            "75:15",
            "\"FIXD\" is not a valid station kind; expected one of FIXED, MOBILE"),
        broken(
            "impossible date",
            replacing("2024-03-01", "2024-02-30"),
            "/election/votingDay",
            "10:18",
            "\"2024-02-30\" is not a Gregorian date like 2024-03-01 (Invalid date 'FEBRUARY 30')"),
        broken(
            "duplicate key",
            replacing("\"seats\": 1", "\"seats\": 1, \"seats\": 2"),
            "/constituencies/0/seats",
            "52:26",
            "duplicate property \"seats\"; a property may appear only once in an object"),
        broken(
            "required property missing",
            replacing("\"id\": \"ravar-0001\",", ""),
            "/pollingStations/0",
            "56:5",
            "missing required property \"id\" in a polling station"),
        broken(
            "null for a required property",
            replacing("\"id\": \"ravar-0001\"", "\"id\": null"),
            "/pollingStations/0/id",
            "57:13",
            "null is not allowed for \"id\"; leave the property out if it has no value"),
        broken(
            "truncated",
            () -> MINIMAL.substring(0, 500).getBytes(UTF_8),
            "/provinces/0/name",
            "24:20",
            "the document ends before the JSON is complete (is the file truncated?)"),
        broken(
            "trailing garbage",
            text(MINIMAL + "x"),
            "",
            "94:1",
            "unexpected text after the end of the top-level object; a document holds one object"),
        broken(
            "a second object after the first",
            text(MINIMAL + "{}"),
            "",
            "94:1",
            "found an object after the end of the top-level object; a document holds one object"),
        broken(
            "number for a name's text",
            replacing("\"en\": \"Ravar\"", "\"en\": 5"),
            "/counties/0/name/en",
            "36:15",
            "expected the en text of a name but found an integer"),
        broken(
            "name without Persian",
            replacing("\"fa\": \"راور\",\n        \"en\": \"Ravar\"", "\"en\": \"Ravar\""),
            "/counties/0/name",
            "34:15",
            "a name needs its Persian text: property \"fa\" is missing"),
        broken(
            "string for a number",
            replacing("\"lat\": 31.2656", "\"lat\": \"31\""),
            "/pollingStations/0/location/lat",
            "72:16",
            "expected a number but found a string"),
        broken(
            "number for a boolean",
            replacing("\"accessible\": true", "\"accessible\": 1"),
            "/pollingStations/0/accessible",
            "78:21",
            "expected true or false but found an integer"),
        broken(
            "string for an array",
            replacing("\"counties\": [\n        \"ravar\"\n      ]", "\"counties\": \"ravar\""),
            "/constituencies/0/counties",
            "49:19",
            "expected an array but found a string"),
        broken(
            "unknown time zone",
            replacing("\"Asia/Tehran\"", "\"Mars/Base\""),
            "/election/timeZone",
            "11:17",
            "\"Mars/Base\" is not a time zone like Asia/Tehran"),
        broken(
            "NaN",
            replacing("\"lat\": 31.2656", "\"lat\": NaN"),
            "/pollingStations/0/location/lat",
            "72:19",
            "invalid JSON: NaN is not a number in JSON; write a number, or leave the property out"),
        broken(
            "trailing comma",
            replacing("\"seats\": 1", "\"seats\": 1,"),
            "/constituencies/0",
            "53:5",
            "invalid JSON: a comma before '}' with nothing after it; remove the trailing comma"),
        broken(
            "invalid UTF-8",
            () -> {
              byte[] bytes = MINIMAL.getBytes(UTF_8);
              int at = MINIMAL.indexOf("Shahid");
              bytes[MINIMAL.substring(0, at).getBytes(UTF_8).length] = (byte) 0xFF;
              return bytes;
            },
            "/pollingStations/0/name",
            "62:16",
            "the document is not valid UTF-8 (start byte 0xff); save it as UTF-8"),
        // A character of several UTF-8 bytes is named as it is, at its own column.
        broken(
            "Persian comma after a value",
            text("{\"format\": \"election-atlas\"،\n \"schemaVersion\": 1}"),
            "",
            "1:28",
            "invalid JSON: expected ',' or '}' after a property's value but found '،' (U+060C"
                + " ARABIC COMMA); JSON separates values with ',' (U+002C), not the Persian comma"),
        broken(
            "curly quotes around a string",
            text("{\"format\": “election-atlas”}"),
            "/format",
            "1:12",
            "invalid JSON: expected a value but found '“' (U+201C LEFT DOUBLE QUOTATION MARK);"
                + " JSON strings take straight double quotes (\")"),
        broken(
            "an emoji after a value",
            text("{\"format\": \"election-atlas\", \"schemaVersion\": 1 \uD83D\uDDF3}"),
            "",
            "1:49",
            "invalid JSON: expected ',' or '}' after a property's value but found '\uD83D\uDDF3'"
                + " (U+1F5F3 BALLOT BOX WITH BALLOT)"),
        broken(
            "a Persian digit as a number, after Persian text on the line",
            text("{\"format\": \"election-atlas\", \"x\": \"کرمان\", \"schemaVersion\": ۱}"),
            "/schemaVersion",
            "1:61",
            "invalid JSON: expected a value but found '۱' (U+06F1 EXTENDED ARABIC-INDIC DIGIT"
                + " ONE)"),
        broken(
            "a right-to-left override outside a string",
            text("{\"format\": \"election-atlas\"\u202E}"),
            "",
            "1:28",
            "invalid JSON: expected ',' or '}' after a property's value but found U+202E"
                + " RIGHT-TO-LEFT OVERRIDE"),
        broken(
            "UTF-16",
            () -> MINIMAL.getBytes(StandardCharsets.UTF_16),
            "",
            "1:1",
            "the document is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_broken_document_fails_with_one_located_message(
      String what, Supplier<byte[]> document, String pointer, String location, String problem) {
    AtlasFormatException error =
        catchThrowableOfType(
            AtlasFormatException.class,
            () -> AtlasJson.standard().parse(document.get(), "broken.json"));

    assertThat(error).as("reading a document with %s", what).isNotNull();
    assertThat(error.problem()).isEqualTo(problem);
    assertThat(error.pointer()).isEqualTo(pointer);
    assertThat(error.line() + ":" + error.column()).isEqualTo(location);
    assertThat(error.getMessage())
        .isEqualTo(
            "broken.json:"
                + location
                + ": "
                + problem
                + " (at "
                + (pointer.isEmpty() ? "the top level" : pointer)
                + ")");
  }
}
