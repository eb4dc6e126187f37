package org.electionatlas.validation;

/**
 * A place in the document an atlas was read from: line and column, both counting from 1, the column
 * in characters (code points) so that it agrees with what an editor shows for Persian text.
 *
 * @param line the line, from 1
 * @param column the column in code points, from 1
 */
public record SourceLocation(int line, int column) {

  /**
   * Checks that both numbers count from 1.
   *
   * @param line the line of the offending value, from 1
   * @param column the column of the offending value in code points, from 1
   * @throws IllegalArgumentException if either is less than 1
   */
  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
