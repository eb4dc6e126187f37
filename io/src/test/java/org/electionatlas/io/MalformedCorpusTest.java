package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.electionatlas.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed documents under {@code malformed/}: each file {@code NAME.json} (or
 * {@code .bin}) has a {@code NAME.expected} beside it with the exact line:column, JSON pointer and
 * problem the reader must report (control characters escaped, as messages show them). A case is
 * added by adding the two files.
 */
class MalformedCorpusTest {

  /** The corpus directory, also read by the command line's tests. */
  static Path directory() {
    URL url = Objects.requireNonNull(MalformedCorpusTest.class.getResource("malformed"));
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> documents() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(file -> !file.toString().endsWith(".expected")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path expectationOf(Path document) {
    String name = document.getFileName().toString();
    return document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
  }

  /** The {@code key: value} lines of an expectation file. */
  private static Map<String, String> expectation(Path document) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : Files.readAllLines(expectationOf(document))) {
      int colon = line.indexOf(':');
      fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
    }
    assertThat(fields)
        .as("fields of %s", expectationOf(document))
        .containsOnlyKeys("location", "pointer", "problem");
    return fields;
  }

  @Test
  void the_corpus_has_at_least_forty_cases_each_with_its_expectation() throws IOException {
    List<Path> documents = documents();

    assertThat(documents).hasSizeGreaterThanOrEqualTo(40);
    for (Path document : documents) {
      assertThat(expectationOf(document)).as("expectation of %s", document).isRegularFile();
    }
    try (Stream<Path> expectations =
        Files.list(directory()).filter(file -> file.toString().endsWith(".expected"))) {
      assertThat(expectations).hasSameSizeAs(documents);
    }
  }

  @Test
  void committed_cases_stay_small_larger_ones_are_generated_by_the_tests() throws IOException {
    for (Path document : documents()) {
      assertThat(Files.size(document)).as("size of %s", document).isLessThan(100 * 1024);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void a_malformed_document_fails_with_the_expected_located_message(Path document)
      throws IOException {
    Map<String, String> expected = expectation(document);
    String source = document.getFileName().toString();

    AtlasFormatException error =
        catchThrowableOfType(
            AtlasFormatException.class,
            () -> AtlasJson.standard().parse(Files.readAllBytes(document), source));

    assertThat(error).as("reading %s", source).isNotNull();
    assertThat(error.problem()).isEqualTo(expected.get("problem"));
    // An expectation is a line of text, so it holds a pointer's control characters escaped.
    assertThat(Printable.escape(error.pointer())).isEqualTo(expected.get("pointer"));
    assertThat(error.line() + ":" + error.column()).isEqualTo(expected.get("location"));
    assertThat(error.getMessage())
        .isEqualTo(
            source
                + ":"
                + expected.get("location")
                + ": "
                + expected.get("problem")
                + " (at "
                + (error.pointer().isEmpty() ? "the top level" : expected.get("pointer"))
                + ")")
        .doesNotContain("\n", "tools.jackson", "Exception");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void reading_the_file_reports_what_parsing_its_bytes_does(Path document) throws IOException {
    Map<String, String> expected = expectation(document);

    AtlasFormatException error =
        catchThrowableOfType(AtlasFormatException.class, () -> AtlasJson.standard().read(document));

    assertThat(error.problem()).isEqualTo(expected.get("problem"));
    assertThat(error.source()).isEqualTo(document.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void validating_the_file_as_a_stream_fails_as_reading_it_whole_does(Path document)
      throws IOException {
    Map<String, String> expected = expectation(document);

    CheckedSource result = AtlasJson.standard().check(document, Validator.standard());

    assertThat(result).isInstanceOf(CheckedSource.Unreadable.class);
    CheckedSource.ReadFailure failure = ((CheckedSource.Unreadable) result).failure();
    assertThat(failure.problem()).isEqualTo(expected.get("problem"));
    assertThat(Printable.escape(failure.pointer())).isEqualTo(expected.get("pointer"));
    assertThat(failure.location().orElseThrow().toString()).isEqualTo(expected.get("location"));
  }
}
