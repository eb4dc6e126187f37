package org.electionatlas.generate;

/**
 * A small pseudo-random stream (SplitMix64) addressed by seed, purpose and index, so that any one
 * station's values can be drawn without drawing those before it. That is what lets the generator
 * produce stations on the fly, in any order and in parallel, and still give the same atlas for the
 * same seed.
 *
 * <p>Written out here rather than taken from {@link java.util.SplittableRandom}, whose algorithm
 * the JDK does not promise to keep: the generated atlases must stay the same across Java versions.
 *
 * <p>Not thread-safe: each draw advances the stream. Create one per use.
 */
final class SeededRandom {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  private SeededRandom(long state) {
    this.state = state;
  }

  /**
   * The stream for one purpose and index under a seed; equal arguments give equal streams, and
   * streams for different arguments are unrelated.
   */
  static SeededRandom of(long seed, Purpose purpose, long index) {
    return new SeededRandom(
        mix(mix(seed ^ (purpose.code() * GOLDEN_GAMMA)) + index * GOLDEN_GAMMA));
  }

  /** The next 64 random bits. */
  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** A number in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A number in [0, bound); {@code bound} must be positive. */
  int nextInt(int bound) {
    // Multiply-shift on the high 32 bits: unbiased enough for synthetic data, and branch-free.
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** A number in [min, max], both included. */
  int between(int min, int max) {
    return min + nextInt(max - min + 1);
  }

  /** The SplitMix64 finaliser: a bijection of 64-bit values that scatters nearby inputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
