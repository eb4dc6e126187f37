package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.TestAtlases;
import org.junit.jupiter.api.Test;

/** The public side of streaming validation: {@link Validator#session} and its session. */
class ValidationSessionTest {

  private static final Atlas VALID = TestAtlases.valid();

  private static Atlas frame(Atlas atlas) {
    return Atlas.builder().from(atlas).pollingStations(List.of()).build();
  }

  /** A custom rule that sees stations one at a time: stations expecting an odd number of voters. */
  private static final class OddVoters implements Rule {
    @Override
    public RuleInfo info() {
      return RuleInfo.builder()
          .id("odd-voters")
          .defaultSeverity(Severity.INFO)
          .summary(Phrase.english("A station expects an even number of voters"))
          .build();
    }

    @Override
    public RuleCheck begin(Atlas frame, RuleContext context) {
      return (index, station) -> {
        if (station.expectedVoters() % 2 != 0) {
          context.report(
              "/pollingStations/" + index + "/expectedVoters",
              station.id(),
              TestMessages.text("odd: " + index));
        }
      };
    }
  }

  @Test
  void stations_given_one_by_one_report_what_the_atlas_in_memory_reports() {
    Atlas atlas = Plant.station(VALID, 2, s -> s.county("ravr"));
    ValidationSession session = Validator.standard().session(frame(atlas));
    List<Violation> returned = new ArrayList<>();

    atlas.pollingStations().forEach(station -> returned.addAll(session.station(station)));
    ValidationReport streamed = session.finish();

    assertThat(streamed.violations())
        .isNotEmpty()
        .isEqualTo(Validator.standard().validate(atlas).violations());
    assertThat(returned)
        .extracting(Violation::pointer)
        .containsExactly("/pollingStations/2/county");
    assertThat(session.stationCount()).isEqualTo(atlas.pollingStations().size());
  }

  @Test
  void stations_given_with_texts_walked_on_another_thread_report_what_the_session_walks_itself()
      throws Exception {
    Atlas atlas =
        Plant.station(
            Plant.station(VALID, 0, s -> s.name(LocalizedName.of("مدرسه علي", "Ali School"))),
            2,
            s -> s.address("خیابان \u202Eشهدا"));
    ValidationSession session = Validator.standard().session(frame(atlas));
    assertThat(session.wantsStationTexts()).isTrue();
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      for (PollingStation station : atlas.pollingStations()) {
        StationTexts texts = reader.submit(() -> StationTexts.of(station)).get();
        session.station(station, texts);
      }
    } finally {
      reader.shutdown();
    }

    List<Violation> inMemory = Validator.standard().validate(atlas).violations();
    assertThat(session.finish().violations()).isEqualTo(inMemory);
    assertThat(inMemory)
        .extracting(Violation::pointer)
        .contains("/pollingStations/0/name/fa", "/pollingStations/2/address");
  }

  @Test
  void the_texts_of_another_station_are_refused() {
    ValidationSession session = Validator.standard().session(frame(VALID));
    PollingStation first = VALID.pollingStations().get(0);
    PollingStation second = VALID.pollingStations().get(1);

    assertThatThrownBy(() -> session.station(first, StationTexts.of(second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the texts are of station " + second.id() + ", not of " + first.id());
  }

  @Test
  void a_session_whose_text_rules_are_off_does_not_want_the_texts() {
    Validator.Builder builder = Validator.builder().addRule(new OddVoters());
    Validator.standardRules().stream()
        .map(Rule::info)
        .filter(info -> info.tags().contains("text"))
        .forEach(info -> builder.disable(info.id()));

    assertThat(builder.build().session(frame(VALID)).wantsStationTexts()).isFalse();
  }

  @Test
  void a_custom_station_rule_runs_in_a_session_and_in_memory_alike() {
    Validator validator = Validator.builder().addRule(new OddVoters()).build();
    Atlas atlas = Plant.station(VALID, 1, s -> s.expectedVoters(901));
    ValidationSession session = validator.session(frame(atlas));

    atlas.pollingStations().forEach(session::station);

    assertThat(session.finish().violationsOf("odd-voters"))
        .isEqualTo(validator.validate(atlas).violationsOf("odd-voters"))
        .extracting(v -> v.message().toString())
        .contains("odd: 1");
  }

  @Test
  void a_custom_rule_that_needs_the_whole_atlas_is_refused_by_a_session_with_why() {
    Rule whole =
        new WholeAtlasRule() {
          @Override
          public RuleInfo info() {
            return RuleInfo.builder()
                .id("whole-atlas")
                .defaultSeverity(Severity.WARNING)
                .summary(Phrase.english("Looks at the whole atlas"))
                .build();
          }

          @Override
          protected void check(Atlas atlas, RuleContext context) {}
        };
    Validator validator = Validator.builder().addRule(whole).build();

    assertThatThrownBy(() -> validator.session(frame(VALID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule whole-atlas")
        .hasMessageContaining("WholeAtlasRule")
        .hasMessageContaining("Validator.validate");
  }

  @Test
  void a_frame_that_still_has_stations_is_refused() {
    assertThatThrownBy(() -> Validator.standard().session(VALID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("station()");
  }

  @Test
  void a_finished_session_takes_no_more_stations() {
    ValidationSession session = Validator.standard().session(frame(VALID));
    PollingStation first = VALID.pollingStations().get(0);
    session.finish();

    assertThatThrownBy(() -> session.station(first)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(session::finish).isInstanceOf(IllegalStateException.class);
  }
}
