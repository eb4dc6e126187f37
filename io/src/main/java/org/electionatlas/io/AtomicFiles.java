package org.electionatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file beside the
 * target, which then replaces the target in one step. A failure (a full disk, a crash) leaves an
 * existing file as it was.
 *
 * <p>A new file gets the permissions any newly created file gets (those the umask allows); a
 * replaced file keeps its own.
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
    if (isDeviceOrPipe(absolute)) {
      // Replacing /dev/null or a named pipe with a regular file would break it for everyone (and
      // a process may be reading the pipe); there is no half-written file to fear, so write to it.
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute))) {
        content.writeTo(out);
      }
      return;
    }
    Path temporary = newTemporaryBeside(absolute);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(out);
      }
      if (Files.exists(absolute)
          && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
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

  private static boolean isDeviceOrPipe(Path file) throws IOException {
    return Files.exists(file) && Files.readAttributes(file, BasicFileAttributes.class).isOther();
  }

  /**
   * A new empty file beside the target, created as any new file is rather than with {@code
   * Files.createTempFile}, whose owner-only permissions would make every written atlas private to
   * its writer.
   */
  private static Path newTemporaryBeside(Path target) throws IOException {
    while (true) {
      Path candidate =
          target.resolveSibling(
              "." + target.getFileName() + "." + ThreadLocalRandom.current().nextLong() + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException taken) {
        // Another writer chose the same name; draw again.
      }
    }
  }
}
