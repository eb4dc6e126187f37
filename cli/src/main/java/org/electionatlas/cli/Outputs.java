package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.electionatlas.io.AtomicFiles;

/**
 * Writes the files a command produces, each through {@link AtomicFiles}: an existing file is
 * replaced only once the new one is complete, and a failure leaves it as it was.
 */
final class Outputs {

  private Outputs() {}

  /** Writes the file; a clear error, naming the file and not a temporary one, when it fails. */
  static void write(Path target, byte[] bytes) {
    if (Files.isDirectory(target)) {
      throw new UserError("cannot write " + target + ": it is a directory");
    }
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException e) {
      throw new UserError("cannot write " + target + ": " + why(e) + "; it is unchanged");
    }
  }

  private static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
