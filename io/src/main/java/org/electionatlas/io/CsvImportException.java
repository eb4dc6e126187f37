package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.electionatlas.io.internal.SafeText;

/**
 * A station CSV that cannot be imported, with every problem found in it, each on its line. Nothing
 * of the file is imported when there is one.
 */
public final class CsvImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem of the file: a bad row, a bad header, text that is not CSV or not UTF-8.
   *
   * @param source how the file is named, such as its path
   * @param line the line, 1 for the header; a row that spans lines is named by its first
   * @param message what is wrong, in a sentence a person can act on
   */
  public record Problem(String source, int line, String message) {

    /**
     * Checks that nothing is null.
     *
     * @param line the line
     * @param message the message
     * @param source the source
     */
    public Problem {
      requireNonNull(source, "source");
      requireNonNull(message, "message");
    }

    /** {@code stations.csv:12: message}, as compilers and editors print locations. */
    @Override
    public String toString() {
      return SafeText.terminal(source) + ":" + line + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  CsvImportException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    return problems.size() == 1
        ? problems.get(0).toString()
        : problems.size() + " problems, the first " + problems.get(0);
  }

  /** {@return every problem, in the order of the file} */
  public List<Problem> problems() {
    return problems;
  }
}
