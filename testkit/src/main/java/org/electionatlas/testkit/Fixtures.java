package org.electionatlas.testkit;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;

/**
 * The bundled sample atlases, read once and shared: every call for a sample returns the same
 * instance, so tests can use the 2,400-station Kerman atlas freely. Atlases are immutable, so
 * sharing them between tests is safe.
 *
 * <pre>{@code
 * Atlas kerman = Fixtures.kerman1402();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fixtures {

  private static final ConcurrentMap<String, Atlas> LOADED = new ConcurrentHashMap<>();

  private Fixtures() {}

  /**
   * {@return {@code kerman-1402}: Kerman province for the election of 1 March 2024, with 25
   * counties and 2,400 polling stations}
   */
  public static Atlas kerman1402() {
    return sample("kerman-1402");
  }

  /** {@return {@code minimal}: the smallest valid atlas, one station in one county} */
  public static Atlas minimal() {
    return sample("minimal");
  }

  /**
   * {@return {@code iran-provinces}: Iran's 31 provinces with their ISO 3166-2:IR codes and names,
   * and the election of 1 March 2024; no counties or stations}
   */
  public static Atlas iranProvinces() {
    return sample("iran-provinces");
  }

  /**
   * {@return the bundled sample of the given name, as listed by {@link Samples#names()}}
   *
   * @param name the sample's name, such as {@code kerman-1402}, not null
   * @throws IllegalArgumentException if no sample has that name
   */
  public static Atlas sample(String name) {
    requireNonNull(name, "name");
    return LOADED.computeIfAbsent(name, Samples::load);
  }
}
