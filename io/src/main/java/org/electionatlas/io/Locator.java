package org.electionatlas.io;

import org.electionatlas.validation.SourceLocation;
import java.util.Optional;

/**
 * Where a JSON pointer's value was found in a document: its line and column, or empty for a pointer
 * that names nothing there.
 */
@FunctionalInterface
public interface Locator {

  /** The location of the value at the pointer, or of the nearest enclosing value found. */
  Optional<SourceLocation> locate(String pointer);
}
