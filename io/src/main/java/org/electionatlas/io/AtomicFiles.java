package org.electionatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file beside the
 * target, are forced to the disk, and the temporary file then replaces the target in one step. A
 * failure (a full disk, a crash, an unwritable directory) leaves an existing file as it was and no
 * temporary file behind.
 *
 * <p>The new file keeps the permissions of the file it replaces, or gets those of any newly created
 * file; a symbolic link is written through, not replaced; a device or named pipe is written to
 * directly, as there is no file there to protect.
 */
public final class AtomicFiles {

  private static final int ATTEMPTS = 10;

  private AtomicFiles() {}

  /**
   * Writes a file's content to a stream, for documents too large to hold in memory first, such as
   * the GeoJSON of a million stations.
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content to the stream; must not close it.
     *
     * @param out the out
     * @throws IOException if the output cannot be written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the bytes to the file, replacing it only once they are all written.
   *
   * @param bytes the bytes
   * @param file the file
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
   * @param content the content
   * @param file the file
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
    Path target =
        Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
    Path temporary = createTemporary(target);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(target, temporary);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static boolean isDeviceOrPipe(Path file) throws IOException {
    return Files.exists(file) && Files.readAttributes(file, BasicFileAttributes.class).isOther();
  }

  /**
   * Creates an empty file beside the target under a fresh name. It is created without explicit
   * attributes, as any new file is; {@code Files.createTempFile} would make it readable by its
   * owner only, and so the file that replaces the target.
   */
  private static Path createTemporary(Path target) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path temporary = target.resolveSibling(temporaryName(target));
      try {
        return Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static String temporaryName(Path target) {
    return "."
        + target.getFileName()
        + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
        + ".tmp";
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view != null && Files.isRegularFile(target)) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }
}
