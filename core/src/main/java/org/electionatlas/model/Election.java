package org.electionatlas.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The election an atlas prepares: one voting day on which one or more contests are held.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Election implements Identified, Extensible {

  Election() {}

  /** The election's id, also used to name it from other elections' issues. */
  @Override
  public abstract String id();

  /** {@return the election's name} */
  public abstract LocalizedName name();

  /** {@return the voting day, in the Gregorian calendar} */
  public abstract LocalDate votingDay();

  /** {@return the time zone of the election's local times; {@code Asia/Tehran} unless given} */
  @Value.Default
  public ZoneId timeZone() {
    return ZoneId.of("Asia/Tehran");
  }

  /** {@return the contests held on the voting day} */
  public abstract List<Contest> contests();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Election} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableElection.Builder {
    Builder() {}
  }
}
