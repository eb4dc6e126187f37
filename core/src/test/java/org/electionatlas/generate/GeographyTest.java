package org.electionatlas.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeographyTest {

  @Test
  void apportionSharesByWeightAndGivesTiesToTheEarlierPart() {
    assertThat(Geography.apportion(10, new long[] {1, 1, 2})).containsExactly(3, 2, 5);
    assertThat(Geography.apportion(3, new long[] {1, 1, 1, 1})).containsExactly(1, 1, 1, 0);
    assertThat(Geography.apportion(0, new long[] {5, 7})).containsExactly(0, 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 153, 154, 155, 1_000, 123_457})
  void plansGiveEveryCountyAStationAndAddUpToTheTotal(int stations) {
    List<CountyPlan> plans = Geography.plan(stations, 9);

    assertThat(plans.stream().mapToInt(CountyPlan::stations).sum()).isEqualTo(stations);
    assertThat(plans).allMatch(plan -> plan.stations() >= 1);
    // Each county's stations follow the previous county's, from index 0.
    IntStream.range(1, plans.size())
        .forEach(
            c ->
                assertThat(plans.get(c).firstStation())
                    .isEqualTo(plans.get(c - 1).firstStation() + plans.get(c - 1).stations()));
  }

  @Test
  void largeOrPopulousProvincesGetSixCountiesAndTheOthersFour() {
    List<CountyPlan> plans = Geography.plan(1_000, 1);

    assertThat(plans).hasSize(154);
    assertThat(plans.stream().filter(p -> p.province().en().equals("Tehran"))).hasSize(6);
    assertThat(plans.stream().filter(p -> p.province().en().equals("Qom"))).hasSize(4);
  }
}
