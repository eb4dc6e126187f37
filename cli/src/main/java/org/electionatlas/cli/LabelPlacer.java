package org.electionatlas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places labels on a map so that none covers a mark (a station's dot, the scale bar) or another
 * label: beside its anchor when there is room, farther away with a leader line back to the anchor
 * when it is crowded, and not at all when no place within reach is free.
 *
 * <p>Marks are kept in an occupancy raster of {@value #CELL}-pixel cells, each mark marking every
 * cell its box touches. Once every mark is in, a summed-area table of the raster answers "is any
 * cell under this box marked?" in constant time, whatever the number of marks; labels, which are
 * few, are kept in a coarser grid of their own. A raster cell marked by a mark and touched by a
 * label rejects the label even when the two boxes miss each other inside the cell: the test is
 * conservative, so that a label never overlaps a mark, at the price of at most a cell of room.
 * Adding n marks is O(n), placing a label O(1) in the number of marks; the work is bounded by
 * {@link #CANDIDATES} tries per label.
 *
 * <p>Marks must all be added before the first label is placed. Instances are not thread-safe.
 */
final class LabelPlacer {

  /** The raster's cell, in pixels: smaller than the smallest mark, so that little room is lost. */
  static final int CELL = 2;

  private static final int LABEL_CELL = 64;

  /** The room between a mark and a label beside it, in pixels. */
  private static final double GAP = 2;

  /** Distances of the farther places, beyond the label's own size, in pixels. */
  private static final double[] REACH = {16, 36, 64, 100, 150, 210};

  private static final int DIRECTIONS = 16;

  /** How many places one label is tried at, at most. */
  static final int CANDIDATES = 8 + REACH.length * DIRECTIONS;

  /**
   * A placed label.
   *
   * @param box its box, left, top, right, bottom
   * @param leader whether it is away from its anchor, so that a line must join them
   * @param leaderX where the leader line meets the box, horizontally
   * @param leaderY where the leader line meets the box, vertically
   */
  record Placement(Box box, boolean leader, double leaderX, double leaderY) {}

  /**
   * A box on the map, in pixels.
   *
   * @param left its left edge
   * @param top its top edge
   * @param right its right edge
   * @param bottom its bottom edge
   */
  record Box(double left, double top, double right, double bottom) {

    static Box around(double x, double y, double halfWidth, double halfHeight) {
      return new Box(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight);
    }

    boolean overlaps(Box other) {
      return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
    }

    boolean within(Box frame) {
      return left >= frame.left
          && top >= frame.top
          && right <= frame.right
          && bottom <= frame.bottom;
    }
  }

  private final Box frame;
  private final int columns;
  private final int rows;
  private final boolean[] marked;
  private int[] table = new int[0];
  private final int labelColumns;
  private final List<List<Box>> labels;
  private int placed;
  private int left;

  /**
   * A placer for labels inside the frame, which marks beyond it do not concern.
   *
   * @param frame where labels may go
   */
  LabelPlacer(Box frame) {
    this.frame = frame;
    this.columns = (int) Math.ceil((frame.right() - frame.left()) / CELL) + 1;
    this.rows = (int) Math.ceil((frame.bottom() - frame.top()) / CELL) + 1;
    this.marked = new boolean[columns * rows];
    this.labelColumns = (int) Math.ceil((frame.right() - frame.left()) / LABEL_CELL) + 1;
    int labelRows = (int) Math.ceil((frame.bottom() - frame.top()) / LABEL_CELL) + 1;
    this.labels = new ArrayList<>(labelColumns * labelRows);
    for (int i = 0; i < labelColumns * labelRows; i++) {
      labels.add(new ArrayList<>(0));
    }
  }

  /**
   * Adds a mark that no label may cover.
   *
   * @param box the mark's box
   * @throws IllegalStateException once a label has been placed
   */
  void mark(Box box) {
    if (table.length > 0) {
      throw new IllegalStateException("marks go in before the first label");
    }
    if (!box.overlaps(frame)) {
      return;
    }
    int c0 = column(box.left());
    int c1 = column(box.right());
    int r0 = row(box.top());
    int r1 = row(box.bottom());
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        marked[r * columns + c] = true;
      }
    }
  }

  /**
   * Places a label of the given size near an anchor whose own mark has the given radius: beside it
   * first, then farther out in sixteen directions; empty when no place is free, which is counted in
   * {@link #leftOut()}.
   *
   * @param x the anchor, horizontally
   * @param y the anchor, vertically
   * @param radius the anchor's mark's radius, 0 for a point with no mark
   * @param width the label's width
   * @param height the label's height
   * @return where the label goes
   */
  Optional<Placement> place(double x, double y, double radius, double width, double height) {
    if (table.length == 0) {
      summarise();
    }
    double halfWidth = width / 2;
    double halfHeight = height / 2;
    double beside = radius + GAP;
    // Right, left, above, below, then the four corners: where a reader looks first.
    double[][] near = {
      {beside + halfWidth, 0},
      {-beside - halfWidth, 0},
      {0, -beside - halfHeight},
      {0, beside + halfHeight},
      {beside + halfWidth, -beside - halfHeight},
      {-beside - halfWidth, -beside - halfHeight},
      {beside + halfWidth, beside + halfHeight},
      {-beside - halfWidth, beside + halfHeight}
    };
    for (double[] offset : near) {
      Box box = Box.around(x + offset[0], y + offset[1], halfWidth, halfHeight);
      if (free(box)) {
        return Optional.of(accept(new Placement(box, false, x, y)));
      }
    }
    for (double reach : REACH) {
      for (int d = 0; d < DIRECTIONS; d++) {
        double angle = 2 * Math.PI * d / DIRECTIONS;
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        Box box =
            Box.around(
                x + dx * (beside + reach + halfWidth),
                y + dy * (beside + reach + halfHeight),
                halfWidth,
                halfHeight);
        if (free(box)) {
          double meetX = Math.max(box.left(), Math.min(x, box.right()));
          double meetY = Math.max(box.top(), Math.min(y, box.bottom()));
          return Optional.of(accept(new Placement(box, true, meetX, meetY)));
        }
      }
    }
    left++;
    return Optional.empty();
  }

  /** {@return how many labels were placed} */
  int placed() {
    return placed;
  }

  /** {@return how many labels found no free place and were left out} */
  int leftOut() {
    return left;
  }

  private Placement accept(Placement placement) {
    Box box = placement.box();
    for (int r = labelRow(box.top()); r <= labelRow(box.bottom()); r++) {
      for (int c = labelColumn(box.left()); c <= labelColumn(box.right()); c++) {
        labels.get(r * labelColumns + c).add(box);
      }
    }
    placed++;
    return placement;
  }

  private boolean free(Box box) {
    if (!box.within(frame) || markedUnder(box)) {
      return false;
    }
    for (int r = labelRow(box.top()); r <= labelRow(box.bottom()); r++) {
      for (int c = labelColumn(box.left()); c <= labelColumn(box.right()); c++) {
        for (Box other : labels.get(r * labelColumns + c)) {
          if (other.overlaps(box)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The summed-area table: entry (r, c) counts the marked cells above and left of it. */
  private void summarise() {
    table = new int[(columns + 1) * (rows + 1)];
    for (int r = 0; r < rows; r++) {
      int sum = 0;
      for (int c = 0; c < columns; c++) {
        sum += marked[r * columns + c] ? 1 : 0;
        table[(r + 1) * (columns + 1) + c + 1] = table[r * (columns + 1) + c + 1] + sum;
      }
    }
  }

  private boolean markedUnder(Box box) {
    int c0 = column(box.left());
    int c1 = column(box.right()) + 1;
    int r0 = row(box.top());
    int r1 = row(box.bottom()) + 1;
    int width = columns + 1;
    int count =
        table[r1 * width + c1]
            - table[r0 * width + c1]
            - table[r1 * width + c0]
            + table[r0 * width + c0];
    return count > 0;
  }

  private int column(double x) {
    return clamp((int) Math.floor((x - frame.left()) / CELL), columns);
  }

  private int row(double y) {
    return clamp((int) Math.floor((y - frame.top()) / CELL), rows);
  }

  private int labelColumn(double x) {
    return clamp((int) Math.floor((x - frame.left()) / LABEL_CELL), labelColumns);
  }

  private int labelRow(double y) {
    return clamp((int) Math.floor((y - frame.top()) / LABEL_CELL), labels.size() / labelColumns);
  }

  private static int clamp(int index, int size) {
    return Math.max(0, Math.min(size - 1, index));
  }
}
