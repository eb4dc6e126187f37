package org.electionatlas.io;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.electionatlas.model.Atlas;

/**
 * The sample atlases bundled with the library: a user's starting point and the fixtures of the
 * tests.
 *
 * <ul>
 *   <li>{@code kerman-1402}: Kerman province for the election of 1 March 2024, with its 25
 *       counties, 9 Majlis constituencies and 2,400 polling stations (positions and counts
 *       synthetic), the regional training of July 2023, the issues of earlier rounds and the
 *       pending approval of electronic voting in the city of Kerman.
 *   <li>{@code minimal}: the smallest valid atlas, one station in one county.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Samples {

  /** The sample a user gets when naming none. */
  public static final String DEFAULT = "kerman-1402";

  private static final Map<String, String> DESCRIPTIONS =
      ImmutableMap.of(
          "kerman-1402",
          "Kerman province, 1 March 2024: 25 counties, 2,400 polling stations (synthetic"
              + " positions), the July 2023 training, issues and the pending e-voting approval",
          "minimal",
          "the smallest valid atlas: one station in one county",
          "iran-provinces",
          "the 31 provinces of Iran with ISO 3166-2:IR codes and Persian and English names,"
              + " and the election of 1 March 2024; no counties or stations");

  private Samples() {}

  /** The names of the bundled samples with a line describing each. */
  public static Map<String, String> descriptions() {
    return DESCRIPTIONS;
  }

  /** The names of the bundled samples. */
  public static Set<String> names() {
    return DESCRIPTIONS.keySet();
  }

  /** The file name a sample is written under, such as {@code kerman-1402.json}. */
  public static String fileName(String name) {
    return name + ".json";
  }

  /**
   * The bytes of a sample's canonical document.
   *
   * @throws IllegalArgumentException if there is no sample of that name
   */
  public static byte[] bytes(String name) {
    if (!DESCRIPTIONS.containsKey(name)) {
      throw new IllegalArgumentException(
          "no sample named \"" + name + "\"; the samples are " + String.join(", ", names()));
    }
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + fileName(name))) {
      if (in == null) {
        throw new IllegalStateException("the sample " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sample, read.
   *
   * @throws IllegalArgumentException if there is no sample of that name
   */
  public static Atlas load(String name) {
    return AtlasJson.standard().parse(bytes(name), fileName(name)).atlas();
  }
}
