package org.electionatlas.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The security and integrity risk assessed for a polling station, with an optional note on why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Risk implements Extensible {

  Risk() {}

  /** {@return how high the risk is} */
  public abstract RiskLevel level();

  /** {@return why the risk is what it is} */
  public abstract Optional<String> note();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * {@return a risk level without a note}
   *
   * @param level the level
   */
  public static Risk of(RiskLevel level) {
    return builder().level(level).build();
  }

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Risk} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }
}
