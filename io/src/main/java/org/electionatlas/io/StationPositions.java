package org.electionatlas.io;

import java.util.Arrays;

/**
 * Where each station of a {@link StationStream} starts in its file, kept as a read passes them, so
 * that any one of them can be read again on its own by {@link StationStream#stationAt}: its byte
 * offset and its line and column, 16 bytes a station in two primitive arrays (16 MB for a million
 * stations).
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

  private long[] offsets = new long[1 << 4];
  private long[] places = new long[1 << 4];
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
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
      places = Arrays.copyOf(places, size * 2);
    }
    offsets[size] = positioned.offset();
    places[size] = positioned.lineAndColumn();
    size++;
  }

  /** {@return how many stations it holds} */
  public int size() {
    return size;
  }

  long offset(int index) {
    return offsets[check(index)];
  }

  long lineAndColumn(int index) {
    return places[check(index)];
  }

  private int check(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "no station " + index + " among the " + size + " whose positions were kept");
    }
    return index;
  }
}
