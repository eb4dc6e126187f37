package org.electionatlas.model;

import java.util.Map;

/**
 * An object of the atlas that may carry {@code extensions}: free-form data that the library reads,
 * keeps and writes back unchanged, the place for a user's own fields.
 */
public interface Extensible {

  /** {@return the extension members in the order they were read; empty when there are none} */
  Map<String, ExtensionValue> extensions();
}
