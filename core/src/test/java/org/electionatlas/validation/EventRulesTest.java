package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.electionatlas.message.CalendarSystem;
import org.electionatlas.message.Language;
import org.electionatlas.message.MessageStyle;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.EventKind;
import org.electionatlas.model.EventTime;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Event spans: a date alone means some time in that day, so only spans that are wrong whatever the
 * time are reported.
 */
class EventRulesTest {

  /** The training (event 0) with its span changed; the workshop (event 1) is on 12 July. */
  private static Atlas training(String start, String end) {
    return Plant.event(
        TestAtlases.valid(), 0, e -> e.start(EventTime.parse(start)).end(EventTime.parse(end)));
  }

  /** The workshop (event 1) with its span changed, inside the training of 12–13 July. */
  private static Atlas workshop(String start, String end) {
    return Plant.event(
        TestAtlases.valid(), 1, e -> e.start(EventTime.parse(start)).end(EventTime.parse(end)));
  }

  private static List<String> findings(Atlas atlas) {
    return Validator.standard().validate(atlas).violations().stream()
        .map(v -> v.ruleId() + " " + v.pointer())
        .toList();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({
    "2023-07-12, 2023-07-12",
    "2023-07-12T09:00, 2023-07-12",
    "2023-07-12, 2023-07-12T08:00",
    "2023-07-12T09:00, 2023-07-12T09:00"
  })
  void a_span_that_fits_some_time_of_its_days_is_accepted(String start, String end) {
    assertThat(findings(workshop(start, end))).isEmpty();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({
    "2023-07-13, 2023-07-12T23:00",
    "2023-07-13T10:00, 2023-07-13T09:59",
    "2023-07-13, 2023-07-12"
  })
  void a_span_that_ends_before_it_starts_whatever_the_time_is_reported_at_its_end(
      String start, String end) {
    assertThat(findings(workshop(start, end)))
        .containsExactly("event-end-before-start /events/1/end");
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource({
    "2023-07-12, 2023-07-13, ''",
    "2023-07-12T00:00, 2023-07-13T23:59, ''",
    "2023-07-11, 2023-07-12, event-outside-parent /events/1/start",
    "2023-07-13T17:00, 2023-07-14, event-outside-parent /events/1/end",
    "2023-07-11, 2023-07-14, event-outside-parent /events/1/start"
  })
  void a_part_must_lie_within_the_whole(String start, String end, String expected) {
    List<String> findings = findings(workshop(start, end));

    if (expected.isEmpty()) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).containsExactly(expected);
    }
  }

  @Test
  void a_part_outside_both_ends_is_one_finding_that_names_both() {
    Violation violation =
        Validator.standard()
            .validate(workshop("2023-07-11", "2023-07-14"))
            .violationsOf("event-outside-parent")
            .get(0);

    assertThat(violation.message().toString())
        .contains(
            "but starts at 2023-07-11, before its parent starts at 2023-07-12 and ends at"
                + " 2023-07-14, after its parent ends at 2023-07-13");
  }

  @Test
  void a_date_only_part_is_inside_a_parent_that_starts_later_that_day() {
    Atlas atlas =
        Plant.event(
            training("2023-07-12T09:00", "2023-07-13T17:00"),
            1,
            e -> e.start(EventTime.parse("2023-07-12")).end(EventTime.parse("2023-07-13")));

    assertThat(findings(atlas)).isEmpty();
  }

  @Test
  void the_parts_of_a_parent_whose_own_span_is_inverted_are_not_judged_against_it() {
    assertThat(findings(training("2023-07-13", "2023-07-11")))
        .containsExactly("event-end-before-start /events/0/end");
  }

  @ParameterizedTest(name = "{0} ending {1}: {2}")
  @CsvSource({
    "TRAINING, 2024-03-01, ''",
    "TRAINING, 2024-03-02, event-after-voting-day /events/0/end",
    "MEETING, 2024-03-10, ''",
    "DEADLINE, 2024-03-10, ''"
  })
  void preparation_ends_by_voting_day_and_meetings_and_deadlines_may_follow_it(
      EventKind kind, String end, String expected) {
    Atlas atlas = Plant.event(TestAtlases.valid(), 0, e -> e.kind(kind).end(EventTime.parse(end)));

    List<String> findings = findings(atlas);

    if (expected.isEmpty()) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).containsExactly(expected);
    }
  }

  @Test
  void a_jalali_date_is_shown_as_written_with_the_day_it_means_and_how_the_atlas_writes_that_day() {
    Atlas atlas = Plant.event(TestAtlases.valid(), 0, e -> e.start(EventTime.parse("1402-04-21")));

    assertThat(Validator.standard().validate(atlas).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/events/0/start");
              assertThat(v.message().toString())
                  .isEqualTo(
                      "the start of event \"training\" (نشست آموزشی / Regional training) is"
                          + " written \"1402-04-21\"; it looks like a Jalali date: read as one it"
                          + " is 2023-07-12, which the atlas writes as the ISO-8601 date"
                          + " \"2023-07-12\"");
              assertThat(v.message().render(MessageStyle.of(Language.EN, CalendarSystem.JALALI)))
                  .contains(
                      "read as one it is 21 Tir 1402, which the atlas writes as the ISO-8601");
              assertThat(v.message().render(MessageStyle.PERSIAN))
                  .contains("«1402-04-21» نوشته شده است")
                  .contains("روز ۲۱ تیر ۱۴۰۲ است")
                  .contains("«2023-07-12»");
            });
  }

  /**
   * Under a Jalali calendar no wording of the rule may name the calendar the atlas is written in:
   * the days it shows are arguments in the reader's calendar, and a value that is no day anyone
   * meant is quoted as written.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1979-03-31 | 11 Farvardin 1358, before 12 Farvardin 1358 | ۱۱ فروردین ۱۳۵۸، پیش از ۱۲"
            + " فروردین ۱۳۵۸",
        "2101-01-01 | 11 Dey 1479, after 10 Dey 1479 | ۱۱ دی ۱۴۷۹، پس از ۱۰ دی ۱۴۷۹",
        "1402-04-21 | \"1402-04-21\"; it looks like a Jalali date: read as one it is 21 Tir 1402"
            + " | «1402-04-21» نوشته شده است",
        "1402-07-31 | \"1402-07-31\"; it looks like a Jalali date, but no Jalali month has that"
            + " day | چنین روزی در ماه‌های خورشیدی نیست"
      })
  void an_implausible_date_never_names_a_calendar(String start, String english, String persian) {
    Atlas atlas = Plant.event(TestAtlases.valid(), 0, e -> e.start(EventTime.parse(start)));

    Violation violation =
        Validator.standard().validate(atlas).violationsOf("date-implausible").get(0);

    assertThat(violation.message().render(MessageStyle.of(Language.EN, CalendarSystem.JALALI)))
        .contains(english)
        .doesNotContain("Gregorian", " AD", "{", "}");
    assertThat(violation.message().render(MessageStyle.PERSIAN))
        .contains(persian)
        .doesNotContain("میلادی", "Gregorian", "{", "}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1979-03-31, 1", "1979-04-01, 0", "2100-12-31, 0", "2101-01-01, 1"})
  void dates_are_plausible_from_1979_04_01_to_2100_12_31(String published, int findings) {
    Atlas atlas =
        Atlas.builder()
            .from(TestAtlases.valid())
            .provenance(
                org.electionatlas.model.Provenance.builder()
                    .addSource(
                        org.electionatlas.model.Source.builder()
                            .title("IQNA report")
                            .published(java.time.LocalDate.parse(published))
                            .build())
                    .build())
            .build();

    assertThat(Validator.standard().validate(atlas).violationsOf("date-implausible"))
        .hasSize(findings)
        .allSatisfy(
            v -> {
              assertThat(v.pointer()).isEqualTo("/provenance/sources/0/published");
              assertThat(v.message().toString()).endsWith("; check the year");
            });
  }
}
