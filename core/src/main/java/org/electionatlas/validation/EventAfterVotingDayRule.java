package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.EVENT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventKind;

/**
 * Preparation events end by voting day. Event times are local to the election's time zone, as is
 * the voting day, so their dates compare directly. Meetings and deadlines may follow the vote
 * (counting, complaints) and are not checked. Nothing is judged against a voting day that is itself
 * implausible ({@code date-implausible} reports it).
 */
final class EventAfterVotingDayRule implements Rule {

  private static final Set<EventKind> PREPARATION =
      EnumSet.of(
          EventKind.TRAINING,
          EventKind.WORKSHOP,
          EventKind.OPENING,
          EventKind.CLOSING,
          EventKind.THINK_TANK);

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("event-after-voting-day")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A training, workshop, opening, closing or think tank should not end after voting"
                      + " day",
                  "دورهٔ آموزشی، کارگاه، افتتاحیه، اختتامیه یا اتاق فکر نباید پس از روز رأی‌گیری"
                      + " پایان یابد"))
          .rationale(
              Phrase.of(
                  "Trainings and workshops prepare the people who run the vote; one that ends after"
                      + " voting day prepares nobody. It is usually a date in the wrong year (the"
                      + " atlas copied from the previous round) or a Jalali date typed as"
                      + " Gregorian. Meetings and deadlines can rightly follow the vote and are not"
                      + " checked.",
                  "آموزش‌ها و کارگاه‌ها کسانی را آماده می‌کنند که رأی‌گیری را برگزار می‌کنند؛"
                      + " آموزشی که پس از روز رأی‌گیری تمام شود کسی را آماده نمی‌کند. معمولاً"
                      + " تاریخی با سال نادرست است (اطلس از دورهٔ پیش رونویسی شده) یا تاریخ"
                      + " خورشیدی‌ای که به جای تاریخ ISO نوشته شده است. جلسه‌ها و مهلت‌ها به‌درستی"
                      + " می‌توانند پس از رأی‌گیری باشند و بررسی نمی‌شوند."))
          .violatingExample(
              """
              "election": {"votingDay": "2024-03-01"},
              "events": [{"id": "training", "kind": "TRAINING", "start": "2024-07-12", "end": "2024-07-13"}]""")
          .passingExample(
              """
              "election": {"votingDay": "2024-03-01"},
              "events": [{"id": "training", "kind": "TRAINING", "start": "2023-07-12", "end": "2023-07-13"}]""")
          .addTags("events")
          .build();

  private static final MessageTemplate AFTER =
      MessageTemplate.of(
          "event-after-voting-day",
          "{event} is a {kind} that ends on {end}, {days} after voting day ({votingDay});"
              + " preparation ends by voting day",
          "{event} {kind} است و در {end} پایان می‌یابد، {days} پس از روز رأی‌گیری ({votingDay})؛"
              + " آماده‌سازی تا روز رأی‌گیری به پایان می‌رسد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    LocalDate votingDay = frame.election().votingDay();
    if (!Dates.isPlausible(votingDay)) {
      return RuleCheck.NONE;
    }
    List<Event> events = frame.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      LocalDate end = event.end().date();
      if (PREPARATION.contains(event.kind()) && end.isAfter(votingDay)) {
        context.report(
            EVENT.pointer(i) + "/end",
            event.id(),
            AFTER
                .with("event", Argument.entity(EVENT, event))
                .with("kind", Argument.phrase(kind(event.kind())))
                .with("end", Argument.date(end))
                .with("days", Argument.count(ChronoUnit.DAYS.between(votingDay, end), Dates.DAYS))
                .with("votingDay", Argument.date(votingDay)));
      }
    }
    return RuleCheck.NONE;
  }

  /** A kind of preparation as the data writes it in English, by its name in Persian. */
  private static Phrase kind(EventKind kind) {
    return Phrase.of(
        kind.name(),
        switch (kind) {
          case TRAINING -> "دورهٔ آموزشی";
          case WORKSHOP -> "کارگاه";
          case OPENING -> "آیین افتتاحیه";
          case CLOSING -> "آیین اختتامیه";
          case THINK_TANK -> "اتاق فکر";
          case MEETING -> "جلسه";
          case DEADLINE -> "مهلت";
        });
  }
}
