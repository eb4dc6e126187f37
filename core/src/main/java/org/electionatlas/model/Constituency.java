package org.electionatlas.model;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A constituency (hoze-ye entekhabiye) of one contest: the counties that elect a number of seats
 * together.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Constituency implements Identified, Extensible {

  Constituency() {}

  /** The constituency's id. */
  @Override
  public abstract String id();

  /** {@return the contest the constituency belongs to} */
  public abstract ContestKind contest();

  /** {@return the constituency's name} */
  public abstract LocalizedName name();

  /** {@return the ids of the counties that make it up} */
  public abstract List<String> counties();

  /** {@return the number of seats it elects; at least one} */
  public abstract int seats();

  /**
   * Ids of the constituency in other datasets, by scheme.
   *
   * @return the ids by scheme; empty when there are none
   */
  public abstract Map<String, String> externalIds();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Constituency} values; {@code build()} fails when a required property is missing.
   */
  public static final class Builder extends ImmutableConstituency.Builder {
    Builder() {}
  }
}
