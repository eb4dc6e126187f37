package org.electionatlas.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electionatlas.model.Body;
import org.electionatlas.model.Event;
import org.electionatlas.model.Identified;

/**
 * Cycles of parents among events or bodies. Each entity has at most one parent, so one walk per
 * entity with three colours finds every cycle in linear time.
 */
final class Parents {

  private Parents() {}

  /**
   * The cycles among the entities (events or bodies, in document order): each as the positions of
   * its members, starting from the first in document order and following parents.
   */
  static List<List<Integer>> cycles(List<? extends Identified> entities) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      positions.putIfAbsent(entities.get(i).id(), i);
    }
    List<List<Integer>> cycles = new ArrayList<>();
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
        int first = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
        List<Integer> ordered = new ArrayList<>();
        for (int k = 0; k < cycle.size(); k++) {
          ordered.add(cycle.get((first + k) % cycle.size()));
        }
        cycles.add(ordered);
      }
      for (int visited : walk) {
        state[visited] = 2;
      }
    }
    return cycles;
  }

  /** Which of the entities lie on a cycle of parents. */
  static boolean[] onCycle(List<? extends Identified> entities) {
    boolean[] onCycle = new boolean[entities.size()];
    cycles(entities).forEach(cycle -> cycle.forEach(i -> onCycle[i] = true));
    return onCycle;
  }

  private static Optional<String> parentOf(Identified entity) {
    if (entity instanceof Event event) {
      return event.parent();
    }
    return ((Body) entity).parent();
  }
}
