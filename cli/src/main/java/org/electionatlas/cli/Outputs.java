package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.electionatlas.io.AtomicFiles;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's document goes: to standard output, or to the file {@code -o} names, replaced
 * only once the whole document is written, so that a failure never leaves half a file (and a
 * command never writes over its input unless {@code -o} names it).
 */
final class Outputs {

  private Outputs() {}

  /** Writes the content to the file, or to standard output when there is none. */
  static void write(@Nullable Path output, Terminal terminal, AtomicFiles.Content content) {
    try {
      if (output == null) {
        content.writeTo(terminal.out());
        terminal.out().flush();
      } else {
        AtomicFiles.write(output, content);
      }
    } catch (NoSuchFileException e) {
      throw new UserError("cannot write " + output + ": no such directory");
    } catch (AccessDeniedException e) {
      throw new UserError("cannot write " + output + ": permission denied");
    } catch (IOException e) {
      throw new UserError(
          "cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
    }
  }
}
