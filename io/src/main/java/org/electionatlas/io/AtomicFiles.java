package org.electionatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file beside the
 * target, which then replaces the target in one step. A failure (a full disk, a crash) leaves an
 * existing file as it was.
 */
public final class AtomicFiles {

  /**
   * Writes a file's content to a stream, for documents too large to hold in memory first, such as
   * the GeoJSON of a million stations.
   */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to the stream; must not close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes the bytes to the file, replacing it only once they are all written.
   *
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    write(file, out -> out.write(bytes));
  }

  /**
   * Writes what the content writes to the file, replacing it only once the content has written
   * everything without failing. An unchecked exception from the content leaves the target unchanged
   * too, and propagates.
   *
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(Path file, Content content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
