package org.electionatlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.electionatlas.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code normalize --in-place} leaves alone a file it would not change and refuses a read-only one;
 * {@code -o} through a symbolic link writes the file the link names, even one not there yet.
 */
class InPlaceAndLinksTest {

  @TempDir Path directory;

  private Path minimal(String name) throws IOException {
    return Files.write(directory.resolve(name), Samples.bytes("minimal"));
  }

  /** The minimal sample with an Arabic yeh in a station's name, which normalize replaces. */
  private Path withArabicYeh(String name) throws IOException {
    String text = new String(Samples.bytes("minimal"), UTF_8);
    String changed = text.replace("دبستان شهید بهشتی", "دبستان شهيد بهشتی");
    assertThat(changed).isNotEqualTo(text);
    return Files.writeString(directory.resolve(name), changed);
  }

  @Test
  void in_place_with_nothing_to_change_does_not_rewrite_the_file() throws IOException {
    Path file = minimal("atlas.json");
    Object inode = Files.readAttributes(file, "unix:ino").get("ino");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    Run run = Run.of("normalize", "--in-place", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo(file + ": 0 changes; the file is unchanged\n");
    assertThat(Files.readAttributes(file, "unix:ino").get("ino")).isEqualTo(inode);
    assertThat(file).hasBinaryContent(Samples.bytes("minimal"));
    try (var files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void in_place_refuses_a_read_only_file_and_leaves_it_as_it_was() throws IOException {
    Path file = withArabicYeh("atlas.json");
    byte[] before = Files.readAllBytes(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    Run run = Run.of("normalize", "--in-place", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .endsWith(
            "atlas normalize: cannot write " + file + ": the file is read-only; it is unchanged\n");
    assertThat(file).hasBinaryContent(before);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
  }

  @Test
  void in_place_with_changes_replaces_a_writable_file() throws IOException {
    Path file = withArabicYeh("atlas.json");

    Run run = Run.of("normalize", "--in-place", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).endsWith(file + ": 1 change\n");
    assertThat(Files.readString(file)).contains("دبستان شهید بهشتی");
  }

  @Test
  void output_through_a_dangling_link_creates_the_file_it_names_and_keeps_the_link()
      throws IOException {
    Path link = Files.createSymbolicLink(directory.resolve("link.json"), Path.of("real.json"));

    Run run = Run.of("sample", "minimal", "-o", link.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(directory.resolve("real.json")).hasBinaryContent(Samples.bytes("minimal"));
  }
}
