package org.electionatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The root of the model: one election and everything that prepares it, as read from or written to
 * one atlas document.
 *
 * <p>An atlas is a plain collection of entities that refer to each other by id; it may be
 * inconsistent (a station naming a county that does not exist, two stations with one number), and
 * the validator reports such findings rather than the builder refusing them. {@link #index()} gives
 * the lookups that validation and embedders need.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Atlas implements Extensible {

  /** The version of the atlas format this model reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  Atlas() {}

  /** {@return the version of the atlas format, always {@value #SCHEMA_VERSION}} */
  public final int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** {@return the election the atlas prepares} */
  public abstract Election election();

  /** {@return the provinces, in document order} */
  public abstract List<Province> provinces();

  /** {@return the counties, in document order} */
  public abstract List<County> counties();

  /** {@return the constituencies of every contest, in document order} */
  public abstract List<Constituency> constituencies();

  /** {@return the polling stations, in document order} */
  public abstract List<PollingStation> pollingStations();

  /** {@return the bodies that run, supervise and support the election, in document order} */
  public abstract List<Body> bodies();

  /** {@return the events that prepare the election, in document order} */
  public abstract List<Event> events();

  /** {@return the known issues of earlier rounds, in document order} */
  public abstract List<Issue> issues();

  /** {@return the approvals the election waits on, in document order} */
  public abstract List<Approval> approvals();

  /** {@return where the data came from} */
  public abstract Optional<Provenance> provenance();

  @Override
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * Lookups by id and between parents and children, computed once on first use.
   *
   * @return the index of this atlas, made once
   */
  @Value.Lazy
  public AtlasIndex index() {
    return new AtlasIndex(this);
  }

  /** {@return an empty builder; the election must be set before {@code build()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Atlas} values. */
  public static final class Builder extends ImmutableAtlas.Builder {
    Builder() {}
  }
}
