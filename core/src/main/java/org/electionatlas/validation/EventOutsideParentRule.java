package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Event;

/**
 * An event lies within its parent's span. Dates alone are read as "some time that day": a child is
 * reported only when it certainly starts before its parent's earliest start or ends after its
 * parent's latest end. Events whose parent is unknown, is in a parent cycle, or ends before it
 * starts are left to the rules that report those.
 */
final class EventOutsideParentRule extends CatalogueRule {

  EventOutsideParentRule() {
    super(
        "event-outside-parent",
        Severity.ERROR,
        "An event must lie within the span of the event it is part of",
        "A workshop of a two-day training happens during the training; one dated outside it is"
            + " in the wrong programme or has a wrong date, and the participants invited to the"
            + " training would arrive on another day. A session given only a date is taken to be"
            + " somewhere in that day.",
        """
        "events": [
          {"id": "training", "kind": "TRAINING", "start": "2023-07-12", "end": "2023-07-13"},
          {"id": "closing", "parent": "training", "kind": "CLOSING",
            "start": "2023-07-14T16:00", "end": "2023-07-14T17:00"}
        ]""",
        """
        "events": [
          {"id": "training", "kind": "TRAINING", "start": "2023-07-12", "end": "2023-07-13"},
          {"id": "closing", "parent": "training", "kind": "CLOSING",
            "start": "2023-07-13T16:00", "end": "2023-07-13T17:00"}
        ]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    AtlasIndex index = atlas.index();
    List<Event> events = atlas.events();
    boolean[] onCycle = Parents.onCycle(events);
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      Optional<Event> found = event.parent().flatMap(index::event);
      if (found.isEmpty() || onCycle[i]) {
        continue;
      }
      Event parent = found.get();
      if (EventEndBeforeStartRule.inverted(parent)) {
        continue;
      }
      boolean early = event.start().latest().isBefore(parent.start().earliest());
      boolean late = event.end().earliest().isAfter(parent.end().latest());
      if (!early && !late) {
        continue;
      }
      List<String> problems = new ArrayList<>();
      if (early) {
        problems.add(
            "starts at " + event.start() + ", before its parent starts at " + parent.start());
      }
      if (late) {
        problems.add("ends at " + event.end() + ", after its parent ends at " + parent.end());
      }
      findings.report(
          EVENT.pointer(i) + (early ? "/start" : "/end"),
          event.id(),
          Describe.entity(EVENT, event)
              + " is part of "
              + Describe.entity(EVENT, parent)
              + " but "
              + String.join(" and ", problems)
              + "; a part lies within the span of the whole");
    }
  }
}
