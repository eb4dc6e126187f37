package org.electionatlas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The id table answers as a map from id to its first index does, across pages of characters. */
class IdTableTest {

  @RepeatedTest(5)
  void every_id_is_found_at_its_first_index_however_many_pages_it_takes(RepetitionInfo run) {
    Random random = new Random(run.getCurrentRepetition());
    IdTable table = new IdTable();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < 60_000; i++) {
      // Some ids repeat, some are long enough to need a page of their own.
      String id =
          random.nextInt(50) == 0
              ? "x".repeat(70_000 + random.nextInt(10))
              : "st-" + random.nextInt(40_000);
      first.putIfAbsent(id, i);
      table.add(id);
      assertThat(table.idAt(i)).isEqualTo(id);
    }

    assertThat(table.size()).isEqualTo(60_000);
    first.forEach((id, index) -> assertThat(table.indexOf(id)).as(id).isEqualTo(index));
    assertThat(table.indexOf("never-added")).isEqualTo(-1);
  }

  @Test
  void interning_gives_each_distinct_value_one_small_index() {
    IdTable table = new IdTable();

    assertThat(table.intern("KR-01")).isZero();
    assertThat(table.intern("KR-02")).isEqualTo(1);
    assertThat(table.intern("KR-01")).isZero();
    assertThat(table.size()).isEqualTo(2);
  }

  /**
   * An add right after a lookup of the same id reuses that lookup's probe; lookups of other ids,
   * found or not, and rehashes in between must not make it put an id into a stale slot.
   */
  @RepeatedTest(5)
  void lookups_between_adds_do_not_change_what_is_found(RepetitionInfo run) {
    Random random = new Random(100 + run.getCurrentRepetition());
    IdTable table = new IdTable();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < 40_000; i++) {
      String id = "st-" + random.nextInt(30_000);
      switch (random.nextInt(4)) {
        case 0 -> assertThat(table.indexOf(id)).isEqualTo(first.getOrDefault(id, -1));
        case 1 -> table.indexOf("other-" + random.nextInt(100));
        case 2 -> {
          table.indexOf(id);
          table.indexOf("st-" + random.nextInt(30_000));
        }
        default -> {}
      }
      first.putIfAbsent(id, i);
      table.add(id);
    }

    first.forEach((id, index) -> assertThat(table.indexOf(id)).as(id).isEqualTo(index));
    assertThat(table.indexOf("never-added")).isEqualTo(-1);
  }
}
