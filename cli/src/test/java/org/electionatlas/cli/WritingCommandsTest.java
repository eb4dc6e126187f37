package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that write files (sample -o, normalize -o and --in-place) replace a file only once
 * the new one is complete: a failure leaves what was there and no temporary file.
 */
class WritingCommandsTest {

  @TempDir Path directory;

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }

  private static void assertOneCleanLine(Run run) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception", ".tmp");
  }

  @Test
  void sample_into_a_missing_directory_is_exit_2_and_creates_nothing() throws IOException {
    Path target = directory.resolve("missing").resolve("atlas.json");

    Run run = Run.of("sample", "minimal", "-o", target.toString());

    assertOneCleanLine(run);
    assertThat(run.err())
        .isEqualTo("atlas sample: cannot write " + target + ": no such directory\n");
    assertThat(files()).isEmpty();
  }

  @Test
  void sample_onto_a_directory_leaves_it_alone() throws IOException {
    Path target = Files.createDirectory(directory.resolve("atlas.json"));
    Files.writeString(target.resolve("keep"), "kept");

    Run run = Run.of("sample", "-o", target.toString());

    assertOneCleanLine(run);
    assertThat(run.err()).contains("it is a directory");
    assertThat(target.resolve("keep")).hasContent("kept");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void sample_replaces_an_existing_file_and_leaves_no_temporary_file() throws IOException {
    Path target = directory.resolve("atlas.json");
    Files.writeString(target, "old");

    assertThat(Run.of("sample", "minimal", "-o", target.toString()).exitCode()).isZero();

    assertThat(Files.readAllBytes(target)).isEqualTo(Samples.bytes("minimal"));
    assertThat(files()).containsExactly(target);
  }

  @Test
  void normalize_onto_a_directory_leaves_it_alone() throws IOException {
    Path input = directory.resolve("in.json");
    Files.write(input, Samples.bytes("minimal"));
    Path target = Files.createDirectory(directory.resolve("out.json"));
    Files.writeString(target.resolve("keep"), "kept");

    Run run = Run.of("normalize", input.toString(), "-o", target.toString());

    assertOneCleanLine(run);
    assertThat(target.resolve("keep")).hasContent("kept");
    assertThat(files()).containsExactly(input, target);
  }

  @Test
  void normalize_in_place_of_a_malformed_file_leaves_it_byte_for_byte() throws IOException {
    Path input = directory.resolve("atlas.json");
    byte[] broken =
        new String(Samples.bytes("minimal"), UTF_8)
            .replace("\"number\": 1", "\"number\": \"one\"")
            .getBytes(UTF_8);
    Files.write(input, broken);

    Run run = Run.of("normalize", "--in-place", input.toString());

    assertOneCleanLine(run);
    assertThat(Files.readAllBytes(input)).isEqualTo(broken);
    assertThat(files()).containsExactly(input);
  }

  @Test
  void normalize_in_place_replaces_the_file_and_leaves_no_temporary_file() throws IOException {
    Path input = directory.resolve("atlas.json");
    Files.writeString(
        input,
        new String(Samples.bytes("minimal"), UTF_8)
            .replace("دبستان شهید بهشتی", "دبستان شهيد بهشتي"));

    Run run = Run.of("normalize", "--in-place", input.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(input)).isEqualTo(Samples.bytes("minimal"));
    assertThat(files()).containsExactly(input);
  }

  @Test
  void normalize_changes_names_but_leaves_extensions_as_they_were_written() throws IOException {
    String extension =
        "\"extensions\": {\"yeh\": \"كرماني ١٤٠٢\", \"odd\": [1.50, -0, 1E+3], \"nested\": {\"z\": null,"
            + " \"a\": {}}}";
    Path input = directory.resolve("in.json");
    Files.writeString(
        input,
        new String(Samples.bytes("minimal"), UTF_8)
            .replace("دبستان شهید بهشتی", "دبستان شهيد بهشتي")
            .replace("\"kind\": \"URBAN\"", "\"kind\": \"URBAN\", " + extension)
            .replace("\"level\": \"LOW\"", "\"level\": \"LOW\", " + extension));
    Path output = directory.resolve("out.json");

    Run run = Run.of("normalize", input.toString(), "-o", output.toString());

    assertThat(run.exitCode()).isZero();
    String written = Files.readString(output);
    assertThat(written).contains("دبستان شهید بهشتی").doesNotContain("شهيد");
    assertThat(written.split("\"yeh\": \"كرماني ١٤٠٢\"", -1)).hasSize(3);
    assertThat(written.split("\"odd\": \\[\n\\s*1.50,\n\\s*-0,\n\\s*1E\\+3\n", -1)).hasSize(3);
  }
}
