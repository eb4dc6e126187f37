package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void a_jalali_date_is_shown_as_the_gregorian_date_it_would_be() {
    Atlas atlas = Plant.event(TestAtlases.valid(), 0, e -> e.start(EventTime.parse("1402-04-21")));

    assertThat(Validator.standard().validate(atlas).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.pointer()).isEqualTo("/events/0/start");
              assertThat(v.message().toString())
                  .isEqualTo(
                      "the start of event \"training\" (نشست آموزشی / Regional training) is"
                          + " 1402-04-21, before 1979-04-01; it looks like a Jalali date, which"
                          + " would be 2023-07-12 Gregorian");
            });
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
              assertThat(v.message().toString()).endsWith("; dates in an atlas are Gregorian");
            });
  }
}
