package org.electionatlas.model;

import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A county (shahrestan) of a province, the unit that numbers and runs polling stations.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class County implements Identified, Extensible {

  County() {}

  /** The county's id. */
  @Override
  public abstract String id();

  /** {@return the id of the province the county belongs to} */
  public abstract String province();

  /** {@return the county's name} */
  public abstract LocalizedName name();

  /** {@return the number of people eligible to vote in the county} */
  public abstract OptionalInt eligibleVoters();

  /**
   * Ids of the county in other datasets, by scheme.
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

  /** Builds {@link County} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableCounty.Builder {
    Builder() {}
  }
}
