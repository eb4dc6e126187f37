package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.electionatlas.io.AtlasFormatException;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CsvImportException;
import org.electionatlas.io.Samples;
import org.electionatlas.io.StationCsv;
import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command on every hostile document of the corpus in {@code hostile/}: atlases that are
 * well-formed JSON but carry out-of-range coordinates (1e300, micro-degrees), control characters,
 * noncharacters and lone surrogates, terminal escape sequences, bidirectional overrides, forged
 * message lines, spreadsheet formulas and markup; and CSV files for {@code import} that carry the
 * same. For each: an exit code of 0, 1 or 2 (never 3, never a stack trace); standard error and
 * terminal text with no control character but line ends, each line of it starting with "atlas " or
 * the document's own name (so no value can forge a line); bounded output; an SVG that is
 * well-formed XML and HTML without a character XML forbids; a CSV without a formula cell, that
 * imports back to the same atlas; and JSON written that reads back. docs/design.md ("Threat model")
 * says what each medium must never do.
 */
class HostileInputCommandsTest {

  private static final Path CORPUS =
      Path.of("src", "test", "resources", "org", "electionatlas", "cli", "hostile");

  /** Far beyond any map or export of the corpus (the largest, of 2,400 stations, is ~1.5 MB). */
  private static final long MAX_OUTPUT = 8L << 20;

  private static final Set<String> TEXT_COLUMNS =
      Set.of(
          "id",
          "county",
          "name_fa",
          "name_en",
          "address",
          "settlement_fa",
          "settlement_en",
          "risk_note");

  @TempDir static Path generated;

  private static Path minimal = Path.of("minimal.json");
  private static Path noRows = Path.of("no-rows.csv");

  /** What a command writes, and so how it is checked. */
  private enum Output {
    TERMINAL_TEXT,
    JSON,
    ATLAS,
    CSV,
    SVG,
    HTML
  }

  private record Invocation(
      String label, Output output, boolean toFile, BiFunction<String, String, String[]> arguments) {
    @Override
    public String toString() {
      return String.join(" ", arguments.apply("DOC", "OUT"));
    }
  }

  private static Invocation stdout(String label, Output output, String... arguments) {
    return new Invocation(label, output, false, (doc, out) -> replace(arguments, doc, out));
  }

  private static Invocation file(String label, Output output, String... arguments) {
    return new Invocation(label, output, true, (doc, out) -> replace(arguments, doc, out));
  }

  private static String[] replace(String[] arguments, String doc, String out) {
    return Arrays.stream(arguments)
        .map(a -> a.equals("DOC") ? doc : a.equals("OUT") ? out : a)
        .map(a -> a.equals("MINIMAL") ? minimal.toString() : a)
        .map(a -> a.equals("NO_ROWS") ? noRows.toString() : a)
        .toArray(String[]::new);
  }

  /** Every command that reads an atlas, each way it writes. */
  private static final List<Invocation> ATLAS_COMMANDS =
      List.of(
          stdout("validate", Output.TERMINAL_TEXT, "validate", "DOC"),
          stdout("validate", Output.JSON, "validate", "--format", "json", "DOC"),
          stdout("validate", Output.JSON, "validate", "--format", "sarif", "DOC"),
          stdout("stats", Output.TERMINAL_TEXT, "stats", "DOC"),
          stdout("stats", Output.JSON, "stats", "--format", "json", "DOC"),
          stdout("normalize", Output.ATLAS, "normalize", "DOC"),
          file("normalize", Output.ATLAS, "normalize", "DOC", "-o", "OUT"),
          stdout("convert", Output.ATLAS, "convert", "DOC", "--to", "json"),
          file("convert", Output.JSON, "convert", "DOC", "--to", "geojson", "-o", "OUT"),
          stdout("convert", Output.CSV, "convert", "DOC", "--to", "csv"),
          file("map", Output.SVG, "map", "DOC", "--format", "svg", "-o", "OUT"),
          file("map", Output.HTML, "map", "DOC", "--format", "html", "-o", "OUT"),
          file("import", Output.ATLAS, "import", "NO_ROWS", "--into", "DOC", "-o", "OUT"));

