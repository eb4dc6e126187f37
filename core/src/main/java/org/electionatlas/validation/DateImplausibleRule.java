package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;
import static org.electionatlas.model.EntityKind.EVENT;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.electionatlas.calendar.JalaliDate;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Event;
import org.electionatlas.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Every date of the atlas (voting day, event starts and ends, approval requests and decisions,
 * sources' publication dates) lies between 1979-04-01 and 2100-12-31. A date with a year from 1300
 * to 1500 is most likely a Jalali date, and the message gives the Gregorian date it would be.
 */
final class DateImplausibleRule extends CatalogueRule {

  /** The day the Islamic Republic was proclaimed; no election of this model comes earlier. */
  static final LocalDate EARLIEST = LocalDate.of(1979, 4, 1);

  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  DateImplausibleRule() {
    super(
        "date-implausible",
        Severity.WARNING,
        "A date should lie between 1979-04-01 and 2100-12-31",
        "Dates of the atlas are Gregorian, but Iranian documents date things in the Jalali"
            + " calendar, and 1402-04-20 typed into a Gregorian field is read as a day in the year"
            + " 1402. Such a date puts a training centuries before voting day, makes an approval"
            + " look six hundred years old, and breaks every comparison between dates. No"
            + " election of the Islamic Republic is earlier than its proclamation on 1979-04-01,"
            + " and dates after 2100 are typos.",
        """
        "approvals": [{"id": "electronic-kerman", "requestedOn": "1402-04-20"}]""",
        """
        "approvals": [{"id": "electronic-kerman", "requestedOn": "2023-07-11"}]""");
  }

  /** Whether the date lies in the range this rule accepts. */
  static boolean isPlausible(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  @Override
  public void check(Atlas atlas, Findings findings) {
    String election = atlas.election().id();
    check(
        findings, "/election/votingDay", election, "the voting day", atlas.election().votingDay());
    List<Event> events = atlas.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      String whose = "the start of " + Describe.entity(EVENT, event);
      check(findings, EVENT.pointer(i) + "/start", event.id(), whose, event.start().date());
      whose = "the end of " + Describe.entity(EVENT, event);
      check(findings, EVENT.pointer(i) + "/end", event.id(), whose, event.end().date());
    }
    List<Approval> approvals = atlas.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Approval approval = approvals.get(i);
      String pointer = APPROVAL.pointer(i);
      String subject = Describe.entity(APPROVAL, approval);
      approval
          .requestedOn()
          .ifPresent(
              date ->
                  check(
                      findings,
                      pointer + "/requestedOn",
                      approval.id(),
                      "the request date of " + subject,
                      date));
      approval
          .decidedOn()
          .ifPresent(
              date ->
                  check(
                      findings,
                      pointer + "/decidedOn",
                      approval.id(),
                      "the decision date of " + subject,
                      date));
    }
    atlas
        .provenance()
        .ifPresent(
            provenance -> {
              List<Source> sources = provenance.sources();
              for (int j = 0; j < sources.size(); j++) {
                Source source = sources.get(j);
                String pointer = "/provenance/sources/" + j + "/published";
                String whose = "the publication date of source \"" + source.title() + "\"";
                source.published().ifPresent(date -> check(findings, pointer, null, whose, date));
              }
            });
  }

  /** The Gregorian day a date means if its numbers are read as a Jalali date, when they can be. */
  private static Optional<LocalDate> asJalali(LocalDate date) {
    try {
      return Optional.of(
          JalaliDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).toLocalDate());
    } catch (DateTimeException notAJalaliDate) {
      return Optional.empty();
    }
  }

  private static void check(
      Findings findings, String pointer, @Nullable String subjectId, String whose, LocalDate date) {
    if (isPlausible(date)) {
      return;
    }
    Optional<LocalDate> gregorian = asJalali(date);
    findings.report(
        pointer,
        subjectId,
        whose
            + " is "
            + date
            + ", "
            + (date.isBefore(EARLIEST) ? "before " + EARLIEST : "after " + LATEST)
            + (gregorian.isPresent()
                ? "; it looks like a Jalali date, which would be " + gregorian.get() + " Gregorian"
                : "; dates in an atlas are Gregorian"));
  }
}
