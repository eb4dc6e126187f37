package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.EVENT;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;

/**
 * An event does not end before it starts. A date alone may mean any time of its day (as an end, up
 * to the day's last moment), so an event is reported only when its latest possible end comes before
 * its earliest possible start: an event on {@code 2023-07-12} from {@code 2023-07-12T09:00} is
 * fine.
 */
final class EventEndBeforeStartRule extends CatalogueRule {

  EventEndBeforeStartRule() {
    super(
        "event-end-before-start",
        Severity.ERROR,
        "An event must not end before it starts",
        "An event that ends before it starts has no span: calendars drop it, and its sessions"
            + " cannot be checked against it. It is usually a typo in the day, a Jalali date"
            + " mixed with a Gregorian one, or start and end swapped. A date without a time means"
            + " the whole day, so a one-day event may start and end on the same date.",
        """
        "events": [{"id": "training", "kind": "TRAINING",
          "start": "2023-07-13", "end": "2023-07-12"}]""",
        """
        "events": [{"id": "training", "kind": "TRAINING",
          "start": "2023-07-12", "end": "2023-07-13"}]""");
  }

  /** Whether the event's end certainly comes before its start. */
  static boolean inverted(Event event) {
    return event.end().latest().isBefore(event.start().earliest());
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    List<Event> events = atlas.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      if (inverted(event)) {
        findings.report(
            EVENT.pointer(i) + "/end",
            event.id(),
            Describe.entity(EVENT, event)
                + " ends at "
                + event.end()
                + ", before it starts at "
                + event.start()
                + "; the end must be at or after the start");
      }
    }
  }
}
