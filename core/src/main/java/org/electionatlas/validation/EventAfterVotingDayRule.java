package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.EVENT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventKind;

/**
 * Preparation events end by voting day. Event times are local to the election's time zone, as is
 * the voting day, so their dates compare directly. Meetings and deadlines may follow the vote
 * (counting, complaints) and are not checked. Nothing is judged against a voting day that is itself
 * implausible ({@code date-implausible} reports it).
 */
final class EventAfterVotingDayRule extends CatalogueRule {

  static final Set<EventKind> PREPARATION =
      EnumSet.of(
          EventKind.TRAINING,
          EventKind.WORKSHOP,
          EventKind.OPENING,
          EventKind.CLOSING,
          EventKind.THINK_TANK);

  EventAfterVotingDayRule() {
    super(
        "event-after-voting-day",
        Severity.WARNING,
        "A training, workshop, opening, closing or think tank should not end after voting day",
        "Trainings and workshops prepare the people who run the vote; one that ends after voting"
            + " day prepares nobody. It is usually a date in the wrong year (the atlas copied from"
            + " the previous round) or a Jalali date typed as Gregorian. Meetings and deadlines"
            + " can rightly follow the vote and are not checked.",
        """
        "election": {"votingDay": "2024-03-01"},
        "events": [{"id": "training", "kind": "TRAINING", "start": "2024-07-12", "end": "2024-07-13"}]""",
        """
        "election": {"votingDay": "2024-03-01"},
        "events": [{"id": "training", "kind": "TRAINING", "start": "2023-07-12", "end": "2023-07-13"}]""");
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    LocalDate votingDay = atlas.election().votingDay();
    if (!DateImplausibleRule.isPlausible(votingDay)) {
      return;
    }
    List<Event> events = atlas.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      LocalDate end = event.end().date();
      if (PREPARATION.contains(event.kind()) && end.isAfter(votingDay)) {
        findings.report(
            EVENT.pointer(i) + "/end",
            event.id(),
            Describe.entity(EVENT, event)
                + " is a "
                + event.kind()
                + " that ends on "
                + end
                + ", "
                + Describe.count(ChronoUnit.DAYS.between(votingDay, end), "day", "days")
                + " after voting day ("
                + votingDay
                + "); preparation ends by voting day");
      }
    }
  }
}
