package org.electionatlas.validation;

import java.time.LocalDate;
import org.electionatlas.message.Noun;
import org.electionatlas.model.Event;

/**
 * What the date rules share about dates: the range of days an atlas can plausibly mean, when an
 * event's span is inverted whatever the time of its days, and how days are counted in messages.
 */
final class Dates {

  /** The day the Islamic Republic was proclaimed; no election of this model comes earlier. */
  static final LocalDate EARLIEST = LocalDate.of(1979, 4, 1);

  /** The last plausible day; later dates are typos. */
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** Days, as messages count them. */
  static final Noun DAYS = Noun.of("day", "days", "روز");

  private Dates() {}

  /** Whether the date lies between {@link #EARLIEST} and {@link #LATEST}, both included. */
  static boolean isPlausible(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /**
   * Whether the event certainly ends before it starts: its latest possible end (a date alone may
   * end at the day's last moment) comes before its earliest possible start.
   */
  static boolean inverted(Event event) {
    return event.end().latest().isBefore(event.start().earliest());
  }
}
