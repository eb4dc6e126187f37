package org.electionatlas.testkit;

import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.model.Atlas;

/**
 * Atlases made for a test: a small valid one with one thing changed, or a generated one of any
 * size.
 *
 * <pre>{@code
 * Atlas unknownCounty = AtlasFixtures.valid().withStation(s -> s.county("nope")).build();
 * Atlas large = AtlasFixtures.generated(20_000, 7);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasFixtures {

  private AtlasFixtures() {}

  /**
   * {@return a fixture that starts from a small atlas the standard validator finds nothing in:
   * Kerman province with the counties Ravar and Anar, eight stations each ({@code ravar-0001} to
   * {@code anar-0008}), each county its own Majlis constituency, a training with a workshop, an
   * issue naming the high-risk station {@code anar-0008}, and the approved electronic voting of
   * {@code ravar-0001}}
   */
  public static AtlasFixture valid() {
    return AtlasFixture.of(SmallAtlas.VALID);
  }

  /**
   * {@return a fixture that starts from the given atlas, such as {@link Fixtures#kerman1402()}}
   *
   * @param atlas the atlas to change, not null
   */
  public static AtlasFixture from(Atlas atlas) {
    return AtlasFixture.of(atlas);
  }

  /**
   * {@return a synthetic atlas of Iran with exactly the given number of polling stations, valid
   * under the standard validator; the same for the same arguments} See {@link AtlasGenerator}.
   *
   * @param stations how many stations, from 0 to {@link AtlasGenerator#MAX_STATIONS}
   * @param seed the seed of the synthetic values
   * @throws IllegalArgumentException if {@code stations} is out of range
   */
  public static Atlas generated(int stations, long seed) {
    return AtlasGenerator.of(stations, seed).generate();
  }
}
