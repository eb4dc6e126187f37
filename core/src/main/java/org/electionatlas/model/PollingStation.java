package org.electionatlas.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A polling station (shobe-ye akhz-e ra'y): where voters of a county cast their ballots.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PollingStation implements Identified, Extensible {

  PollingStation() {}

  /** The station's id, unique in the atlas. */
  @Override
  public abstract String id();

  /** {@return the id of the county that runs the station} */
  public abstract String county();

  /** {@return the station's number, unique within its county; numbers restart in each county} */
  public abstract int number();

  /** {@return the station's name, usually the building it is in} */
  public abstract LocalizedName name();

  /** {@return the station's address} */
  public abstract Optional<String> address();

  /** {@return the city or village the station is in} */
  public abstract Optional<Settlement> settlement();

  /** {@return where the station is} */
  public abstract Optional<Location> location();

  /** {@return whether the station is fixed or mobile} */
  public abstract StationKind kind();

  /** {@return whether votes are cast on paper or electronically} */
  public abstract VotingMethod votingMethod();

  /** {@return how many voters the station expects} */
  public abstract int expectedVoters();

  /** {@return whether the station is step-free; absent when not known} */
  public abstract Optional<Boolean> accessible();

  /** {@return who works at the station} */
  public abstract Optional<Staff> staff();

  /** {@return the station's assessed security and integrity risk} */
  public abstract Optional<Risk> risk();

  /**
   * Ids of the station in other datasets, by scheme.
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
   * Builds {@link PollingStation} values; {@code build()} fails when a required property is
   * missing.
   */
  public static final class Builder extends ImmutablePollingStation.Builder {
    Builder() {}
  }
}
