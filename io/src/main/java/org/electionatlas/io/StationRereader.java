package org.electionatlas.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.ObjectReader;

/**
 * Reads single stations of a {@link StationStream}'s file again, each from the offset where a read
 * found it ({@link StationStream#stationAt}): one positional read of the station's bytes into a
 * buffer kept between calls, the object's end found by a walk over them, then the station bound and
 * checked as the careful path of the stream checks one. Not thread-safe.
 */
final class StationRereader implements Closeable {

  private static final String STATIONS = "/pollingStations/";

  /** Enough for a station as the generator and the sample write them; grown for longer ones. */
  private static final int FIRST_BUFFER = 1 << 13;

  private final Path file;
  private final String source;
  private final long size;
  private final FileTime modified;

  /** Parsers of one station on its own, for its locations. */
  private final TokenStreamFactory stationParsers;

  private final ObjectReader stationReader;
  private final Limits limits;
  private final LongSupplier stationsEnd;
  private @Nullable FileChannel channel;
  private byte[] buffer = new byte[FIRST_BUFFER];

  StationRereader(
      Path file,
      String source,
      long size,
      FileTime modified,
      TokenStreamFactory stationParsers,
      ObjectReader stationReader,
      Limits limits,
      LongSupplier stationsEnd) {
    this.file = file;
    this.source = source;
    this.size = size;
    this.modified = modified;
    this.stationParsers = stationParsers;
    this.stationReader = stationReader;
    this.limits = limits;
    this.stationsEnd = stationsEnd;
  }

  /** The station at an index of an atlas held whole, as a stream hands it over. */
  static Again fromMemory(ParsedAtlas parsed, int index, long size) {
    return new Again(index, parsed.atlas().pollingStations().get(index), size, parsed.sourceMap());
  }

  /**
   * Reads the station that starts at the offset, at that line and column.
   *
   * @throws IOException if the file cannot be read, or no longer holds a station there
   * @throws AtlasFormatException if the bytes there are not a valid station
   */
  Again read(int index, long offset, int line, int column) throws IOException {
    if (offset < 0) {
      throw new IllegalArgumentException("station " + index + " has no offset in " + source);
    }
    FileChannel open = open();
    if (open.size() != size) {
      throw changed("its length is not what it was");
    }
    long limit = stationsEnd.getAsLong();
    int length = 0;
    while (true) {
      int read = StationRegion.readAt(open, buffer, offset);
      if (read == 0 || buffer[0] != '{') {
        throw changed("no station starts where station " + index + " did");
      }
      int end =
          objectEnd(buffer, Math.min(read, (int) Math.min(Integer.MAX_VALUE, limit - offset)));
      if (end >= 0) {
        length = end + 1;
        break;
      }
      if (read < buffer.length || offset + read >= limit) {
        throw changed("station " + index + " no longer ends before the stations do");
      }
      if (buffer.length > Integer.MAX_VALUE / 2) {
        throw changed("station " + index + " has grown past 1 GiB");
      }
      buffer = new byte[buffer.length * 2];
    }
    if (!followedByComma(open, offset + length, limit)) {
      throw changed("station " + index + " is no longer followed by a comma or the array's end");
    }
    byte[] bytes = Arrays.copyOf(buffer, length);
    Again again = new Again(index, bytes, offset, size, line, column, this);
    if (Utf8.firstInvalid(bytes, 0) >= 0) {
      // The scan says which byte is wrong, as reading the whole file would.
      again.sourceMap();
    }
    try {
      again.bind(stationReader.readValue(bytes));
    } catch (JacksonException e) {
      throw Problems.translate(e, again.sourceMap(), limits, STATIONS + index);
    }
    return again;
  }

  private FileChannel open() throws IOException {
    FileChannel open = channel;
    if (open == null) {
      if (!Files.getLastModifiedTime(file).equals(modified)) {
        throw changed("it was written to after it was read");
      }
      open = FileChannel.open(file, StandardOpenOption.READ);
      channel = open;
    }
    return open;
  }

