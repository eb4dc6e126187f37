package org.electionatlas.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * An atlas file read as a stream: its frame (everything but the polling stations) is read when the
 * stream is opened, and its stations are handed over one at a time, in document order, by {@link
 * #forEachStation}, which may be called again for a second read. What is held at once: the frame
 * and one station, so that an atlas of a million stations is read in a heap of a few hundred
 * megabytes.
 *
 * <p>Errors name the same pointers, lines and columns as reading the whole file would. A file whose
 * station array cannot be cut out by a walk over its bytes (there is none, its key is escaped or
 * repeated, or the bytes between stations are not JSON) is read whole instead, by the reader that
 * explains what is wrong with it; the visitor sees each station exactly once either way.
 *
 * <p>Opened by {@link AtlasJson#stream(Path)} or {@link AtlasJson#stream(InputStream, String)}; not
 * thread-safe; close it to release the file (and the copy of a stream).
 */
public final class StationStream implements Closeable {

  private static final String STATIONS = "/pollingStations/";

  private final AtlasJson json;
  private final String source;
  private final Path file;
  private final long size;
  private final JsonMapper stationMapper;
  private final ObjectReader stationReader;
  private final Limits limits;
  private final Atlas frame;
  private final SourceMap frameMap;

  /** Where the stations lie, or null when the file was read whole. */
  private final @Nullable StationRegion region;

  /** The whole atlas, when the file could not be cut; null otherwise. */
  private @Nullable ParsedAtlas whole;

  private final @Nullable Runnable onClose;

  private StationStream(
      AtlasJson json,
      String source,
      Path file,
      long size,
      JsonMapper stationMapper,
      Limits limits,
      Atlas frame,
      SourceMap frameMap,
      @Nullable StationRegion region,
      @Nullable ParsedAtlas whole,
      @Nullable Runnable onClose) {
    this.json = json;
    this.source = source;
    this.file = file;
    this.size = size;
    this.stationMapper = stationMapper;
    this.stationReader = stationMapper.readerFor(PollingStation.class);
    this.limits = limits;
    this.frame = frame;
    this.frameMap = frameMap;
    this.region = region;
    this.whole = whole;
    this.onClose = onClose;
  }

  /**
   * Opens a file: finds its station array and reads the rest; a file that cannot be cut is read
   * whole (and must then fit in memory).
   */
  static StationStream open(
      AtlasJson json,
      JsonMapper mapper,
      JsonMapper stationMapper,
      Limits limits,
      Path file,
      String source,
      @Nullable Runnable onClose)
      throws IOException {
    long size = Files.size(file);
    if (size > limits.maxDocumentLength()) {
      throw new AtlasFormatException(source, "", 1, 1, limits.documentTooLong());
    }
    Optional<StationRegion> found;
    try (InputStream in = Files.newInputStream(file)) {
      found = StationRegion.locate(in);
    }
    if (found.isEmpty()) {
      ParsedAtlas parsed = json.parse(json.readDocument(file), source);
      return new StationStream(
          json,
          source,
          file,
          size,
          stationMapper,
          limits,
          withoutStations(parsed.atlas()),
          parsed.sourceMap(),
          null,
          parsed,
          onClose);
    }
    StationRegion region = found.get();
    byte[] frameBytes;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      frameBytes = frameOf(channel, region);
    }
    SourceMap frameMap =
        DocumentScanner.scan(mapper, limits, frameBytes, source, aroundTheGap(region));
    Atlas frame;
    try {
      frame = mapper.readValue(frameBytes, Atlas.class);
    } catch (JacksonException e) {
      throw Problems.translate(e, frameMap, limits);
    }
    return new StationStream(
        json, source, file, size, stationMapper, limits, frame, frameMap, region, null, onClose);
  }

  private static Atlas withoutStations(Atlas atlas) {
    return Atlas.builder().from(atlas).pollingStations(List.of()).build();
  }

  /** {@return how messages name the source, such as its path or {@code -}} */
  public String source() {
    return source;
  }

  /** {@return the atlas without its polling stations, which {@link #forEachStation} hands over} */
  public Atlas frame() {
    return frame;
  }

  /**
   * {@return the length of the file in bytes; with {@link StreamedStation#bytesRead()}, how far a
   * read has got}
   */
  public long size() {
    return size;
  }

  /**
   * Locates a value of the frame (anything outside the station array) in the file.
   *
   * @param pointer a JSON pointer into the atlas, such as {@code /counties/3/name}
   * @return its line and column; empty when the frame has no such value
   */
  public Optional<SourceLocation> locate(String pointer) {
    return frameMap.locate(pointer);
  }

  /** Receives the stations of a {@link StationStream}, one at a time. */
  @FunctionalInterface
  public interface StationVisitor {

    /**
     * Receives the next station.
     *
     * @param station the station, with its index and where it is; valid during this call only
     * @throws IOException when the visitor cannot go on (it ends the read)
     */
    void visit(StreamedStation station) throws IOException;
  }

  /**
   * A polling station as the stream hands it over: its index in the array, the station, and a way
   * to locate its values in the file. Valid only during the {@link StationVisitor#visit} call that
   * received it.
   */
  public interface StreamedStation {

    /** {@return the station's index in the atlas's {@code pollingStations} array, from 0} */
    int index();

    /** {@return the station} */
    PollingStation station();

    /**
     * {@return how many bytes of the file had been read when this station was; between 0 and {@link
     * StationStream#size()}}
     */
    long bytesRead();

    /**
     * Locates a value of this station in the file. The first call reads the station's bytes again
     * for where each value is; a station never asked costs nothing.
     *
     * @param pointer a JSON pointer such as {@code /pollingStations/12/name}
     * @return its line and column; empty when the pointer is not into this station
     */
    Optional<SourceLocation> locate(String pointer);
  }

  /**
   * Reads the stations, handing each to the visitor in document order. May be called again: each
   * call reads the stations anew from the file.
   *
   * @param visitor receives each station
   * @return how many stations there were
   * @throws IOException if the file cannot be read, or the visitor throws it
   * @throws AtlasFormatException if a station is not a valid atlas value (its pointer, line and
   *     column say where)
   */
  public int forEachStation(StationVisitor visitor) throws IOException {
    ParsedAtlas read = whole;
    if (read != null) {
      return fromMemory(read, 0, visitor);
    }
    StationRegion cut = region;
    if (cut == null) {
      throw new IllegalStateException("a stream is either cut or read whole");
    }
    Cut sink = new Cut(visitor);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(cut.start + 1);
      cut.forEachElement(Channels.newInputStream(channel), sink);
    } catch (StationRegion.NotCuttable e) {
      // The bytes between two stations are not JSON: reading the whole file says what is wrong.
      // Should it read after all, the visitor is given the stations it has not seen yet.
      ParsedAtlas parsed = json.parse(json.readDocument(file), source);
      whole = parsed;
      return fromMemory(parsed, sink.index, visitor);
    }
    return sink.index;
  }

  private int fromMemory(ParsedAtlas parsed, int from, StationVisitor visitor) throws IOException {
    List<PollingStation> stations = parsed.atlas().pollingStations();
    for (int i = from; i < stations.size(); i++) {
      PollingStation station = stations.get(i);
      int index = i;
      visitor.visit(
          new StreamedStation() {
            @Override
            public int index() {
              return index;
            }

            @Override
            public PollingStation station() {
              return station;
            }

            @Override
            public long bytesRead() {
              return size;
            }

            @Override
            public Optional<SourceLocation> locate(String pointer) {
              return within(pointer, index) ? parsed.sourceMap().locate(pointer) : Optional.empty();
            }
          });
    }
    return stations.size();
  }

  private static boolean within(String pointer, int index) {
    String here = STATIONS + index;
    return pointer.equals(here) || pointer.startsWith(here + "/");
  }

  /** Reads each element the walk cuts out as a station and hands it on. */
  private final class Cut implements StationRegion.ElementSink, StreamedStation {
    private final StationVisitor visitor;
    private int index;
    private long read;
    private byte[] bytes = new byte[0];
    private int line;
    private int column;
    private @Nullable PollingStation station;
    private @Nullable SourceMap map;

    Cut(StationVisitor visitor) {
      this.visitor = visitor;
    }

    @Override
    public void element(byte[] element, int length, int line, int column) throws IOException {
      this.bytes = Arrays.copyOf(element, length);
      this.line = line;
      this.column = column;
      this.map = null;
      // The element and the comma or bracket after it; close enough for telling progress.
      this.read += length + 1;
      if (Utf8.firstInvalid(bytes, 0) >= 0) {
        // The scan says which byte is wrong, as reading the whole file would.
        sourceMap();
      }
      try {
        station = stationReader.readValue(bytes);
      } catch (JacksonException e) {
        throw Problems.translate(e, sourceMap(), limits, STATIONS + index);
      }
      visitor.visit(this);
      station = null;
      index++;
    }

    private SourceMap sourceMap() {
      SourceMap scanned = map;
      if (scanned == null) {
        scanned =
            DocumentScanner.scanStation(
                stationMapper,
                limits,
                bytes,
                source,
                index,
                SourceMap.Placement.from(line, column));
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
      PollingStation current = station;
      if (current == null) {
        throw new IllegalStateException("a streamed station is valid only while it is visited");
      }
      return current;
    }

    @Override
    public long bytesRead() {
      StationRegion cut = region;
      return cut == null ? size : Math.min(size, cut.start + 1 + read);
    }

    @Override
    public Optional<SourceLocation> locate(String pointer) {
      return within(pointer, index) ? sourceMap().locate(pointer) : Optional.empty();
    }
  }

  /** Deletes the copy of a stream, if this is one. */
  @Override
  public void close() throws IOException {
    if (onClose != null) {
      onClose.run();
    }
  }

  /** The file without its stations: up to and with the {@code [}, then from the {@code ]} on. */
  private static byte[] frameOf(FileChannel channel, StationRegion region) throws IOException {
    long size = channel.size();
    long length = region.start + 1 + (size - region.end);
    if (length > Integer.MAX_VALUE - 8) {
      throw new IOException("the atlas's frame (all but its stations) is over 2 GiB");
    }
    ByteBuffer frame = ByteBuffer.allocate((int) length);
    readFully(channel, frame.limit((int) (region.start + 1)), 0);
    readFully(channel, frame.limit((int) length), region.end);
    return frame.array();
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long position)
      throws IOException {
    long at = position;
    while (into.hasRemaining()) {
      int read = channel.read(into, at);
      if (read < 0) {
        throw new IOException("the file got shorter while it was read");
      }
      at += read;
    }
  }

  /**
   * Lines and columns of the frame, in which the station array is {@code []}, as lines and columns
   * of the file: what follows the {@code ]} is as many lines further down as the stations took.
   */
  private static SourceMap.Placement aroundTheGap(StationRegion region) {
    int frameLine = region.firstLine;
    int frameColumn = region.firstColumn;
    long after = region.start + 1;
    return (line, column, offset) -> {
      if (offset < after) {
        return new SourceLocation(line, column);
      }
      if (line == frameLine) {
        return new SourceLocation(region.endLine, column - frameColumn + region.endColumn);
      }
      return new SourceLocation(line + region.endLine - frameLine, column);
    };
  }
}
