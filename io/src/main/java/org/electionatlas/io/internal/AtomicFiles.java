package org.electionatlas.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file beside the
 * target ({@code .NAME.RANDOM.tmp}), are forced to the disk, and the temporary file then replaces
 * the target in one step. A failure (a full disk, an unwritable directory, an exception from the
 * content) leaves an existing file as it was and deletes the temporary file; so does the end of the
 * process on SIGTERM or SIGINT, through a shutdown hook. A process killed outright ({@code kill
 * -9}, a power cut) cannot clean up: the next write of the same target deletes temporary files of
 * it that nothing has written to for {@link #STALE_AFTER} (one hour), as a live writer keeps its
 * file's modification time fresh.
 *
 * <p>The new file keeps the permissions of the file it replaces, or gets those of any newly created
 * file. A file without write permission (for the user, or with no write bit at all, which even root
 * is held to here) is not replaced: {@link AccessDeniedException}, as a shell's {@code >} would
 * refuse. A symbolic link is written through, not replaced: the file it points to is written, and
 * created when the link dangles. A device or named pipe is written to directly, as there is no file
 * there to protect.
 */
public final class AtomicFiles {

  private static final int ATTEMPTS = 10;

  /** How long a temporary file must have been left alone before a later write deletes it. */
  public static final Duration STALE_AFTER = Duration.ofHours(1);

  /** Links followed before giving up, as the kernel's ELOOP does. */
  private static final int MAX_LINKS = 40;

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
   * @throws AccessDeniedException if the file exists and is read-only; it is then unchanged
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
    Path target = throughLinks(absolute);
    refuseReadOnly(target);
    sweepStale(target);
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
      InFlight.done(temporary);
    }
  }

  /** The file the path names after following every symbolic link, which may not exist yet. */
  private static Path throughLinks(Path file) throws IOException {
    Path at = file;
    for (int links = 0; Files.isSymbolicLink(at); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
      }
      Path parent = at.toAbsolutePath().getParent();
      Path link = Files.readSymbolicLink(at);
      at = parent == null ? link : parent.resolve(link);
    }
    return at;
  }

  private static void refuseReadOnly(Path target) throws IOException {
    if (!Files.isRegularFile(target)) {
      return;
    }
    boolean readOnly = !Files.isWritable(target);
    if (!readOnly && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
      readOnly =
          !permissions.contains(PosixFilePermission.OWNER_WRITE)
              && !permissions.contains(PosixFilePermission.GROUP_WRITE)
              && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }
    if (readOnly) {
      throw new AccessDeniedException(target.toString(), null, "the file is read-only");
    }
  }

  /**
   * Deletes the temporary files of earlier writes of this target that a killed process left, those
   * untouched for {@link #STALE_AFTER}. A failure to list or delete is no reason to fail the write.
   */
  private static void sweepStale(Path target) {
    Path directory = target.getParent();
    Path name = target.getFileName();
    if (directory == null || name == null) {
      return;
    }
    Pattern temporary =
        Pattern.compile("\\." + Pattern.quote(name.toString()) + "\\.[0-9a-z]{1,13}\\.tmp");
    FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(
            directory,
            sibling -> temporary.matcher(String.valueOf(sibling.getFileName())).matches())) {
      for (Path sibling : siblings) {
        BasicFileAttributes attributes =
            Files.readAttributes(sibling, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isRegularFile() && attributes.lastModifiedTime().compareTo(before) < 0) {
          Files.deleteIfExists(sibling);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // An unreadable directory or a file deleted meanwhile: the write itself will say what fails.
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
      // Known to the shutdown hook before it exists, so that no SIGTERM finds it unregistered.
      InFlight.add(temporary);
      try {
        return Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        InFlight.done(temporary);
        if (attempt == ATTEMPTS) {
          throw e;
        }
      } catch (IOException e) {
        InFlight.done(temporary);
        throw e;
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