  private IOException changed(String why) {
    return new IOException(source + " changed since it was read: " + why);
  }

  /**
   * The index of the {@code }} that closes the object starting at 0, or -1 when the first {@code
   * length} bytes do not close it.
   */
  static int objectEnd(byte[] bytes, int length) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether what follows a station, after blanks, is a comma or the {@code ]} at the limit. */
  private static boolean followedByComma(FileChannel open, long from, long limit)
      throws IOException {
    byte[] next = new byte[64];
    long at = from;
    while (at < limit) {
      int read = StationRegion.readAt(open, next, at);
      if (read == 0) {
        return false;
      }
      int upTo = (int) Math.min(read, limit - at);
      for (int i = 0; i < upTo; i++) {
        byte b = next[i];
        if (b == ',') {
          return true;
        }
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          return false;
        }
      }
      at += upTo;
    }
    return at == limit;
  }

  SourceMap scan(byte[] bytes, int index, int line, int column) {
    return DocumentScanner.scanStation(
        stationParsers, limits, bytes, source, index, SourceMap.Placement.from(line, column));
  }

  @Override
  public void close() throws IOException {
    FileChannel open = channel;
    if (open != null) {
      channel = null;
      open.close();
    }
  }

  /** A station read again: valid after the call, its values located from its own bytes. */
  static final class Again implements StationStream.StreamedStation, StationStream.Positioned {
    private final int index;
    private final long offset;
    private final long size;
    private final int line;
    private final int column;
    private final byte[] bytes;
    private final @Nullable StationRereader reader;
    private @Nullable PollingStation station;
    private @Nullable SourceMap map;

    Again(
        int index,
        byte[] bytes,
        long offset,
        long size,
        int line,
        int column,
        StationRereader reader) {
      this.index = index;
      this.bytes = bytes;
      this.offset = offset;
      this.size = size;
      this.line = line;
      this.column = column;
      this.reader = reader;
    }

    /** A station of an atlas held whole: no offset, and its line and column from the map. */
    Again(int index, PollingStation station, long size, SourceMap map) {
      this.index = index;
      this.bytes = new byte[0];
      this.offset = -1;
      this.size = size;
      this.line = 0;
      this.column = 0;
      this.reader = null;
      this.station = station;
      this.map = map;
    }

    void bind(PollingStation bound) {
      station = bound;
    }

    SourceMap sourceMap() {
      SourceMap scanned = map;
      if (scanned == null) {
        StationRereader from = reader;
        if (from == null) {
          throw new IllegalStateException("a station held in memory has its map");
        }
        scanned = from.scan(bytes, index, line, column);
        map = scanned;
      }
      return scanned;
    }

    @Override
    public int index() {
      return index;
    }

    @Override
    public PollingStation station() {
      PollingStation bound = station;
      if (bound == null) {
        throw new IllegalStateException("the station was not read");
      }
      return bound;
    }

    @Override
    public long bytesRead() {
      return offset < 0 ? size : Math.min(size, offset + bytes.length);
    }

    @Override
    public Optional<SourceLocation> locate(String pointer) {
      String here = STATIONS + index;
      if (pointer.equals(here) && offset >= 0) {
        return Optional.of(new SourceLocation(line, column));
      }
      if (!pointer.equals(here) && !pointer.startsWith(here + "/")) {
        return Optional.empty();
      }
      return sourceMap().locate(pointer);
    }

    @Override
    public long offset() {
      return offset;
    }

    @Override
    public long lineAndColumn() {
      if (offset < 0) {
        SourceLocation at = sourceMap().locate(STATIONS + index).orElse(new SourceLocation(1, 1));
        return ((long) at.line() << 32) | at.column();
      }
      return ((long) line << 32) | column;
    }
  }
}
