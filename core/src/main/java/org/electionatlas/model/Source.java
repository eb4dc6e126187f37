package org.electionatlas.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document the data of an atlas was taken from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source implements Extensible {

  Source() {}

  /** {@return the document's title} */
  public abstract String title();

  /** {@return where the document can be found} */
  public abstract Optional<String> url();

  /** {@return when the document was published} */
  public abstract Optional<LocalDate> published();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
