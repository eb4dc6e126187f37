package org.electionatlas.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path directory;

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }

  @Test
  void replaces_the_file_and_leaves_no_temporary_file_behind() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(file, "old");

    AtomicFiles.write(file, "new".getBytes(UTF_8));

    assertThat(file).hasContent("new");
    assertThat(files()).containsExactly(file);
  }

  @Test
  void writes_into_a_device_instead_of_replacing_it() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));

    AtomicFiles.write(devNull, "gone".getBytes(UTF_8));

    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.size(devNull)).isZero();
  }

  @Test
  void a_failed_write_leaves_the_existing_file_as_it_was() throws IOException {
    Path target = directory.resolve("atlas.json");
    Files.createDirectory(target);
    Files.writeString(target.resolve("keep"), "kept");

    assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);
    assertThat(target.resolve("keep")).hasContent("kept");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void a_write_that_fails_midway_leaves_the_existing_file_and_no_temporary_file()
      throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(file, "the old atlas");
    byte[] replacement = "a new atlas that never arrives in full".getBytes(UTF_8);

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write(replacement, 0, replacement.length / 2);
                      out.flush();
                      throw new IOException("No space left on device");
                    }))
        .hasMessage("No space left on device");
    assertThat(file).hasContent("the old atlas");
    assertThat(files()).containsExactly(file);
  }

  @Test
  void a_missing_directory_fails_and_creates_nothing() {
    Path file = directory.resolve("missing").resolve("atlas.json");

    assertThatThrownBy(() -> AtomicFiles.write(file, "new".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);
    assertThat(directory.resolve("missing")).doesNotExist();
  }

  @Test
  void an_unwritable_directory_fails_and_leaves_the_existing_file() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(file, "the old atlas");
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-x------"));
    try {
      // The superuser writes anyway, so the case can only be seen as another user.
      assumeFalse(Files.isWritable(directory), "running as a user the permissions do not bind");

      assertThatThrownBy(() -> AtomicFiles.write(file, "new".getBytes(UTF_8)))
          .isInstanceOf(IOException.class);
      assertThat(file).hasContent("the old atlas");
      assertThat(files()).containsExactly(file);
    } finally {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void the_new_file_keeps_the_permissions_of_the_one_it_replaces() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(file, "old");
    Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(file, groupReadable);

    AtomicFiles.write(file, "new".getBytes(UTF_8));

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(groupReadable);
  }

  @Test
  void a_new_file_gets_the_permissions_of_any_new_file_not_those_of_a_temporary_one()
      throws IOException {
    Path ordinary = Files.createFile(directory.resolve("ordinary"));
    Path file = directory.resolve("atlas.json");

    AtomicFiles.write(file, "new".getBytes(UTF_8));

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void a_symbolic_link_is_written_through_and_stays_a_link() throws IOException {
    Path real = directory.resolve("real.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(directory.resolve("link.json"), real.getFileName());

    AtomicFiles.write(link, "new".getBytes(UTF_8));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
    assertThat(files()).containsExactly(link, real);
  }

  @Test
  void a_dangling_symbolic_link_is_written_through_creating_its_target() throws IOException {
    Path link = Files.createSymbolicLink(directory.resolve("link.json"), Path.of("t.json"));
    Path target = directory.resolve("t.json");

    AtomicFiles.write(link, "new".getBytes(UTF_8));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).hasContent("new");
    assertThat(link).hasContent("new");
  }

  @Test
  void a_chain_of_links_is_followed_to_its_end() throws IOException {
    Path end = directory.resolve("end.json");
    Path middle = Files.createSymbolicLink(directory.resolve("middle.json"), end.getFileName());
    Path first = Files.createSymbolicLink(directory.resolve("first.json"), middle);

    AtomicFiles.write(first, "new".getBytes(UTF_8));

    assertThat(Files.isSymbolicLink(first)).isTrue();
    assertThat(Files.isSymbolicLink(middle)).isTrue();
    assertThat(end).hasContent("new");
  }

  @Test
  void a_cycle_of_links_is_refused() throws IOException {
    Path a = directory.resolve("a.json");
    Path b = Files.createSymbolicLink(directory.resolve("b.json"), a.getFileName());
    Files.createSymbolicLink(a, b.getFileName());

    assertThatThrownBy(() -> AtomicFiles.write(a, "new".getBytes(UTF_8)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("too many levels of symbolic links");
  }

  @Test
  void a_read_only_file_is_not_replaced_even_by_the_superuser() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(file, "the old atlas");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    assertThatThrownBy(() -> AtomicFiles.write(file, "new".getBytes(UTF_8)))
        .isInstanceOf(java.nio.file.AccessDeniedException.class)
        .hasMessageContaining("the file is read-only");
    assertThat(file).hasContent("the old atlas");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
    assertThat(files()).containsExactly(file);
  }

  @Test
  void temporary_files_a_killed_writer_left_are_swept_once_stale_and_others_are_kept()
      throws IOException {
    Path file = directory.resolve("atlas.json");
    FileTime stale =
        FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minus(Duration.ofMinutes(1)));
    Path old = Files.createFile(directory.resolve(".atlas.json.1x2y3z.tmp"));
    Files.setLastModifiedTime(old, stale);
    Path fresh = Files.createFile(directory.resolve(".atlas.json.4k5l6m.tmp"));
    Path otherTarget = Files.createFile(directory.resolve(".other.json.1x2y3z.tmp"));
    Files.setLastModifiedTime(otherTarget, stale);
    Path notOurs = Files.createFile(directory.resolve(".atlas.json.NOT-OURS.tmp"));
    Files.setLastModifiedTime(notOurs, stale);

    AtomicFiles.write(file, "new".getBytes(UTF_8));

    assertThat(files()).containsExactly(fresh, notOurs, otherTarget, file);
  }

  @Test
  void streamed_content_that_fails_with_an_unchecked_exception_leaves_the_file_as_it_was()
      throws IOException {
    Path file = directory.resolve("stations.geojson");
    Files.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half of a new ".getBytes(UTF_8));
                      throw new IllegalStateException("the generator failed");
                    }))
        .hasMessage("the generator failed");
    assertThat(file).hasContent("old");
    assertThat(files()).containsExactly(file);
  }

  @Test
  void streamed_content_replaces_the_file_once_complete() throws IOException {
    Path file = directory.resolve("stations.csv");

    AtomicFiles.write(file, out -> out.write("id\r\n".getBytes(UTF_8)));

    assertThat(file).hasContent("id\r\n");
  }
}
