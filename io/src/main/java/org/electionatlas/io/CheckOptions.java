package org.electionatlas.io;

import static java.util.Objects.requireNonNull;

/**
 * How {@link AtlasJson#check(java.nio.file.Path, org.electionatlas.validation.Validator,
 * CheckOptions)} checks a source beyond what the validator says: how many findings of each rule the
 * report holds, and whom to tell how far the reading has got.
 *
 * <pre>{@code
 * CheckOptions options =
 *     CheckOptions.defaults()
 *         .withMaxFindingsPerRule(100)
 *         .withProgress((read, total, stations) -> System.err.print("\r" + read * 100 / total + "%"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckOptions {

  /** Told how far a check has read its source. */
  @FunctionalInterface
  public interface Progress {

    /**
     * Says how far a check has got; called after each station, on the checking thread, so it should
     * be quick.
     *
     * @param bytesRead the bytes of the source read so far
     * @param bytesTotal the length of the source in bytes
     * @param stations the stations checked so far
     */
    void read(long bytesRead, long bytesTotal, long stations);
  }

  private static final Progress SILENT = (read, total, stations) -> {};

  private static final CheckOptions DEFAULTS = new CheckOptions(Integer.MAX_VALUE, SILENT);

  private final int maxFindingsPerRule;
  private final Progress progress;

  private CheckOptions(int maxFindingsPerRule, Progress progress) {
    this.maxFindingsPerRule = maxFindingsPerRule;
    this.progress = progress;
  }

  /** {@return every finding held, and no one told of progress: what the plain checks do} */
  public static CheckOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these options with a report that holds, of each rule's findings, the first {@code max}
   * in the report's order and counts the rest, so that a million findings check in a small heap}
   *
   * @param max at least 1; {@link Integer#MAX_VALUE} holds every finding
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public CheckOptions withMaxFindingsPerRule(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a report holds at least one finding a rule");
    }
    return new CheckOptions(max, progress);
  }

  /**
   * {@return these options, telling the listener how far the reading has got}
   *
   * @param listener told after each station, not null
   */
  public CheckOptions withProgress(Progress listener) {
    return new CheckOptions(maxFindingsPerRule, requireNonNull(listener, "listener"));
  }

  /** {@return how many findings of one rule the report holds at most} */
  public int maxFindingsPerRule() {
    return maxFindingsPerRule;
  }

  /** {@return whom a check tells how far it has got} */
  public Progress progress() {
    return progress;
  }
}
