package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.electionatlas.io.internal.AtomicFiles;
import org.electionatlas.io.internal.SafeText;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's document goes: to standard output, or to the file {@code -o} names, written
 * through {@link AtomicFiles} so that an existing file is replaced only once the new one is
 * complete and a failure leaves it as it was (and a command never writes over its input unless
 * {@code -o} names it).
 */
final class Outputs {

  private Outputs() {}

  /** Writes the content to the file, or to standard output when there is none. */
  static void write(@Nullable Path output, Terminal terminal, AtomicFiles.Content content) {
    if (output != null) {
      write(output, content);
      return;
    }
    try {
      content.writeTo(terminal.out());
      terminal.out().flush();
    } catch (IOException e) {
      throw new UserError("cannot write standard output: " + why(e));
    }
  }

  /** Writes the file; a clear error, naming the file and not a temporary one, when it fails. */
  static void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  private static void write(Path target, AtomicFiles.Content content) {
    if (Files.isDirectory(target)) {
      throw new UserError(
          "cannot write " + SafeText.terminal(target.toString()) + ": it is a directory");
    }
    boolean existed = Files.exists(target);
    try {
      AtomicFiles.write(target, content);
    } catch (IOException e) {
      throw new UserError(
          "cannot write "
              + SafeText.terminal(target.toString())
              + ": "
              + why(e)
              + (existed ? "; it is unchanged" : ""));
    }
  }

  private static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException denied) {
      return denied.getReason() != null ? denied.getReason() : "permission denied";
    }
    if (e instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
