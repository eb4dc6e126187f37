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

  /** {@return the names of the bundled samples with a line describing each} */
  public static Map<String, String> descriptions() {
    return DESCRIPTIONS;
  }

  /** {@return the names of the bundled samples} */
  public static Set<String> names() {
    return DESCRIPTIONS.keySet();
  }

  /**
   * {@return the file name a sample is written under, such as {@code kerman-1402.json}}
   *
   * @param name the name of the sample, not null
   */
  public static String fileName(String name) {
    return name + ".json";
  }

  /**
   * {@return how messages name a sample read from the library rather than from a file, such as
   * {@code kerman-1402 (bundled sample)}} There is no file {@code kerman-1402.json} to open until
   * {@code atlas sample} writes one, so a message does not pretend there is.
   *
   * @param name the name of the sample, not null
   */
  public static String sourceName(String name) {
    return name + " (bundled sample)";
  }

  /**
   * {@return the bytes of a sample's canonical document}
   *
   * @param name the name
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
   * {@return a sample, read}
   *
   * @param name the name
   * @throws IllegalArgumentException if there is no sample of that name
   */
  public static Atlas load(String name) {
    return AtlasJson.standard().parse(bytes(name), sourceName(name)).atlas();
  }
}
