package org.electionatlas.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The person who heads a body.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Head implements Extensible {

  Head() {}

  /** {@return the person's name} */
  public abstract LocalizedName name();

  /** {@return the person's title, such as "head of the provincial election headquarters"} */
  public abstract Optional<LocalizedName> title();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Head} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableHead.Builder {
    Builder() {}
  }
}
