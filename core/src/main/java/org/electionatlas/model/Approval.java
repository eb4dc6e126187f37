package org.electionatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An approval that some part of the election waits on, such as the Guardian Council's approval of
 * electronic voting in a city.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Approval implements Identified, Extensible {

  Approval() {}

  /** The approval's id. */
  @Override
  public abstract String id();

  /** {@return what it allows} */
  public abstract ApprovalSubject subject();

  /** {@return the ids of the provinces, counties and stations it covers} */
  public abstract List<String> scope();

  /**
   * {@return when not empty, the approval covers only the stations in scope whose settlement has
   * one of these names (such as the city of Kerman within Kerman county)}
   */
  public abstract List<LocalizedName> settlements();

  /** {@return the id of the body that decides it} */
  public abstract String authority();

  /** {@return where it stands} */
  public abstract ApprovalStatus status();

  /** {@return when it was asked for} */
  public abstract Optional<LocalDate> requestedOn();

  /** {@return when it was decided} */
  public abstract Optional<LocalDate> decidedOn();

  /**
   * Anything else about it.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Approval} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableApproval.Builder {
    Builder() {}
  }
}
