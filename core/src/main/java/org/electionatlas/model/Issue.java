package org.electionatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the system of issues: a problem seen in earlier rounds, what it touches and how it
 * is being dealt with.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Issue implements Identified, Extensible {

  Issue() {}

  /** The issue's id. */
  @Override
  public abstract String id();

  /** {@return what the problem is} */
  public abstract LocalizedName title();

  /** {@return the area it belongs to} */
  public abstract IssueCategory category();

  /** {@return how much harm it can do} */
  public abstract IssueSeverity severity();

  /** {@return where the work on it stands} */
  public abstract IssueStatus status();

  /** {@return the ids of the provinces, counties, constituencies and stations it touches} */
  public abstract List<String> scope();

  /** {@return the ids of the earlier elections it was seen in} */
  public abstract List<String> observedIn();

  /** {@return how it is being dealt with} */
  public abstract Optional<LocalizedName> mitigation();

  /** {@return the id of the body responsible for it} */
  public abstract Optional<String> owner();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Issue} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableIssue.Builder {
    Builder() {}
  }
}
