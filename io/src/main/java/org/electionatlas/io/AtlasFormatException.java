package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

/**
 * An atlas document that cannot be read: not JSON, not UTF-8, or JSON that does not follow the
 * atlas format. Carries where the problem is — the source's name, the JSON pointer of the offending
 * value and its line and column — and what was expected, so that the message alone lets a person
 * fix the file:
 *
 * <pre>
 * stations.json:12:18: unknown property "nmae" in a polling station; did you mean "name"? (at /pollingStations/0/nmae)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The name of the source, as messages show it. */
  private final String source;

  /** The JSON pointer of the offending value. */
  private final String pointer;

  /** The line of the offending value, from 1. */
  private final int line;

  /** The column of the offending value, from 1. */
  private final int column;

  /** What is wrong and what was expected, with control characters escaped. */
  private final String problem;

  /** The whole one-line message. */
  private final String message;

  AtlasFormatException(String source, String pointer, int line, int column, String problem) {
    super(format(source, Printable.escape(pointer), line, column, Printable.escape(problem)));
    this.source = requireNonNull(source, "source");
    this.pointer = requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.problem = Printable.escape(problem);
    this.message = format(source, Printable.escape(pointer), line, column, this.problem);
  }

  private static String format(
      String source, String pointer, int line, int column, String problem) {
    return Printable.escape(source)
        + ":"
        + line
        + ":"
        + column
        + ": "
        + problem
        + " (at "
        + pointerOrRoot(pointer)
        + ")";
  }

  private static String pointerOrRoot(String pointer) {
    return pointer.isEmpty() ? "the top level" : pointer;
  }

  /** {@code source:line:column: problem (at pointer)} on one line, never null. */
  @Override
  public String getMessage() {
    return message;
  }

  /**
   * {@return the name of what was read: a file path, {@code -} for standard input, or a given name}
   */
  public String source() {
    return source;
  }

  /** {@return the JSON pointer of the offending value; empty for the document as a whole} */
  public String pointer() {
    return pointer;
  }

  /** {@return the line of the problem, counting from 1} */
  public int line() {
    return line;
  }

  /** {@return the column of the problem in characters (code points), counting from 1} */
  public int column() {
    return column;
  }

  /**
   * {@return what is wrong, without the location: {@code expected an integer but found a string}}
   * One line: control characters quoted from the document are shown as escapes such as {@code \n}.
   */
  public String problem() {
    return problem;
  }
}
