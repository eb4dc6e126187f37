package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.electionatlas.generate.AtlasGenerator;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session with a listener hands out every finding and keeps none; the collector keeps the first
 * of each rule in the report's order and counts every one.
 */
class FindingsCollectorTest {

  /** Every station with an odd number of voters, and every third station once more at the end. */
  private static final class Noisy implements Rule {
    @Override
    public RuleInfo info() {
      return RuleInfo.builder()
          .id("noisy")
          .defaultSeverity(Severity.WARNING)
          .summary(Phrase.english("Finds a lot"))
          .build();
    }

    @Override
    public RuleCheck begin(Atlas frame, RuleContext context) {
      List<Integer> later = new ArrayList<>();
      return new RuleCheck() {
        @Override
        public void station(int index, PollingStation station) {
          if (station.expectedVoters() % 2 != 0) {
            context.report(
                "/pollingStations/" + index + "/expectedVoters",
                station.id(),
                TestMessages.text("odd " + index));
          }
          if (index % 3 == 0) {
            later.add(index);
          }
        }

        @Override
        public void end() {
          // Reported at the end, in reverse: the collector must still keep the first in order.
          Collections.reverse(later);
          for (int index : later) {
            context.report("/pollingStations/" + index, null, TestMessages.text("third " + index));
          }
        }
      };
    }
  }

  static Stream<Arguments> caps() {
    return Stream.of(
        Arguments.of(2_000, 1, 1),
        Arguments.of(2_000, 7, 5),
        Arguments.of(3_000, 100, 11),
        Arguments.of(500, 10_000, 3),
        Arguments.of(0, 3, 2));
  }

  @ParameterizedTest(name = "{0} stations, at most {1} a rule, seed {2}")
  @MethodSource("caps")
  void keeps_the_first_findings_of_each_rule_and_counts_them_all(int stations, int cap, long seed) {
    Atlas atlas = AtlasGenerator.of(stations, seed).generate();
    Validator validator = Validator.builder().addRule(new Noisy()).build();
    ValidationReport whole = validator.validate(atlas);

    ValidationReport.Collector collector = ValidationReport.collector(cap);
    ValidationSession session =
        validator.session(
            Atlas.builder().from(atlas).pollingStations(List.of()).build(), collector);
    atlas.pollingStations().forEach(station -> assertThat(session.station(station)).isEmpty());
    ValidationReport counted = session.finish();
    ValidationReport capped = collector.report();

    for (Severity severity : Severity.values()) {
      assertThat(capped.count(severity)).isEqualTo(whole.count(severity));
      assertThat(counted.count(severity)).isEqualTo(whole.count(severity));
    }
    assertThat(counted.violations()).isEmpty();
    assertThat(capped.summary()).isEqualTo(whole.summary());
    assertThat(capped.hasAtLeast(Severity.WARNING)).isEqualTo(whole.hasAtLeast(Severity.WARNING));
    List<String> rules = whole.violations().stream().map(Violation::ruleId).distinct().toList();
    for (String rule : rules) {
      List<Violation> all = whole.violationsOf(rule);
      assertThat(capped.violationsOf(rule))
          .as(rule)
          .isEqualTo(all.subList(0, Math.min(cap, all.size())));
      int left =
          capped.omitted().stream()
              .filter(o -> o.ruleId().equals(rule))
              .mapToInt(ValidationReport.Omitted::count)
              .sum();
      assertThat(left).as(rule).isEqualTo(Math.max(0, all.size() - cap));
    }
  }

  @Test
  void a_collector_that_keeps_everything_gives_the_report_of_the_findings() {
    Atlas atlas = AtlasGenerator.of(1_500, 9).generate();
    Validator validator = Validator.builder().addRule(new Noisy()).build();
    ValidationReport whole = validator.validate(atlas);
    ValidationReport.Collector collector = ValidationReport.collector(Integer.MAX_VALUE);
    List<Violation> shuffled = new ArrayList<>(whole.violations());
    Collections.shuffle(shuffled, new Random(4));

    shuffled.forEach(collector::found);

    assertThat(collector.report().violations()).isEqualTo(whole.violations());
    assertThat(collector.report().omitted()).isEmpty();
  }

  @Test
  void keeps_says_whether_a_finding_would_be_kept_now() {
    ValidationReport.Collector collector = ValidationReport.collector(2);
    List<Violation> three =
        IntStream.of(5, 3, 9)
            .mapToObj(
                i ->
                    Violation.builder()
                        .ruleId("r")
                        .severity(Severity.ERROR)
                        .pointer("/pollingStations/" + i)
                        .message(TestMessages.text("x"))
                        .build())
            .toList();
    collector.found(three.get(0));
    collector.found(three.get(1));

    assertThat(collector.keeps(three.get(2))).isFalse();
    collector.found(three.get(2));
    assertThat(collector.report().violations()).containsExactly(three.get(1), three.get(0));
    assertThat(collector.report().omitted())
        .containsExactly(new ValidationReport.Omitted("r", Severity.ERROR, 1));
    assertThat(collector.report().summary()).isEqualTo("3 errors, 0 warnings, 0 infos");
  }

  @Test
  void a_collector_keeps_at_least_one_finding_a_rule() {
    assertThatThrownBy(() -> ValidationReport.collector(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
