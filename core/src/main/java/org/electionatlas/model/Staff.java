package org.electionatlas.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Who works at a polling station on voting day: the officials who run it and the observers who
 * watch it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Staff implements Extensible {

  Staff() {}

  /**
   * {@return the number of officials who run the station (the law asks for five), never negative}
   */
  public abstract int officials();

  /** {@return the number of observers present, never negative} */
  public abstract int observers();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * {@return a staff count without extensions}
   *
   * @param observers the observers
   * @param officials the officials
   */
  public static Staff of(int officials, int observers) {
    return builder().officials(officials).observers(observers).build();
  }

  /** {@return a builder for a staff count} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Staff} values. */
  public static final class Builder extends ImmutableStaff.Builder {
    Builder() {}
  }
}
