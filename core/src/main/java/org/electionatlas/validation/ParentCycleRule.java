package org.electionatlas.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Body;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.Identified;

/**
 * Following parents from any event (or body) never comes back to it. Each entity has at most one
 * parent, so one walk per entity with three colours finds every cycle in linear time; each cycle is
 * reported once, at its first member in document order.
 */
final class ParentCycleRule implements Rule {

  private final EntityKind kind;
  private final String id;

  ParentCycleRule(EntityKind kind, String id) {
    if (kind != EntityKind.EVENT && kind != EntityKind.BODY) {
      throw new IllegalArgumentException("only events and bodies have parents: " + kind);
    }
    this.kind = kind;
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "Following the parents of " + kind.member() + " must not lead back to where it started";
  }

  @Override
  public String rationale() {
    return kind == EntityKind.EVENT
        ? "An event that is part of itself has no span to check and no programme it belongs to;"
            + " tools that walk the programme would never finish."
        : "A body that answers, through others, to itself has no one above it; tools that walk the"
            + " chain of responsibility would never finish.";
  }

  @Override
  public String violatingExample() {
    return kind == EntityKind.EVENT
        ? """
          "events": [
            {"id": "training", "parent": "workshop", "kind": "TRAINING"},
            {"id": "workshop", "parent": "training", "kind": "WORKSHOP"}
          ]"""
        : """
          "bodies": [
            {"id": "kerman-hq", "parent": "media-hq", "level": "PROVINCE"},
            {"id": "media-hq", "parent": "kerman-hq", "level": "PROVINCE"}
          ]""";
  }

  @Override
  public String passingExample() {
    return kind == EntityKind.EVENT
        ? """
          "events": [
            {"id": "training", "kind": "TRAINING"},
            {"id": "workshop", "parent": "training", "kind": "WORKSHOP"}
          ]"""
        : """
          "bodies": [
            {"id": "kerman-hq", "level": "PROVINCE"},
            {"id": "media-hq", "parent": "kerman-hq", "level": "PROVINCE"}
          ]""";
  }

  private static Optional<String> parentOf(Identified entity) {
    if (entity instanceof Event event) {
      return event.parent();
    }
    return ((Body) entity).parent();
  }

  /**
   * Which of the entities (events or bodies, in document order) lie on a cycle of parents, found by
   * the same linear walk as the rule, for rules that must not judge such entities.
   */
  static boolean[] onCycle(List<? extends Identified> entities) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      positions.putIfAbsent(entities.get(i).id(), i);
    }
    boolean[] onCycle = new boolean[entities.size()];
    // 0: not visited, 1: on the current walk, 2: finished.
    int[] state = new int[entities.size()];
    for (int start = 0; start < entities.size(); start++) {
      List<Integer> walk = new ArrayList<>();
      Integer current = start;
      while (current != null && state[current] == 0) {
        state[current] = 1;
        walk.add(current);
        current = parentOf(entities.get(current)).map(positions::get).orElse(null);
      }
      if (current != null && state[current] == 1) {
        for (int k = walk.indexOf(current); k < walk.size(); k++) {
          onCycle[walk.get(k)] = true;
        }
      }
      for (int visited : walk) {
        state[visited] = 2;
      }
    }
    return onCycle;
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<? extends Identified> entities = kind.entitiesOf(atlas);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      positions.putIfAbsent(entities.get(i).id(), i);
    }
    // 0: not visited, 1: on the current walk, 2: finished.
    int[] state = new int[entities.size()];
    for (int start = 0; start < entities.size(); start++) {
      List<Integer> walk = new ArrayList<>();
      Integer current = start;
      while (current != null && state[current] == 0) {
        state[current] = 1;
        walk.add(current);
        current = parentOf(entities.get(current)).map(positions::get).orElse(null);
      }
      if (current != null && state[current] == 1) {
        List<Integer> cycle = walk.subList(walk.indexOf(current), walk.size());
        int first = cycle.stream().min(Integer::compare).orElseThrow();
        StringBuilder chain = new StringBuilder();
        int from = cycle.indexOf(first);
        for (int k = 0; k <= cycle.size(); k++) {
          chain
              .append(k == 0 ? "" : " → ")
              .append(entities.get(cycle.get((from + k) % cycle.size())).id());
        }
        findings.report(
            kind.pointer(first) + "/parent",
            entities.get(first).id(),
            "the parents of "
                + Describe.entity(kind, entities.get(first))
                + " lead back to it: "
                + chain);
      }
      for (int visited : walk) {
        state[visited] = 2;
      }
    }
  }
}
