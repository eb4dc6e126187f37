package org.electionatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.electionatlas.io.AtlasFormatException;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.io.CheckOptions;
import org.electionatlas.io.CheckedSource;
import org.electionatlas.io.CheckedSource.ReadFailure;
import org.electionatlas.io.ParsedAtlas;
import org.electionatlas.io.StationStream;
import org.electionatlas.io.internal.SafeText;
import org.electionatlas.validation.PreviousRound;
import org.electionatlas.validation.Validator;

/**
 * Reads the atlases a command is given: files, {@code -} for standard input.
 *
 * <p>The reader's limits are the library's defaults unless a system property raises or lowers one:
 * {@code atlas.maxNestingDepth}, {@code atlas.maxStringLength}, {@code atlas.maxDocumentLength},
 * {@code atlas.maxNumberLength}, {@code atlas.maxNameLength}, as in {@code
 * JAVA_OPTS=-Datlas.maxNestingDepth=200 ./atlas validate deep.json}.
 */
final class Inputs {

  private static final String PREFIX = "atlas.";

  private Inputs() {}

  /** The reader with the limits the system properties set, or the standard one. */
  static AtlasJson json() {
    if (System.getProperties().stringPropertyNames().stream().noneMatch(Inputs::isLimit)) {
      return AtlasJson.standard();
    }
    AtlasJson.Builder builder = AtlasJson.builder();
    limit("maxNestingDepth", n -> builder.maxNestingDepth(Math.toIntExact(n)));
    limit("maxStringLength", n -> builder.maxStringLength(Math.toIntExact(n)));
    limit("maxDocumentLength", builder::maxDocumentLength);
    limit("maxNumberLength", n -> builder.maxNumberLength(Math.toIntExact(n)));
    limit("maxNameLength", n -> builder.maxNameLength(Math.toIntExact(n)));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UserError("the system property " + PREFIX + e.getMessage());
    }
  }

  private static boolean isLimit(String property) {
    return property.startsWith(PREFIX + "max");
  }

  private static void limit(String name, LongConsumer set) {
    String value = System.getProperty(PREFIX + name);
    if (value == null) {
      return;
    }
    try {
      set.accept(Long.parseLong(value.strip()));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UserError(
          "the system property " + PREFIX + name + " must be a whole number, not '" + value + "'");
    }
  }

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

  /**
   * The bytes of a file or, for {@code -}, of standard input, up to the reader's document limit; a
   * clear error when unreadable or longer.
   */
  static byte[] read(String name, Terminal terminal, AtlasJson json) {
    return from(name, terminal, json::readDocument, json::readDocument);
  }

  /**
   * The previous round's atlas of a file or, for {@code -}, of standard input, for {@code validate
   * --previous}; a clear error when unreadable or not an atlas.
   */
  static PreviousRound previousRound(String name, Terminal terminal) {
    AtlasJson json = json();
    return from(name, terminal, json::readPreviousRound, json::readPreviousRound);
  }

  private interface FromStream<T> {
    T read(InputStream in, String name) throws IOException;
  }

  private interface FromFile<T> {
    T read(Path path) throws IOException;
  }

  /** Reads standard input ({@code -}) or a file; a clear error when unreadable or malformed. */
  private static <T> T from(
      String name, Terminal terminal, FromStream<T> fromStream, FromFile<T> fromFile) {
    try {
      if (name.equals("-")) {
        return fromStream.read(terminal.in(), name);
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        throw unreadable(name, "it is a directory, not an atlas file");
      }
      return fromFile.read(path);
    } catch (AtlasFormatException e) {
      throw new Unreadable(name, ReadFailure.of(e), e.getMessage());
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
        name,
        ReadFailure.of("cannot read the file: " + why),
        "cannot read " + SafeText.terminal(name) + ": " + why);
  }

  /**
   * A file (or standard input) checked as a stream, never held whole; an unreadable source is
   * reported as such, not thrown.
   */
  static CheckedSource check(
      String name, Terminal terminal, Validator validator, CheckOptions options) {
    AtlasJson json = json();
    if (name.equals("-")) {
      return json.check(terminal.in(), name, validator, options);
    }
    try {
      return json.check(Path.of(name), validator, options);
    } catch (java.nio.file.InvalidPathException e) {
      return new CheckedSource.Unreadable(
          name, ReadFailure.of("cannot read the file: " + e.getReason()));
    }
  }

  /** A file (or standard input) read as an atlas; a clear error when it is not one. */
  static ParsedAtlas parse(String name, Terminal terminal) {
    AtlasJson json = json();
    byte[] bytes = read(name, terminal, json);
    try {
      return json.parse(bytes, name);
    } catch (AtlasFormatException e) {
      throw new Unreadable(name, ReadFailure.of(e), e.getMessage());
    }
  }

  /**
   * A file (or standard input) opened as a stream of stations, its frame read; a clear error when
   * it is unreadable or its frame is not an atlas. Close it when done (that deletes the copy of
   * standard input).
   */
  static StationStream stream(String name, Terminal terminal) {
    AtlasJson json = json();
    return from(name, terminal, json::stream, json::stream);
  }

  /** What a command does with each station of a stream; it may fail to write. */
  @FunctionalInterface
  interface Visitor {
    void visit(StationStream.StreamedStation station) throws IOException;
  }

  /**
   * Reads the stations of a stream, handing each to the visitor and saying how far it has got.
   *
   * @return how many stations there were
   * @throws IOException only when the visitor throws it (writing failed): a station that is not
   *     valid, or a file that cannot be read, is a clear error naming the source
   */
  static int stations(StationStream stream, Progress progress, Visitor visitor) throws IOException {
    String name = stream.source();
    try {
      return stream.forEachStation(
          station -> {
            try {
              visitor.visit(station);
            } catch (IOException e) {
              throw new VisitorFailed(e);
            }
            progress.at(station.bytesRead(), stream.size(), station.index() + 1L);
          });
    } catch (VisitorFailed e) {
      throw e.failure;
    } catch (AtlasFormatException e) {
      throw new Unreadable(name, ReadFailure.of(e), e.getMessage());
    } catch (IOException e) {
      throw unreadable(name, String.valueOf(e.getMessage()));
    }
  }

  /** Carries what the visitor threw past the reading, which would take it for a read failure. */
  private static final class VisitorFailed extends IOException {
    private static final long serialVersionUID = 1L;
    private final IOException failure;

    VisitorFailed(IOException failure) {
      super(failure);
      this.failure = failure;
    }
  }
}
