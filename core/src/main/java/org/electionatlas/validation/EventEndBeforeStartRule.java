package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.EVENT;

import java.util.List;
import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;

/**
 * An event does not end before it starts. A date alone may mean any time of its day (as an end, up
 * to the day's last moment), so an event is reported only when it is {@link Dates#inverted}: an
 * event on {@code 2023-07-12} from {@code 2023-07-12T09:00} is fine.
 */
final class EventEndBeforeStartRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("event-end-before-start")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "An event must not end before it starts",
                  "هیچ رویدادی نباید پیش از آغازش پایان یابد"))
          .rationale(
              Phrase.of(
                  "An event that ends before it starts has no span: calendars drop it, and its"
                      + " sessions cannot be checked against it. It is usually a typo in the day, a"
                      + " Jalali date mixed with a Gregorian one, or start and end swapped. A date"
                      + " without a time means the whole day, so a one-day event may start and end"
                      + " on the same date.",
                  "رویدادی که پیش از آغازش پایان یابد بازه‌ای ندارد: تقویم‌ها آن را کنار می‌گذارند"
                      + " و نشست‌هایش را نمی‌توان با آن سنجید. معمولاً غلط تایپی در روز است، یا"
                      + " تاریخ خورشیدی و میلادی با هم آمیخته شده، یا جای آغاز و پایان عوض شده"
                      + " است. تاریخ بی‌ساعت یعنی همهٔ آن روز، پس رویداد یک‌روزه می‌تواند در همان"
                      + " تاریخ آغاز و پایان یابد."))
          .violatingExample(
              """
              "events": [{"id": "training", "kind": "TRAINING",
                "start": "2023-07-13", "end": "2023-07-12"}]""")
          .passingExample(
              """
              "events": [{"id": "training", "kind": "TRAINING",
                "start": "2023-07-12", "end": "2023-07-13"}]""")
          .addTags("events")
          .build();

  private static final MessageTemplate INVERTED =
      MessageTemplate.of(
          "event-end-before-start",
          "{event} ends at {end}, before it starts at {start}; the end must be at or after the"
              + " start",
          "{event} در {end} پایان می‌یابد، پیش از آغازش در {start}؛ پایان باید هم‌زمان با آغاز"
              + " یا پس از آن باشد");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    List<Event> events = frame.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      if (Dates.inverted(event)) {
        context.report(
            EVENT.pointer(i) + "/end",
            event.id(),
            INVERTED
                .with("event", Argument.entity(EVENT, event))
                .with("end", Argument.time(event.end()))
                .with("start", Argument.time(event.start())));
      }
    }
    return RuleCheck.NONE;
  }
}
