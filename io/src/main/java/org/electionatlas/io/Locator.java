package org.electionatlas.io;

import java.util.Optional;

/**
 * Where a JSON pointer's value was found in a document: its line and column, or empty for a pointer
 * that names nothing there.
 */
@FunctionalInterface
public interface Locator {

  /**
   * {@return the location of the value at the pointer, or of the nearest enclosing value found}
   *
   * @param pointer the pointer
   */
  Optional<SourceLocation> locate(String pointer);
}
