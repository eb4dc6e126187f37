/**
 * Election Atlas's JSON: reading and writing atlases (whole or as a stream), the JSON Schema,
 * GeoJSON, CSV, reports in text, JSON and SARIF, and the bundled sample atlases.
 *
 * <p>Jackson reads and writes the model through mix-ins and codecs of this module, so the module is
 * opened to Jackson's databind; nothing else may reflect on it.
 */
module org.electionatlas.io {
  requires transitive org.electionatlas.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.electionatlas.io;

  opens org.electionatlas.io to
      tools.jackson.databind;
}
