package org.electionatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.electionatlas.cli.LabelPlacer.Box;
import org.electionatlas.cli.LabelPlacer.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelPlacerTest {

  private static final Box FRAME = new Box(0, 0, 400, 300);

  @Test
  void a_label_with_room_goes_right_beside_its_anchor_without_a_leader() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    placer.mark(Box.around(200, 150, 3, 3));

    Placement placement = placer.place(200, 150, 3, 60, 20).orElseThrow();

    assertThat(placement.leader()).isFalse();
    assertThat(placement.box().left()).isGreaterThan(203).isLessThan(210);
    assertThat(placement.box().top() + 10).isEqualTo(150);
  }

  @Test
  void a_label_whose_anchor_is_crowded_goes_farther_with_a_leader_that_meets_its_box() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    for (int x = 150; x <= 250; x += 6) {
      for (int y = 110; y <= 190; y += 6) {
        placer.mark(Box.around(x, y, 3, 3));
      }
    }

    Placement placement = placer.place(200, 150, 0, 60, 20).orElseThrow();

    assertThat(placement.leader()).isTrue();
    Box box = placement.box();
    assertThat(placement.leaderX()).isBetween(box.left(), box.right());
    assertThat(placement.leaderY()).isBetween(box.top(), box.bottom());
    assertThat(box.overlaps(new Box(147, 107, 253, 193))).isFalse();
  }

  @Test
  void a_label_with_no_free_place_is_left_out_and_counted() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    placer.mark(FRAME);

    Optional<Placement> placement = placer.place(200, 150, 0, 60, 20);

    assertThat(placement).isEmpty();
    assertThat(placer.leftOut()).isEqualTo(1);
    assertThat(placer.placed()).isZero();
  }

  @Test
  void labels_at_one_anchor_go_to_different_places_until_none_is_left() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    List<Box> boxes = new ArrayList<>();

    for (int i = 0; i < LabelPlacer.CANDIDATES + 5; i++) {
      placer.place(200, 150, 0, 80, 24).ifPresent(p -> boxes.add(p.box()));
    }

    for (int i = 0; i < boxes.size(); i++) {
      for (Box other : boxes.subList(i + 1, boxes.size())) {
        assertThat(boxes.get(i).overlaps(other)).isFalse();
      }
    }
    assertThat(placer.placed()).isEqualTo(boxes.size());
    assertThat(placer.placed() + placer.leftOut()).isEqualTo(LabelPlacer.CANDIDATES + 5);
    assertThat(placer.leftOut()).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void no_placed_label_overlaps_any_mark_of_random_sizes_and_places(long seed) {
    Random random = new Random(seed);
    LabelPlacer placer = new LabelPlacer(FRAME);
    List<Box> marks = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      double r = 0.3 + random.nextDouble() * 6;
      Box mark = Box.around(random.nextDouble() * 420 - 10, random.nextDouble() * 320 - 10, r, r);
      marks.add(mark);
      placer.mark(mark);
    }
    List<Box> labels = new ArrayList<>();

    for (int i = 0; i < 40; i++) {
      placer
          .place(random.nextDouble() * 400, random.nextDouble() * 300, 0, 30 + i, 14)
          .ifPresent(p -> labels.add(p.box()));
    }

    assertThat(labels).isNotEmpty();
    for (Box label : labels) {
      assertThat(label.within(FRAME)).isTrue();
      assertThat(marks).noneMatch(label::overlaps);
      assertThat(labels).filteredOn(other -> other != label).noneMatch(label::overlaps);
    }
  }

  @Test
  void a_mark_after_the_first_label_is_refused() {
    LabelPlacer placer = new LabelPlacer(FRAME);
    placer.place(10, 10, 0, 5, 5);

    assertThatThrownBy(() -> placer.mark(Box.around(50, 50, 1, 1)))
        .isInstanceOf(IllegalStateException.class);
  }
}
