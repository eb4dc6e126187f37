package org.electionatlas.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.Event;
import org.electionatlas.model.Identified;
import org.electionatlas.model.PollingStation;

/**
 * An atlas to be, changed one thing at a time: start from {@link AtlasFixtures#valid()}, make the
 * change a test is about, {@link #build()}.
 *
 * <pre>{@code
 * Atlas atlas = AtlasFixtures.valid().withStation(s -> s.county("nope")).build();
 * }</pre>
 *
 * <p>Each method changes exactly what it says and nothing else; consequences are left for the
 * validator to find. Removing a county leaves its stations naming it; adding a station does not
 * raise its province's declared count. The methods that take an entity replace the entity with the
 * same id, or add it when there is none.
 *
 * <p>This class is immutable and thread-safe: every method returns a new fixture.
 */
public final class AtlasFixture {

  private final Atlas atlas;

  private AtlasFixture(Atlas atlas) {
    this.atlas = atlas;
  }

  /** A fixture that starts from the atlas. */
  static AtlasFixture of(Atlas atlas) {
    return new AtlasFixture(requireNonNull(atlas, "atlas"));
  }

  /**
   * With the station replacing the station of the same id, or added after the others.
   *
   * @param station the station, not null
   * @return a new fixture with the change; this one is unchanged
   */
  public AtlasFixture withStation(PollingStation station) {
    requireNonNull(station, "station");
    return with(b -> b.pollingStations(put(atlas.pollingStations(), station)));
  }

  /**
   * With the first station changed: {@code withStation(s -> s.expectedVoters(3_000))}.
   *
   * @param change what to do to a builder holding the first station, not null
   * @throws IllegalStateException if the atlas has no station
   * @return a new fixture with the change; this one is unchanged
   */
  public AtlasFixture withStation(UnaryOperator<PollingStation.Builder> change) {
    requireNonNull(change, "change");
    if (atlas.pollingStations().isEmpty()) {
      throw new IllegalStateException("the atlas has no polling station to change");
    }
    List<PollingStation> stations = new ArrayList<>(atlas.pollingStations());
    stations.set(0, change.apply(PollingStation.builder().from(stations.get(0))).build());
    return with(b -> b.pollingStations(stations));
  }

  /**
   * With the county replacing the county of the same id, or added after the others.
   *
   * @param county the county, not null
   * @return a new fixture with the change; this one is unchanged
   */
  public AtlasFixture withCounty(County county) {
    requireNonNull(county, "county");
    return with(b -> b.counties(put(atlas.counties(), county)));
  }

  /**
   * Without the county of the given id; what names it (stations, constituencies) still does.
   *
   * @param id the county's id, not null
   * @throws IllegalArgumentException if the atlas has no county of that id, so that a misspelt id
   *     does not leave the atlas unchanged
   * @return a new fixture with the change; this one is unchanged
   */
  public AtlasFixture withoutCounty(String id) {
    requireNonNull(id, "id");
    List<County> kept = atlas.counties().stream().filter(c -> !c.id().equals(id)).toList();
    if (kept.size() == atlas.counties().size()) {
      throw new IllegalArgumentException(
          "the atlas has no county \""
              + id
              + "\"; its counties are "
              + atlas.counties().stream().map(County::id).collect(Collectors.joining(", ")));
    }
    return with(b -> b.counties(kept));
  }

  /**
   * With the event replacing the event of the same id, or added after the others.
   *
   * @param event the event, not null
   * @return a new fixture with the change; this one is unchanged
   */
  public AtlasFixture withEvent(Event event) {
    requireNonNull(event, "event");
    return with(b -> b.events(put(atlas.events(), event)));
  }

  /**
   * With the approval replacing the approval of the same id, or added after the others.
   *
   * @param approval the approval, not null
   * @return a new fixture with the change; this one is unchanged
   */
  public AtlasFixture withApproval(Approval approval) {
    requireNonNull(approval, "approval");
    return with(b -> b.approvals(put(atlas.approvals(), approval)));
  }

  /**
   * With any other change, made on a builder that holds the atlas so far: {@code with(b ->
   * b.addIssue(issue))}.
   *
   * @param change what to do to the builder, not null
   * @return a new fixture with the change; this one is unchanged
   */
  public AtlasFixture with(UnaryOperator<Atlas.Builder> change) {
    requireNonNull(change, "change");
    return new AtlasFixture(change.apply(Atlas.builder().from(atlas)).build());
  }

  /** {@return the atlas} */
  public Atlas build() {
    return atlas;
  }

  /** The entities with the given one in place of the first of the same id, or after them all. */
  private static <T extends Identified> List<T> put(List<T> entities, T entity) {
    List<T> changed = new ArrayList<>(entities);
    for (int i = 0; i < changed.size(); i++) {
      if (changed.get(i).id().equals(entity.id())) {
        changed.set(i, entity);
        return changed;
      }
    }
    changed.add(entity);
    return changed;
  }
}
