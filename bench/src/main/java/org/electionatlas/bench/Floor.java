package org.electionatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor: a plain Jackson streaming pass over an atlas file that reads every token and decodes
 * its value, as any reader of the file must, and does nothing else. No reader of the format can be
 * faster than this by much, so the other measurements are stated as multiples of it.
 *
 * <p>{@code java -cp benchmarks.jar org.electionatlas.bench.Floor FILE}
 */
public final class Floor {

  private Floor() {}

  /** Reads the file named by the only argument and prints how many tokens it holds. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long tokens = 0;
    // Summed so that decoding each value is work the JIT cannot leave out.
    long checksum = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = new JsonFactory().createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
        switch (token) {
          case PROPERTY_NAME:
          case VALUE_STRING:
            checksum += parser.getString().length();
            break;
          case VALUE_NUMBER_INT:
            checksum += parser.getLongValue();
            break;
          case VALUE_NUMBER_FLOAT:
            checksum += (long) parser.getDoubleValue();
            break;
          default:
            break;
        }
      }
    }
    System.out.printf(Locale.ROOT, "floor: %,d tokens (checksum %d)%n", tokens, checksum);
  }
}
