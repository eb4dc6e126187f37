/**
 * The examples as an embedder that uses modules writes them: reading {@code org.electionatlas.io}
 * (which brings the core) and nothing else. ModulePathTest runs one on the module path.
 */
module org.electionatlas.examples {
  requires org.electionatlas.io;
  requires static org.jspecify;
}
