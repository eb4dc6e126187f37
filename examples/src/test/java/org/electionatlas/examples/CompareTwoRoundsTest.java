package org.electionatlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electionatlas.cli.Main;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Kerman sample against its hand-revised copy: the library says each planted change and nothing
 * else, and {@code atlas diff} prints exactly the text stored beside this test, in English and in
 * Persian.
 */
class CompareTwoRoundsTest {

  @TempDir Path directory;

  @Test
  void the_example_says_each_planted_change_in_words() throws Exception {
    List<String> printed =
        Output.of(out -> CompareTwoRounds.run(new String[0], out)).lines().toList();

    assertThat(printed)
        .anySatisfy(
            line -> assertThat(line).contains("\"anar-0002\"").contains("moved 1.2 km north-east"))
        .anySatisfy(
            line ->
                assertThat(line).contains("\"bam-0007\"").contains("now has the id \"bam-0007-b\""))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("\"jiroft-0010\"")
                    .contains("expected voters up by 886 (100%)"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("\"kerman-0003\"")
                    .contains("voting method changed from paper to electronic"))
        .anySatisfy(line -> assertThat(line).contains("\"ravar-0003\"").endsWith("was removed"))
        .anySatisfy(line -> assertThat(line).contains("\"kerman-mobile-01\"").endsWith("was added"))
        .anySatisfy(line -> assertThat(line).contains("status changed from pending to approved"))
        .anySatisfy(
            line -> assertThat(line).contains("status changed from being mitigated to resolved"));
    assertThat(printed).noneSatisfy(line -> assertThat(line).contains("baft-000"));
  }

  @ParameterizedTest
  @CsvSource({"en, kerman-1402-revised.diff.txt", "fa, kerman-1402-revised.diff.fa.txt"})
  void atlas_diff_prints_the_stored_text(String language, String expected) throws Exception {
    Path before =
        Files.write(directory.resolve("kerman-1402.json"), Samples.bytes(Samples.DEFAULT));
    Path after = directory.resolve(CompareTwoRounds.REVISED);
    try (InputStream revised =
        CompareTwoRounds.class.getResourceAsStream(CompareTwoRounds.REVISED)) {
      Files.write(after, revised.readAllBytes());
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"diff", "--lang", language, before.toString(), after.toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(UTF_8)).isEmpty();
    assertThat(out.toString(UTF_8).replace(directory + "/", "")).isEqualTo(resource(expected));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CompareTwoRoundsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
