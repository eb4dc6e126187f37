package org.electionatlas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.electionatlas.io.AtlasFormatException;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckedSource.ReadFailure;
import org.electionatlas.io.ParsedAtlas;

/** Reads the atlases a command is given: files, {@code -} for standard input. */
final class Inputs {

  private Inputs() {}

  /** A source that could not be read as an atlas, with why; shown as a user error. */
  static final class Unreadable extends UserError {
    private static final long serialVersionUID = 1L;
    private final transient ReadFailure failure;

    Unreadable(String source, ReadFailure failure, String message) {
      super(message);
      this.failure = failure;
    }

    ReadFailure failure() {
      return failure;
    }
  }

  /** The bytes of a file or, for {@code -}, of standard input; a clear error when unreadable. */
  static byte[] read(String name, Terminal terminal) {
    try {
      if (name.equals("-")) {
        return terminal.in().readAllBytes();
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        throw unreadable(name, "it is a directory, not an atlas file");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw unreadable(name, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(name, "permission denied");
    } catch (IOException e) {
      throw unreadable(name, String.valueOf(e.getMessage()));
    }
  }

  private static Unreadable unreadable(String name, String why) {
    return new Unreadable(
        name, ReadFailure.of("cannot read the file: " + why), "cannot read " + name + ": " + why);
  }

  /** A file (or standard input) read as an atlas; a clear error when it is not one. */
  static ParsedAtlas parse(String name, Terminal terminal) {
    byte[] bytes = read(name, terminal);
    try {
      return AtlasJson.standard().parse(bytes, name);
    } catch (AtlasFormatException e) {
      throw new Unreadable(name, ReadFailure.of(e), e.getMessage());
    }
  }
}
