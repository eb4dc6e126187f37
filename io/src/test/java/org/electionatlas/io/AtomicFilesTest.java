package org.electionatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path directory;

  @Test
  void replaces_the_file_and_leaves_no_temporary_file_behind() throws IOException {
    Path file = directory.resolve("atlas.json");
    Files.writeString(file, "old");

    AtomicFiles.write(file, "new".getBytes());

    assertThat(file).hasContent("new");
    assertThat(Files.list(directory)).containsExactly(file);
  }

  @Test
  void writes_into_a_device_instead_of_replacing_it() throws IOException {
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));

    AtomicFiles.write(devNull, "gone".getBytes());

    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.size(devNull)).isZero();
  }

  @Test
  void a_failed_write_leaves_the_existing_file_as_it_was() throws IOException {
    Path target = directory.resolve("atlas.json");
    Files.createDirectory(target);
    Files.writeString(target.resolve("keep"), "kept");

    assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes()))
        .isInstanceOf(IOException.class);
    assertThat(target.resolve("keep")).hasContent("kept");
    assertThat(Files.list(directory)).containsExactly(target);
  }

  @Test
  void streamed_content_that_fails_halfway_leaves_the_existing_file_as_it_was() throws IOException {
    Path file = directory.resolve("stations.geojson");
    Files.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half of a new ".getBytes());
                      throw new IllegalStateException("the generator failed");
                    }))
        .hasMessage("the generator failed");
    assertThat(file).hasContent("old");
    assertThat(Files.list(directory)).containsExactly(file);
  }

  @Test
  void streamed_content_replaces_the_file_once_complete() throws IOException {
    Path file = directory.resolve("stations.csv");

    AtomicFiles.write(file, out -> out.write("id\r\n".getBytes()));

    assertThat(file).hasContent("id\r\n");
  }

  @Test
  void a_new_file_is_readable_by_others_as_the_umask_allows_and_a_replaced_one_keeps_its_mode()
      throws IOException {
    Assumptions.assumeTrue(
        directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ordinary = Files.createFile(directory.resolve("ordinary"));
    Path written = directory.resolve("written.json");

    AtomicFiles.write(written, "{}".getBytes());

    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    Files.setPosixFilePermissions(written, ownerOnly);
    AtomicFiles.write(written, "[]".getBytes());
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(ownerOnly);
  }
}
