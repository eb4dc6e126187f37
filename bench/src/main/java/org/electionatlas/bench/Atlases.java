package org.electionatlas.bench;

import java.nio.charset.StandardCharsets;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;

/** The generated atlases the JMH benchmarks measure: one seed, so every run sees the same data. */
final class Atlases {

  /** The seed of every benchmark atlas; bench/run uses it too. */
  static final long SEED = 1;

  private Atlases() {}

  static Atlas model(int stations) {
    return AtlasGenerator.of(stations, SEED).generate();
  }

  static byte[] document(int stations) {
    return AtlasJson.standard().write(model(stations)).getBytes(StandardCharsets.UTF_8);
  }
}
