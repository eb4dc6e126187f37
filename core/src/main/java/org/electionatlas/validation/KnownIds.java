package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.POLLING_STATION;

import java.util.EnumSet;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * The ids a reference may name: those of a whole atlas, or, when its stations arrive one at a time,
 * those of its frame with the ids of the stations seen so far.
 */
final class KnownIds {

  private final AtlasIndex index;
  private final @Nullable StationIds stations;

  private KnownIds(AtlasIndex index, @Nullable StationIds stations) {
    this.index = index;
    this.stations = stations;
  }

  /** The ids of an atlas held whole, its stations included. */
  static KnownIds of(Atlas atlas) {
    return new KnownIds(atlas.index(), null);
  }

  /** The ids of a frame (an atlas without its stations) and of the stations seen. */
  static KnownIds of(Atlas frame, StationIds stations) {
    return new KnownIds(frame.index(), stations);
  }

  /** Whether an entity of the kind has the id. */
  boolean contains(EntityKind kind, String id) {
    StationIds seen = stations;
    return kind == POLLING_STATION && seen != null
        ? seen.indexOf(id) >= 0
        : index.contains(kind, id);
  }

  /** The kinds of the entities that have the id, in the kinds' order; empty when none has it. */
  Set<EntityKind> kindsOf(String id) {
    Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      if (contains(kind, id)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }
}
