package org.electionatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;

/**
 * Loads an atlas file fully into the model, as {@code atlas validate} does before its rules run:
 * the reader's strict checks and its map of where each value was found included.
 *
 * <p>{@code java -cp benchmarks.jar org.electionatlas.bench.Load FILE}
 */
public final class Load {

  private Load() {}

  /** Loads the file named by the only argument and prints how many stations it holds. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Atlas atlas = AtlasJson.standard().parse(Files.readAllBytes(file), file.toString()).atlas();
    System.out.printf(Locale.ROOT, "load: %,d polling stations%n", atlas.pollingStations().size());
  }
}
