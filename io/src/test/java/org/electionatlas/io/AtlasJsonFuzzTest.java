package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.validation.Validator;
import org.electionatlas.validation.Violation;

/**
 * Fuzz tests of the reader: on any bytes at all, {@link AtlasJson} returns or throws {@link
 * AtlasFormatException} with a location, nothing else; and what it accepts, it writes back to an
 * equal atlas. A normal build runs the committed inputs in {@code AtlasJsonFuzzTestInputs/}; {@code
 * scripts/fuzz} fuzzes for longer.
 */
class AtlasJsonFuzzTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  @FuzzTest
  void parse_returns_an_atlas_that_round_trips_or_throws_a_located_format_exception(byte[] bytes) {
    Atlas atlas;
    try {
      atlas = JSON.parse(bytes, "fuzz.json").atlas();
    } catch (AtlasFormatException e) {
      assertLocated(e);
      return;
    }
    String written = JSON.write(atlas);
    Atlas again = JSON.read(written);
    assertThat(again).isEqualTo(atlas);
    assertThat(JSON.write(again)).isEqualTo(written);
  }

  @FuzzTest
  void parse_policy_returns_a_policy_or_throws_a_located_format_exception(byte[] bytes) {
    try {
      assertThat(JSON.parsePolicy(bytes, "policy.json")).isNotNull();
    } catch (AtlasFormatException e) {
      assertLocated(e);
    }
  }

  /**
   * Streaming and reading whole agree: both refuse a document or both accept it, and then they
   * report the same violations at the same lines and columns. (Which of several errors each names
   * first may differ; docs/performance.md says why.)
   */
  @FuzzTest
  void validating_as_a_stream_agrees_with_reading_the_whole_document(byte[] bytes)
      throws IOException {
    CheckedSource whole = JSON.check(bytes, "fuzz.json", Validator.standard());
    Path file = Files.createTempFile("fuzz-", ".json");
    try {
      Files.write(file, bytes);
      CheckedSource streamed = JSON.check(file, Validator.standard());
      if (whole instanceof CheckedSource.Checked checked) {
        assertThat(streamed)
            .as("read whole, the document is accepted; streamed, it is not")
            .isInstanceOf(CheckedSource.Checked.class);
        assertThat(located(((CheckedSource.Checked) streamed).report().violations()))
            .isEqualTo(located(checked.report().violations()));
      } else {
        assertThat(streamed)
            .as("read whole, the document is refused; streamed, it is not")
            .isInstanceOf(CheckedSource.Unreadable.class);
        CheckedSource.ReadFailure failure = ((CheckedSource.Unreadable) streamed).failure();
        assertThat(failure.location()).isPresent();
        assertThat(failure.problem()).isNotBlank().doesNotContain("\n");
      }
    } finally {
      Files.delete(file);
    }
  }

  private static List<String> located(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.location().map(at -> at.line() + ":" + at.column()) + " " + v)
        .toList();
  }

  private static void assertLocated(AtlasFormatException e) {
    assertThat(e.line()).isPositive();
    assertThat(e.column()).isPositive();
    assertThat(e.problem()).isNotBlank().doesNotContain("\n");
    assertThat(e.pointer()).matches("(/[^/]*)*");
  }
}
