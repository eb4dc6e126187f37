package org.electionatlas.io;

import java.util.Arrays;

/**
 * Where each station of a {@link StationStream} starts in its file, kept as a read passes them, so
 * that any one of them can be read again on its own by {@link StationStream#stationAt}: its byte
 * offset and its line and column, 16 bytes a station (16 MB for a million stations), in blocks of
 * 16,384 stations: a table that grows never copies what it holds, and no block is so large that the
 * collector must find a run of free regions for it.
 *
 * <pre>{@code
 * StationPositions positions = StationPositions.create();
 * stream.forEachStation(station -> {
 *   positions.add(station);
 *   // ... keep what little the first look needs
 * });
 * StationStream.StreamedStation again = stream.stationAt(positions, 41);
 * }</pre>
 *
 * <p>The first look at a station's position counts the lines and columns before it: positions of
 * every station cost one more pass over the bytes of the file (not a parse), on top of the read.
 *
 * <p>Not thread-safe.
 */
public final class StationPositions {

  /** Stations a block holds: two longs each, 256 KiB a block, under a small heap's region. */
  private static final int BLOCK_BITS = 14;

  private static final int BLOCK = 1 << BLOCK_BITS;

  /** Each block: the offset, then the line and column, of each of its stations. */
  private long[][] blocks = new long[1 << 4][];

  private int size;

  private StationPositions() {}

  /** {@return an empty table, to be given each station of one read in order} */
  public static StationPositions create() {
    return new StationPositions();
  }

  /**
   * Keeps where a station starts.
   *
   * @param station a station as a {@link StationStream} hands it over, the next in document order
   *     (the first has index 0)
   * @throws IllegalArgumentException if the station is not the next one, or was not handed over by
   *     a {@link StationStream}
   * @throws java.io.UncheckedIOException if the file cannot be read for its line and column
   */
  public void add(StationStream.StreamedStation station) {
    if (!(station instanceof StationStream.Positioned positioned)) {
      throw new IllegalArgumentException(
          "only a station a StationStream hands over has a position in its file");
    }
    if (station.index() != size) {
      throw new IllegalArgumentException(
          "stations are added in document order: the next is station "
              + size
              + ", not "
              + station.index());
    }
    int block = size >>> BLOCK_BITS;
    if (block == blocks.length) {
      blocks = Arrays.copyOf(blocks, block * 2);
    }
    long[] into = blocks[block];
    if (into == null) {
      into = new long[2 * BLOCK];
      blocks[block] = into;
    }
    int at = 2 * (size & (BLOCK - 1));
    into[at] = positioned.offset();
    into[at + 1] = positioned.lineAndColumn();
    size++;
  }

  /** {@return how many stations it holds} */
  public int size() {
    return size;
  }

  long offset(int index) {
    return blocks[check(index) >>> BLOCK_BITS][2 * (index & (BLOCK - 1))];
  }

  long lineAndColumn(int index) {
    return blocks[check(index) >>> BLOCK_BITS][2 * (index & (BLOCK - 1)) + 1];
  }

  private int check(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "no station " + index + " among the " + size + " whose positions were kept");
    }
    return index;
  }
}
