package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.EVENT;

import java.util.List;
import java.util.Optional;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Event;

/**
 * An event lies within its parent's span. Dates alone are read as "some time that day": a child is
 * reported only when it certainly starts before its parent's earliest start or ends after its
 * parent's latest end. Events whose parent is unknown, is in a parent cycle ({@link
 * Parents#onCycle}), or ends before it starts ({@link Dates#inverted}) are left to the rules that
 * report those.
 */
final class EventOutsideParentRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("event-outside-parent")
          .defaultSeverity(Severity.ERROR)
          .summary(
              Phrase.of(
                  "An event must lie within the span of the event it is part of",
                  "هر رویداد باید در بازهٔ رویدادی باشد که بخشی از آن است"))
          .rationale(
              Phrase.of(
                  "A workshop of a two-day training happens during the training; one dated outside"
                      + " it is in the wrong programme or has a wrong date, and the participants"
                      + " invited to the training would arrive on another day. A session given only"
                      + " a date is taken to be somewhere in that day.",
                  "کارگاهِ یک دورهٔ آموزشی دوروزه در همان دو روز برگزار می‌شود؛ کارگاهی که"
                      + " تاریخش بیرون از آن باشد در برنامهٔ نادرستی آمده یا تاریخش نادرست است، و"
                      + " شرکت‌کنندگانی که به دوره دعوت شده‌اند روز دیگری می‌رسند. نشستی که تنها"
                      + " تاریخ دارد جایی در همان روز به شمار می‌آید."))
          .violatingExample(
              """
              "events": [
                {"id": "training", "kind": "TRAINING", "start": "2023-07-12", "end": "2023-07-13"},
                {"id": "closing", "parent": "training", "kind": "CLOSING",
                  "start": "2023-07-14T16:00", "end": "2023-07-14T17:00"}
              ]""")
          .passingExample(
              """
              "events": [
                {"id": "training", "kind": "TRAINING", "start": "2023-07-12", "end": "2023-07-13"},
                {"id": "closing", "parent": "training", "kind": "CLOSING",
                  "start": "2023-07-13T16:00", "end": "2023-07-13T17:00"}
              ]""")
          .addTags("events")
          .build();

  private static final MessageTemplate EARLY =
      MessageTemplate.of(
          "event-outside-parent",
          "{event} is part of {parent} but starts at {start}, before its parent starts at"
              + " {parentStart}; a part lies within the span of the whole",
          "{event} بخشی از {parent} است ولی در {start} آغاز می‌شود، پیش از آغاز آن در"
              + " {parentStart}؛ هر بخش در بازهٔ کل خود است");

  private static final MessageTemplate LATE =
      MessageTemplate.of(
          "event-outside-parent.late",
          "{event} is part of {parent} but ends at {end}, after its parent ends at {parentEnd}; a"
              + " part lies within the span of the whole",
          "{event} بخشی از {parent} است ولی در {end} پایان می‌یابد، پس از پایان آن در"
              + " {parentEnd}؛ هر بخش در بازهٔ کل خود است");

  private static final MessageTemplate EARLY_AND_LATE =
      MessageTemplate.of(
          "event-outside-parent.both",
          "{event} is part of {parent} but starts at {start}, before its parent starts at"
              + " {parentStart} and ends at {end}, after its parent ends at {parentEnd}; a part"
              + " lies within the span of the whole",
          "{event} بخشی از {parent} است ولی در {start} آغاز می‌شود، پیش از آغاز آن در"
              + " {parentStart}، و در {end} پایان می‌یابد، پس از پایان آن در {parentEnd}؛ هر"
              + " بخش در بازهٔ کل خود است");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    AtlasIndex index = frame.index();
    List<Event> events = frame.events();
    boolean[] onCycle = Parents.onCycle(events);
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      Optional<Event> found = event.parent().flatMap(index::event);
      if (found.isEmpty() || onCycle[i] || Dates.inverted(found.get())) {
        continue;
      }
      Event parent = found.get();
      boolean early = event.start().latest().isBefore(parent.start().earliest());
      boolean late = event.end().earliest().isAfter(parent.end().latest());
      if (!early && !late) {
        continue;
      }
      Message message =
          early && late
              ? EARLY_AND_LATE
                  .with("start", Argument.time(event.start()))
                  .with("parentStart", Argument.time(parent.start()))
                  .with("end", Argument.time(event.end()))
                  .with("parentEnd", Argument.time(parent.end()))
              : early
                  ? EARLY
                      .with("start", Argument.time(event.start()))
                      .with("parentStart", Argument.time(parent.start()))
                  : LATE.with("end", Argument.time(event.end()))
                      .with("parentEnd", Argument.time(parent.end()));
      context.report(
          EVENT.pointer(i) + (early ? "/start" : "/end"),
          event.id(),
          message
              .with("event", Argument.entity(EVENT, event))
              .with("parent", Argument.entity(EVENT, parent)));
    }
    return RuleCheck.NONE;
  }
}
