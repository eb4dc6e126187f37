package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

import org.electionatlas.model.Atlas;

/**
 * An atlas together with where each of its values stood in the document it was read from, so that
 * findings about the atlas can be reported as {@code file:line:column}.
 *
 * @param atlas the atlas read
 * @param sourceMap where each value was found
 */
public record ParsedAtlas(Atlas atlas, SourceMap sourceMap) {

  /**
   * Checks that neither part is null.
   *
   * @param atlas the atlas
   * @param sourceMap the source map
   */
  public ParsedAtlas {
    requireNonNull(atlas, "atlas");
    requireNonNull(sourceMap, "sourceMap");
  }
}
