package org.electionatlas.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that runs, supervises or supports the election, such as a headquarters or the
 * Guardian Council.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Body implements Identified, Extensible {

  Body() {}

  /** The body's id. */
  @Override
  public abstract String id();

  /** {@return what kind of organisation it is} */
  public abstract BodyKind kind();

  /** {@return the level of government it works at} */
  public abstract BodyLevel level();

  /** {@return the id of the province or county it works for; absent for a national body} */
  public abstract Optional<String> jurisdiction();

  /** {@return the id of the body it works under} */
  public abstract Optional<String> parent();

  /** {@return the body's name} */
  public abstract LocalizedName name();

  /** {@return who heads it} */
  public abstract Optional<Head> head();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Body} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableBody.Builder {
    Builder() {}
  }
}
