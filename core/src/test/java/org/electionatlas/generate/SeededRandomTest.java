package org.electionatlas.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

  /**
   * Values computed independently (a few lines of Python over the published SplitMix64 constants),
   * so that a change to the algorithm, which would change every generated atlas, cannot pass
   * unnoticed.
   */
  @Test
  void streamsAreTheSplitMix64ValuesForTheirSeedPurposeAndIndex() {
    SeededRandom station = SeededRandom.of(0, Purpose.STATION, 0);
    assertThat(station.nextLong()).isEqualTo(-7770742335484233187L);
    assertThat(station.nextLong()).isEqualTo(-7818722888148187095L);
    assertThat(station.nextLong()).isEqualTo(-2365771585130664561L);

    assertThat(SeededRandom.of(7, Purpose.HIGH_RISK, 0).nextInt(250)).isEqualTo(63);
    assertThat(SeededRandom.of(-1402, Purpose.COUNTY_WEIGHT, 5).nextDouble())
        .isEqualTo(0.9382371579927246);
  }

  @Test
  void equalArgumentsGiveEqualStreamsAndOthersDiffer() {
    assertThat(SeededRandom.of(7, Purpose.STATION, 42).nextLong())
        .isEqualTo(SeededRandom.of(7, Purpose.STATION, 42).nextLong())
        .isNotEqualTo(SeededRandom.of(7, Purpose.STATION, 43).nextLong())
        .isNotEqualTo(SeededRandom.of(8, Purpose.STATION, 42).nextLong())
        .isNotEqualTo(SeededRandom.of(7, Purpose.COVERAGE, 42).nextLong());
  }

  @RepeatedTest(20)
  void drawsStayInTheirRanges(RepetitionInfo repetition) {
    SeededRandom random = SeededRandom.of(repetition.getCurrentRepetition(), Purpose.STATION, 0);
    for (int i = 0; i < 1_000; i++) {
      assertThat(random.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
      assertThat(random.nextInt(7)).isBetween(0, 6);
      assertThat(random.between(150, 800)).isBetween(150, 800);
    }
  }
}
