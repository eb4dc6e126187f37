package org.electionatlas.diff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.PollingStation;

/**
 * What changed from one atlas to another: the entry point of this package.
 *
 * <pre>{@code
 * AtlasDiff diff = AtlasDiff.between(lastRound, thisRound);
 * for (EntityChange change : diff.changes()) {
 *   System.out.println(change.message().render(MessageStyle.PERSIAN));
 *   change.fields().forEach(f -> System.out.println("  " + f.message()));
 * }
 * }</pre>
 *
 * <p>Entities of each kind are matched by id; polling stations whose id changed are also matched by
 * county and number, or by place and name ({@link StationMatching}), and reported as one {@link
 * ChangeType#RENAMED} change rather than a removal and an addition. The order of entities in either
 * document, and of the items of lists whose order means nothing (the counties of a constituency,
 * the scope of an issue), is no change. Changes are listed by kind in the order of the format
 * (provinces, counties, constituencies, polling stations, bodies, events, issues, approvals);
 * within a kind, removed and changed ones in the older atlas's order, then added ones in the newer
 * atlas's.
 *
 * <p>This works on two atlases in memory. For atlases too large for that, {@link #exceptStations},
 * {@link StationFingerprints}, {@link StationMatching}, {@link AreaSummary} and {@link
 * StationComparison} do the same work from the stations one at a time: each atlas's read once for
 * fingerprints, then the older one's again, with the newer stations that changed fetched by index.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasDiff {

  private final List<EntityChange> changes;
  private final AreaSummary areas;

  private AtlasDiff(List<EntityChange> changes, AreaSummary areas) {
    this.changes = List.copyOf(changes);
    this.areas = areas;
  }

  /**
   * {@return what changed from {@code before} to {@code after}}
   *
   * @param before the older atlas, not null
   * @param after the newer atlas, not null
   */
  public static AtlasDiff between(Atlas before, Atlas after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    List<PollingStation> was = before.pollingStations();
    List<PollingStation> is = after.pollingStations();
    StationMatching matching =
        StationMatching.between(StationFingerprints.of(was), StationFingerprints.of(is));
    List<EntityChange> changes = new ArrayList<>();
    for (EntityComparison<?> kind : EntityComparison.BEFORE_STATIONS) {
      kind.compare(before, after, changes);
    }
    StationComparison stations = StationComparison.of(matching, before, after);
    for (int i = 0; i < was.size(); i++) {
      stations.before(i, was.get(i), is::get).ifPresent(changes::add);
    }
    for (int j = 0; j < is.size(); j++) {
      stations.added(j, is.get(j)).ifPresent(changes::add);
    }
    for (EntityComparison<?> kind : EntityComparison.AFTER_STATIONS) {
      kind.compare(before, after, changes);
    }
    return new AtlasDiff(changes, AreaSummary.of(before, after, matching));
  }

  /**
   * {@return the changes of every kind of entity but polling stations, in the order {@link
   * #changes()} lists them}
   *
   * @param beforeFrame the older atlas, whose stations are not looked at (it may have none, as when
   *     they are read one at a time), not null
   * @param afterFrame the newer atlas, likewise, not null
   */
  public static List<EntityChange> exceptStations(Atlas beforeFrame, Atlas afterFrame) {
    requireNonNull(beforeFrame, "beforeFrame");
    requireNonNull(afterFrame, "afterFrame");
    List<EntityChange> changes = new ArrayList<>();
    for (EntityComparison<?> kind : EntityComparison.BEFORE_STATIONS) {
      kind.compare(beforeFrame, afterFrame, changes);
    }
    for (EntityComparison<?> kind : EntityComparison.AFTER_STATIONS) {
      kind.compare(beforeFrame, afterFrame, changes);
    }
    return changes;
  }

  /** {@return every entity added, removed or changed, in the order the class doc gives} */
  public List<EntityChange> changes() {
    return changes;
  }

  /**
   * {@return the changes of one kind of entity}
   *
   * @param kind the kind, not null
   */
  public List<EntityChange> changes(EntityKind kind) {
    requireNonNull(kind, "kind");
    return changes.stream().filter(change -> change.kind() == kind).toList();
  }

  /** {@return the changes of stations summed up per county and province} */
  public AreaSummary areas() {
    return areas;
  }

  /** {@return whether the two atlases hold the same entities, whatever their order} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  @Override
  public String toString() {
    return changes.size() + " changes";
  }
}
