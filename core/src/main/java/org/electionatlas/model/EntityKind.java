package org.electionatlas.model;

import java.util.List;
import java.util.function.Function;

/** The kinds of identified entities an atlas holds, each with the member that lists them. */
public enum EntityKind {
  /** {@link Province}, listed in {@code provinces}. */
  PROVINCE("provinces", "province", Atlas::provinces),
  /** {@link County}, listed in {@code counties}. */
  COUNTY("counties", "county", Atlas::counties),
  /** {@link Constituency}, listed in {@code constituencies}. */
  CONSTITUENCY("constituencies", "constituency", Atlas::constituencies),
  /** {@link PollingStation}, listed in {@code pollingStations}. */
  POLLING_STATION("pollingStations", "polling station", Atlas::pollingStations),
  /** {@link Body}, listed in {@code bodies}. */
  BODY("bodies", "body", Atlas::bodies),
  /** {@link Event}, listed in {@code events}. */
  EVENT("events", "event", Atlas::events),
  /** {@link Issue}, listed in {@code issues}. */
  ISSUE("issues", "issue", Atlas::issues),
  /** {@link Approval}, listed in {@code approvals}. */
  APPROVAL("approvals", "approval", Atlas::approvals);

  private final String member;
  private final String noun;
  private final Function<Atlas, List<? extends Identified>> entities;

  EntityKind(String member, String noun, Function<Atlas, List<? extends Identified>> entities) {
    this.member = member;
    this.noun = noun;
    this.entities = entities;
  }

  /**
   * {@return the name of the atlas member that lists entities of this kind, such as {@code
   * counties}}
   */
  public String member() {
    return member;
  }

  /** {@return the kind in words, for messages: {@code polling station}} */
  public String noun() {
    return noun;
  }

  /**
   * {@return the JSON pointer of the entity at the given position, such as {@code /counties/3}}
   *
   * @param position the position
   */
  public String pointer(int position) {
    return "/" + member + "/" + position;
  }

  /**
   * {@return the entities of this kind in the atlas, in document order}
   *
   * @param atlas the atlas
   */
  public List<? extends Identified> entitiesOf(Atlas atlas) {
    return entities.apply(atlas);
  }
}
