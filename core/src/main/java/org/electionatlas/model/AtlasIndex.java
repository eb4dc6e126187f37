package org.electionatlas.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Lookups over one {@link Atlas}: entities by id, the position of an entity in its list, and the
 * relations between parents and children. Built once per atlas ({@link Atlas#index()}) in time
 * linear in the atlas's size, so that callers never rebuild maps or search lists.
 *
 * <p>Where ids repeat within a kind (an error the validator reports), lookups return the first
 * entity with the id. Relations are listed in document order and include children whose parent does
 * not exist, under the id they name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasIndex {

  private final Atlas atlas;
  private final Map<EntityKind, ImmutableMap<String, Integer>> positions;
  private final ImmutableListMultimap<String, PollingStation> stationsByCounty;
  private final ImmutableListMultimap<String, County> countiesByProvince;
  private final ImmutableListMultimap<String, Constituency> constituenciesByCounty;
  private final ImmutableListMultimap<String, Event> eventsByParent;
  private final ImmutableListMultimap<String, Body> bodiesByParent;

  AtlasIndex(Atlas atlas) {
    this.atlas = atlas;
    this.positions = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      List<? extends Identified> entities = kind.entitiesOf(atlas);
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < entities.size(); i++) {
        first.putIfAbsent(entities.get(i).id(), i);
      }
      positions.put(kind, ImmutableMap.copyOf(first));
    }
    ImmutableListMultimap.Builder<String, PollingStation> stations =
        ImmutableListMultimap.builder();
    atlas.pollingStations().forEach(s -> stations.put(s.county(), s));
    this.stationsByCounty = stations.build();
    ImmutableListMultimap.Builder<String, County> counties = ImmutableListMultimap.builder();
    atlas.counties().forEach(c -> counties.put(c.province(), c));
    this.countiesByProvince = counties.build();
    ImmutableListMultimap.Builder<String, Constituency> constituencies =
        ImmutableListMultimap.builder();
    atlas
        .constituencies()
        .forEach(c -> c.counties().forEach(county -> constituencies.put(county, c)));
    this.constituenciesByCounty = constituencies.build();
    ImmutableListMultimap.Builder<String, Event> events = ImmutableListMultimap.builder();
    atlas.events().forEach(e -> e.parent().ifPresent(parent -> events.put(parent, e)));
    this.eventsByParent = events.build();
    ImmutableListMultimap.Builder<String, Body> bodies = ImmutableListMultimap.builder();
    atlas.bodies().forEach(b -> b.parent().ifPresent(parent -> bodies.put(parent, b)));
    this.bodiesByParent = bodies.build();
  }

  /**
   * {@return the position of the first entity of the kind with the id in its list, if there is one}
   *
   * @param id the id
   * @param kind the kind
   */
  public OptionalInt position(EntityKind kind, String id) {
    Integer position = positionsOf(kind).get(id);
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * {@return whether an entity of the kind has the id}
   *
   * @param id the id
   * @param kind the kind
   */
  public boolean contains(EntityKind kind, String id) {
    return positionsOf(kind).containsKey(id);
  }

  /**
   * {@return the kinds of the entities that have the id; empty when none has it}
   *
   * @param id the id
   */
  public Set<EntityKind> kindsOf(String id) {
    ImmutableSet.Builder<EntityKind> kinds = ImmutableSet.builder();
    for (EntityKind kind : EntityKind.values()) {
      if (contains(kind, id)) {
        kinds.add(kind);
      }
    }
    return kinds.build();
  }

  /**
   * {@return the first entity of the kind with the id}
   *
   * @param id the id
   * @param kind the kind
   */
  public Optional<? extends Identified> find(EntityKind kind, String id) {
    return lookup(kind, id, Identified.class);
  }

  /**
   * {@return the province with the id}
   *
   * @param id the id
   */
  public Optional<Province> province(String id) {
    return lookup(EntityKind.PROVINCE, id, Province.class);
  }

  /**
   * {@return the county with the id}
   *
   * @param id the id
   */
  public Optional<County> county(String id) {
    return lookup(EntityKind.COUNTY, id, County.class);
  }

  /**
   * {@return the constituency with the id}
   *
   * @param id the id
   */
  public Optional<Constituency> constituency(String id) {
    return lookup(EntityKind.CONSTITUENCY, id, Constituency.class);
  }

  /**
   * {@return the polling station with the id}
   *
   * @param id the id
   */
  public Optional<PollingStation> station(String id) {
    return lookup(EntityKind.POLLING_STATION, id, PollingStation.class);
  }

  /**
   * {@return the body with the id}
   *
   * @param id the id
   */
  public Optional<Body> body(String id) {
    return lookup(EntityKind.BODY, id, Body.class);
  }

  /**
   * {@return the event with the id}
   *
   * @param id the id
   */
  public Optional<Event> event(String id) {
    return lookup(EntityKind.EVENT, id, Event.class);
  }

  /**
   * {@return the issue with the id}
   *
   * @param id the id
   */
  public Optional<Issue> issue(String id) {
    return lookup(EntityKind.ISSUE, id, Issue.class);
  }

  /**
   * {@return the approval with the id}
   *
   * @param id the id
   */
  public Optional<Approval> approval(String id) {
    return lookup(EntityKind.APPROVAL, id, Approval.class);
  }

  /**
   * {@return the polling stations that name the county, in document order}
   *
   * @param countyId the county id
   */
  public List<PollingStation> stationsOf(String countyId) {
    return stationsByCounty.get(countyId);
  }

  /**
   * {@return the counties that name the province, in document order}
   *
   * @param provinceId the province id
   */
  public List<County> countiesOf(String provinceId) {
    return countiesByProvince.get(provinceId);
  }

  /**
   * {@return the constituencies, of any contest, that list the county, in document order}
   *
   * @param countyId the county id
   */
  public List<Constituency> constituenciesOf(String countyId) {
    return constituenciesByCounty.get(countyId);
  }

  /**
   * {@return the events that name the event as their parent, in document order}
   *
   * @param eventId the event id
   */
  public List<Event> childrenOf(String eventId) {
    return eventsByParent.get(eventId);
  }

  /**
   * {@return the bodies that name the body as their parent, in document order}
   *
   * @param bodyId the body id
   */
  public List<Body> subordinatesOf(String bodyId) {
    return bodiesByParent.get(bodyId);
  }

  /**
   * {@return the province of the station's county, when both exist}
   *
   * @param station the station
   */
  public Optional<Province> provinceOf(PollingStation station) {
    return county(station.county()).flatMap(county -> province(county.province()));
  }

  private ImmutableMap<String, Integer> positionsOf(EntityKind kind) {
    return requireNonNull(positions.get(kind), "every kind is indexed");
  }

  private <T> Optional<T> lookup(EntityKind kind, String id, Class<T> type) {
    Integer position = positionsOf(kind).get(id);
    return position == null
        ? Optional.empty()
        : Optional.of(type.cast(kind.entitiesOf(atlas).get(position)));
  }
}
