package org.electionatlas.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The city or village in which a polling station stands.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Settlement implements Extensible {

  Settlement() {}

  /** {@return the settlement's name} */
  public abstract LocalizedName name();

  /** {@return whether it is a city or a village} */
  public abstract SettlementKind kind();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Settlement} values; {@code build()} fails when a required property is missing.
   */
  public static final class Builder extends ImmutableSettlement.Builder {
    Builder() {}
  }
}
