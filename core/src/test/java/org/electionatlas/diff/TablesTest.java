package org.electionatlas.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TablesTest {

  @ParameterizedTest(name = "{0} keys, {1} expected, seed {2}")
  @CsvSource({"10, 16, 1", "100000, 16, 2", "100000, 100000, 3", "300000, 1000, 4"})
  void a_key_given_once_maps_to_its_position_and_one_given_twice_to_neither(
      int keys, int expected, long seed) {
    Random random = new Random(seed);
    Tables table = new Tables(expected);
    Map<Long, Integer> model = new HashMap<>();
    for (int position = 0; position < keys; position++) {
      // Few distinct keys among many, so that some come twice or more.
      long key = random.nextInt(keys) * 0x9E3779B97F4A7C15L;
      table.putUnique(key, position);
      model.merge(key, position, (was, now) -> Tables.AMBIGUOUS);
    }

    model.forEach((key, position) -> assertThat(table.get(key)).isEqualTo(position));
    for (int k = 0; k < 1000; k++) {
      long absent = random.nextLong() | 1;
      if (!model.containsKey(absent)) {
        assertThat(table.get(absent)).isEqualTo(Tables.ABSENT);
      }
    }
  }
}