  /** {@code import} of each hostile CSV into the minimal sample. */
  private static final List<Invocation> CSV_COMMANDS =
      List.of(
          stdout("import", Output.ATLAS, "import", "DOC", "--into", "MINIMAL"),
          file("import", Output.ATLAS, "import", "DOC", "--into", "MINIMAL", "-o", "OUT"));

  @BeforeAll
  static void generate_the_documents_too_large_to_commit() throws IOException {
    minimal = Files.write(generated.resolve("minimal.json"), Samples.bytes("minimal"));
    noRows = Files.writeString(generated.resolve("no-rows.csv"), "id\r\n");
    String kerman = new String(Samples.bytes("kerman-1402"), UTF_8);
    // 2,400 stations in micro-degrees: a map of them once ran out of memory (E7) or wrote 568 MB.
    Files.writeString(generated.resolve("kerman-micro-degrees-e6.json"), scaled(kerman, 6));
    Files.writeString(generated.resolve("kerman-micro-degrees-e7.json"), scaled(kerman, 7));
    Files.writeString(
        generated.resolve("kerman-one-station-at-1e300.json"),
        kerman.replaceFirst("\"lon\": [0-9.]+", "\"lon\": 1e300"));
    Files.writeString(
        generated.resolve("cell-of-2000000-characters.csv"),
        "id,name_fa\r\nravar-0001," + "x".repeat(2_000_000) + "\r\n");
  }

  private static String scaled(String atlas, int places) {
    Matcher number = Pattern.compile("\"(lat|lon)\": (-?[0-9.]+)").matcher(atlas);
    StringBuilder out = new StringBuilder();
    while (number.find()) {
      String value = new BigDecimal(number.group(2)).movePointRight(places).toPlainString();
      number.appendReplacement(out, "\"" + number.group(1) + "\": " + value);
    }
    return number.appendTail(out).toString();
  }

