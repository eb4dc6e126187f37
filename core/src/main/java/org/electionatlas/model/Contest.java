package org.electionatlas.model;

import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One contest held on an election day, such as the 12th Majlis election.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contest implements Extensible {

  Contest() {}

  /** {@return what is being elected} */
  public abstract ContestKind kind();

  /** {@return the term number, such as 12 for the 12th Majlis; absent for a referendum} */
  public abstract OptionalInt term();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * {@return a contest with its term number}
   *
   * @param kind the kind
   * @param term the term
   */
  public static Contest of(ContestKind kind, int term) {
    return builder().kind(kind).term(term).build();
  }

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Contest} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableContest.Builder {
    Builder() {}
  }
}
