package org.electionatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event that prepares the election: a training, a workshop, a meeting, a deadline. Events nest:
 * a training holds its opening, workshops and closing as child events.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Event implements Identified, Extensible {

  Event() {}

  /** The event's id. */
  @Override
  public abstract String id();

  /** {@return the id of the event this one is part of} */
  public abstract Optional<String> parent();

  /** {@return what kind of event it is} */
  public abstract EventKind kind();

  /** {@return the event's title} */
  public abstract LocalizedName title();

  /** {@return when it starts} */
  public abstract EventTime start();

  /** {@return when it ends; a date alone means the end of that day} */
  public abstract EventTime end();

  /** {@return the id of the body that organises it} */
  public abstract Optional<String> organizer();

  /** {@return who takes part} */
  public abstract List<Participant> participants();

  /** {@return the ids of the provinces involved} */
  public abstract List<String> provinces();

  /** {@return what it is about} */
  public abstract List<LocalizedName> topics();

  /** {@return the strategies it serves} */
  public abstract List<Strategy> strategies();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /** {@return an empty builder; every required property must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Event} values; {@code build()} fails when a required property is missing. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
