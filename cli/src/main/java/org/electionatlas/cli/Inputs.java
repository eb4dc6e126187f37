package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.electionatlas.io.AtlasFormatException;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.ParsedAtlas;

/** Reads the atlases a command is given: files, {@code -} for standard input. */
final class Inputs {

  private Inputs() {}

  /** The bytes of a file or, for {@code -}, of standard input; a clear error when unreadable. */
  static byte[] read(String name, Terminal terminal) {
    try {
      if (name.equals("-")) {
        return terminal.in().readAllBytes();
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        throw new UserError("cannot read " + name + ": it is a directory, not an atlas file");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read " + name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserError("cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw new UserError("cannot read " + name + ": " + e.getMessage());
    }
  }

  /** A file (or standard input) read as an atlas; a clear error when it is not one. */
  static ParsedAtlas parse(String name, Terminal terminal) {
    byte[] bytes = read(name, terminal);
    try {
      return AtlasJson.standard().parse(bytes, name);
    } catch (AtlasFormatException e) {
      throw new UserError(e.getMessage());
    }
  }
}
