package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;
import static org.electionatlas.model.EntityKind.EVENT;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;
import org.electionatlas.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Every date of the atlas (voting day, event starts and ends, approval requests and decisions,
 * sources' publication dates) lies between {@link Dates#EARLIEST} and {@link Dates#LATEST}. A date
 * with a year from 1300 to 1500 is most likely a Jalali date typed where an ISO-8601 date belongs;
 * the message then shows the value as written (it is no day anyone meant, so no calendar can show
 * it), the day it means read as Jalali, and how the atlas writes that day. No wording names a
 * calendar: every day is an argument, shown in the reader's calendar.
 */
final class DateImplausibleRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.builder()
          .id("date-implausible")
          .defaultSeverity(Severity.WARNING)
          .summary(
              Phrase.of(
                  "A date should lie between 1979-04-01 and 2100-12-31",
                  "هر تاریخ باید میان ۱۲ فروردین ۱۳۵۸ و ۱۰ دی ۱۴۷۹ باشد"))
          .rationale(
              Phrase.of(
                  "Dates of the atlas are Gregorian, but Iranian documents date things in the"
                      + " Jalali calendar, and 1402-04-20 typed into a Gregorian field is read as a"
                      + " day in the year 1402. Such a date puts a training centuries before voting"
                      + " day, makes an approval look six hundred years old, and breaks every"
                      + " comparison between dates. No election of the Islamic Republic is earlier"
                      + " than its proclamation on 1979-04-01, and dates after 2100 are typos.",
                  "تاریخ‌های اطلس به صورت تاریخ ISO نوشته می‌شوند، ولی اسناد ایرانی تاریخ خورشیدی"
                      + " دارند، و ۲۰ تیر ۱۴۰۲ اگر با همان عددها در اطلس نوشته شود روزی در سال"
                      + " ۱۴۰۲ تقویم ISO خوانده می‌شود. چنین تاریخی آموزش را قرن‌ها پیش از روز رأی‌گیری"
                      + " می‌گذارد، مجوز را ششصد ساله نشان می‌دهد و هر مقایسهٔ میان تاریخ‌ها را"
                      + " بی‌معنا می‌کند. هیچ انتخاباتی در جمهوری اسلامی پیش از اعلام آن در ۱۲"
                      + " فروردین ۱۳۵۸ نبوده است، و تاریخ‌های پس از ۱۰ دی ۱۴۷۹ غلط تایپی‌اند."))
          .violatingExample(
              """
              "approvals": [{"id": "electronic-kerman", "requestedOn": "1402-04-20"}]""")
          .passingExample(
              """
              "approvals": [{"id": "electronic-kerman", "requestedOn": "2023-07-11"}]""")
          .addTags("events", "approvals")
          .build();

  private static final MessageTemplate BEFORE =
      MessageTemplate.of(
          "date-implausible",
          "{field} {subject} is {date}, before {earliest}, when the Islamic Republic was"
              + " proclaimed; check the year",
          "{field} {subject}، {date}، پیش از {earliest}، روز اعلام جمهوری اسلامی، است؛ سال را"
              + " بررسی کنید");

  private static final MessageTemplate AFTER =
      MessageTemplate.of(
          "date-implausible.after",
          "{field} {subject} is {date}, after {latest}; check the year",
          "{field} {subject}، {date}، پس از {latest} است؛ سال را بررسی کنید");

  private static final MessageTemplate JALALI =
      MessageTemplate.of(
          "date-implausible.jalali",
          "{field} {subject} is written {written}; it looks like a Jalali date: read as one it is"
              + " {meant}, which the atlas writes as the ISO-8601 date {iso}",
          "{field} {subject} {written} نوشته شده است که به تاریخ خورشیدی می‌ماند: اگر آن را"
              + " خورشیدی بخوانیم روز {meant} است، که در اطلس به صورت تاریخ ISO، {iso}، نوشته"
              + " می‌شود");

  private static final MessageTemplate JALALI_NO_SUCH_DAY =
      MessageTemplate.of(
          "date-implausible.jalali-no-such-day",
          "{field} {subject} is written {written}; it looks like a Jalali date, but no Jalali"
              + " month has that day; correct it and write it as an ISO-8601 date",
          "{field} {subject} {written} نوشته شده است که به تاریخ خورشیدی می‌ماند، ولی چنین روزی"
              + " در ماه‌های خورشیدی نیست؛ آن را درست کنید و به صورت تاریخ ISO بنویسید");

  private static final Phrase VOTING_DAY = Phrase.of("the voting day of", "روز رأی‌گیری");
  private static final Phrase START = Phrase.of("the start of", "تاریخ آغاز");
  private static final Phrase END = Phrase.of("the end of", "تاریخ پایان");
  private static final Phrase REQUESTED = Phrase.of("the request date of", "تاریخ درخواست");
  private static final Phrase DECIDED = Phrase.of("the decision date of", "تاریخ تصمیم دربارهٔ");
  private static final Phrase PUBLISHED =
      Phrase.of("the publication date of source", "تاریخ انتشار منبع");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public RuleCheck begin(Atlas frame, RuleContext context) {
    check(
        context,
        "/election/votingDay",
        frame.election().id(),
        VOTING_DAY,
        Argument.election(frame.election()),
        frame.election().votingDay());
    List<Event> events = frame.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      Argument subject = Argument.entity(EVENT, event);
      String at = EVENT.pointer(i);
      check(context, at + "/start", event.id(), START, subject, event.start().date());
      check(context, at + "/end", event.id(), END, subject, event.end().date());
    }
    List<Approval> approvals = frame.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      Argument subject = Argument.entity(APPROVAL, approval);
      String at = APPROVAL.pointer(i);
      approval
          .requestedOn()
          .ifPresent(
              date -> check(context, at + "/requestedOn", approval.id(), REQUESTED, subject, date));
      approval
          .decidedOn()
          .ifPresent(
              date -> check(context, at + "/decidedOn", approval.id(), DECIDED, subject, date));
    }
    frame
        .provenance()
        .ifPresent(
            provenance -> {
              List<Source> sources = provenance.sources();
              for (int j = 0; j < sources.size(); j++) {
                Source source = sources.get(j);
                String at = "/provenance/sources/" + j + "/published";
                Argument subject = Argument.id(source.title());
                source
                    .published()
                    .ifPresent(date -> check(context, at, null, PUBLISHED, subject, date));
              }
            });
    return RuleCheck.NONE;
  }

  private static void check(
      RuleContext context,
      String pointer,
      @Nullable String subjectId,
      Phrase field,
      Argument subject,
      LocalDate date) {
    if (Dates.isPlausible(date)) {
      return;
    }
    context.report(
        pointer,
        subjectId,
        message(date).with("field", Argument.phrase(field)).with("subject", subject));
  }

  private static Message message(LocalDate date) {
    if (looksJalali(date)) {
      Argument written = Argument.id(date.toString());
      return asJalali(date)
          .map(
              meant ->
                  JALALI
                      .with("written", written)
                      .with("meant", Argument.date(meant))
                      .with("iso", Argument.id(meant.toString())))
          .orElseGet(() -> JALALI_NO_SUCH_DAY.with("written", written));
    }
    return date.isBefore(Dates.EARLIEST)
        ? BEFORE.with("date", Argument.date(date)).with("earliest", Argument.date(Dates.EARLIEST))
        : AFTER.with("date", Argument.date(date)).with("latest", Argument.date(Dates.LATEST));
  }

  /** Whether the year is one of the Jalali years the atlas meets, 1300 to 1500. */
  private static boolean looksJalali(LocalDate date) {
    return date.getYear() >= 1300 && date.getYear() <= 1500;
  }

  /** The day the date's numbers mean as a Jalali date, when there is such a day. */
  private static Optional<LocalDate> asJalali(LocalDate date) {
    try {
      return Optional.of(
          JalaliDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).toLocalDate());
    } catch (DateTimeException notAJalaliDate) {
      return Optional.empty();
    }
  }
}