  private static List<Path> documents(String extension) {
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> corpus = Files.list(CORPUS);
        Stream<Path> large = Files.list(generated)) {
      Stream.concat(corpus, large)
          .filter(file -> file.toString().endsWith(extension))
          .filter(file -> !file.equals(minimal) && !file.equals(noRows))
          .forEach(documents::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents.stream().sorted().toList();
  }

  static Stream<Arguments> atlasCases() {
    List<Path> documents = documents(".json");
    assertThat(documents).hasSizeGreaterThan(40);
    return documents.stream()
        .flatMap(doc -> ATLAS_COMMANDS.stream().map(command -> Arguments.of(doc, command)));
  }

  static Stream<Arguments> csvCases() {
    List<Path> documents = documents(".csv");
    assertThat(documents).hasSizeGreaterThan(10);
    return documents.stream()
        .flatMap(doc -> CSV_COMMANDS.stream().map(command -> Arguments.of(doc, command)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("atlasCases")
  void a_hostile_atlas_is_shown_escaped_drawn_bounded_and_exported_safely(
      Path document, Invocation invocation, @TempDir Path out) throws Exception {
    check(document, invocation, out);
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("csvCases")
  void a_hostile_csv_is_imported_whole_or_refused_with_escaped_located_lines(
      Path document, Invocation invocation, @TempDir Path out) throws Exception {
    check(document, invocation, out);
  }

  private static void check(Path document, Invocation invocation, Path directory) throws Exception {
    Path out = directory.resolve("out");
    Run run = Run.of(invocation.arguments().apply(document.toString(), out.toString()));

    String said = run.out() + run.err();
    assertThat(run.exitCode()).as("exit code; said %s", said).isBetween(0, 2);
    assertThat(said)
        .doesNotContain("Exception", "\tat ", "internal error", "OutOfMemoryError", "Stack");
    assertSafeForATerminal(run.err());
    for (String line : run.err().lines().toList()) {
      assertThat(line.startsWith("atlas ") || line.startsWith(document + ":"))
          .as("a line of standard error starts with atlas or the document: %s", line)
          .isTrue();
    }
    byte[] written;
    if (invocation.toFile()) {
      if (run.exitCode() == 2) {
        assertThat(out).doesNotExist();
        return;
      }
      written = Files.readAllBytes(out);
    } else {
      written = run.out().getBytes(UTF_8);
    }
    assertThat((long) written.length).isLessThan(MAX_OUTPUT);
    if (run.exitCode() == 2) {
      return;
    }
    String text = new String(written, UTF_8);
    switch (invocation.output()) {
      case TERMINAL_TEXT -> {
        assertSafeForATerminal(text);
        for (String line : text.lines().toList()) {
          if (invocation.label().equals("validate")) {
            assertThat(line).startsWith(document + ":");
          }
        }
      }
      case JSON ->
          assertThatCode(() -> JsonMapper.builder().build().readTree(written))
              .doesNotThrowAnyException();
      case ATLAS ->
          assertThatCode(() -> AtlasJson.standard().parse(written, "written"))
              .as("the atlas written reads back")
              .doesNotThrowAnyException();
      case CSV -> assertCsvIsInertAndRoundTrips(document, text);
      case SVG -> assertWellFormedXml(written);
      case HTML -> {
        assertFitForXml(text);
        assertThat(text).doesNotContain("<script>alert", "\" onmouseover=");
      }
    }
  }

  /** No control character but the line end, and no bidirectional control, raw. */
  private static void assertSafeForATerminal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.getType(c) == Character.CONTROL && c != '\n';
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      assertThat(control || bidi || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c))
          .as("U+%04X at %d of %s", (int) c, i, text)
          .isFalse();
    }
  }

  private static void assertFitForXml(String text) {
    text.codePoints()
        .forEach(
            c ->
                assertThat(
                        c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000)
                    .as("U+%04X is not an XML 1.0 character", c)
                    .isTrue());
  }

  private static void assertWellFormedXml(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    assertThat(
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement())
        .extracting(element -> element.getTagName())
        .isEqualTo("svg");
  }

  /**
   * No text cell a spreadsheet would take for a formula; and the file imports back into the atlas
   * it came from without a change, unless a name holds a control character, which import refuses.
   */
  private static void assertCsvIsInertAndRoundTrips(Path document, String csv) throws IOException {
    List<List<String>> rows = CsvRows.parse(csv.substring(1));
    List<String> header = rows.get(0);
    for (List<String> row : rows.subList(1, rows.size())) {
      for (int i = 0; i < header.size(); i++) {
        if (TEXT_COLUMNS.contains(header.get(i)) && !row.get(i).isEmpty()) {
          assertThat("=+-@\t\r")
              .as("first character of %s", row.get(i))
              .doesNotContain(row.get(i).substring(0, 1));
        }
      }
    }
    Atlas atlas;
    try {
      atlas = AtlasJson.standard().parse(Files.readAllBytes(document), "doc").atlas();
    } catch (AtlasFormatException unreadable) {
      return;
    }
    if (csv.contains("\uFFFD")) {
      // A station's text held a lone surrogate, which UTF-8 cannot hold: written as U+FFFD.
      return;
    }
    try {
      Atlas back = StationCsv.importInto(atlas, csv.getBytes(UTF_8), "csv").atlas();
      assertThat(back).isEqualTo(atlas);
    } catch (CsvImportException refused) {
      assertThat(refused.problems())
          .allSatisfy(problem -> assertThat(problem.message()).contains("control character"));
    }
  }

  @Test
  void an_import_refused_for_a_long_cell_leaves_the_atlas_it_was_to_replace_intact(
      @TempDir Path elsewhere) throws IOException {
    Path atlas = Files.write(elsewhere.resolve("own.json"), Samples.bytes("minimal"));
    Path csv = generated.resolve("cell-of-2000000-characters.csv");

    Run run = Run.of("import", csv.toString(), "--into", atlas.toString(), "-o", atlas.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            csv + ":2: column name_fa: the cell is 2,000,000 characters long",
            "maxStringLength = 1000000");
    assertThat(atlas).hasBinaryContent(Samples.bytes("minimal"));
  }

  /** Reads RFC 4180 records, for the checks of the CSV written; the writer is io's. */
  private static final class CsvRows {
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          field.append(c);
        }
      }
      return rows;
    }
  }
}
