package org.electionatlas.model;

import com.google.common.base.Preconditions;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who takes part in an event: a body of the atlas, a role described in words, or both.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participant implements Extensible {

  Participant() {}

  /** {@return the id of the participating body} */
  public abstract Optional<String> body();

  /** {@return the participants in words, such as "county governors of Yazd, Fars and Kerman"} */
  public abstract Optional<LocalizedName> role();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  final void check() {
    Preconditions.checkState(
        body().isPresent() || role().isPresent(), "a participant needs a body or a role");
  }

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Participant} values; {@code build()} fails when a required property is missing.
   */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
