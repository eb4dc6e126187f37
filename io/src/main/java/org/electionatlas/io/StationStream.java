package org.electionatlas.io;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.County;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.SourceLocation;
import org.electionatlas.validation.StationTexts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

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
 * <p>One station can also be read again on its own, straight from where a read found it: {@link
 * #stationAt}, by the {@link StationPositions} that read kept.
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

  /**
   * Binds a station read on its own, given up by the hand binder or read on the careful path; made
   * at the first, since a plain atlas has none and databind's deserializers take time to build.
   */
  private @Nullable ObjectReader stationReader;

  /**
   * Binds an element of the array that is not an object from the one parser, which goes on after it
   * (to fail as the careful path says); made at the first.
   */
  private @Nullable ObjectReader arrayReader;

  private final Limits limits;
  private final Atlas frame;
  private final SourceMap frameMap;

  /**
   * The frame's county ids, each to itself, for {@link StationBinder#bind(JsonParser, Map)}: made
   * once for the stream, since every read of its stations binds them against the same frame, and
   * filled before any reading thread starts, which then only reads it.
   */
  private final Map<String, String> countyIds = new HashMap<>();

  /** Where the stations lie, or null when the file was read whole. */
  private final @Nullable Gap gap;

  /** The whole atlas, when the file could not be cut; null otherwise. */
  private @Nullable ParsedAtlas whole;

  private final @Nullable Runnable onClose;

  /** When the file was last changed as this stream was opened: a later change ends a re-read. */
  private final FileTime modified;

  /** Reads single stations again ({@link #stationAt}); made at the first. */
  private @Nullable StationRereader rereader;

  private StationStream(
      AtlasJson json,
      String source,
      Path file,
      long size,
      Limits limits,
      Atlas frame,
      SourceMap frameMap,
      @Nullable Gap gap,
      @Nullable ParsedAtlas whole,
      @Nullable Runnable onClose)
      throws IOException {
    this.modified = Files.getLastModifiedTime(file);
    this.json = json;
    this.source = source;
    this.file = file;
    this.size = size;
    this.limits = limits;
    this.frame = frame;
    this.frameMap = frameMap;
    for (County county : frame.counties()) {
      countyIds.putIfAbsent(county.id(), county.id());
    }
    this.gap = gap;
    this.whole = whole;
    this.onClose = onClose;
  }

  /**
   * Opens a file: finds its station array and reads the rest; a file that cannot be cut is read
   * whole (and must then fit in memory).
   */
  static StationStream open(
      AtlasJson json, Limits limits, Path file, String source, @Nullable Runnable onClose)
      throws IOException {
    return open(json, limits, file, source, onClose, false);
  }

  /**
   * Opens a file as {@link #open(AtlasJson, Limits, Path, String, Runnable)} does, or, {@code
   * quickly}, without walking its stations before they are read: the array's end is found from the
   * end of the file ({@link StationRegion#locateQuickly}), and the first read of the stations
   * throws {@link RegionMisjudged} when the array does not end there. Only a reader that can start
   * again from a new stream, discarding what it was handed, opens one so.
   */
  static StationStream open(
      AtlasJson json,
      Limits limits,
      Path file,
      String source,
      @Nullable Runnable onClose,
      boolean quickly)
      throws IOException {
    long size = Files.size(file);
    if (size > limits.maxDocumentLength()) {
      throw new AtlasFormatException(source, "", 1, 1, limits.documentTooLong());
    }
    Optional<StationRegion> found;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      found = quickly ? StationRegion.locateQuickly(channel) : StationRegion.locate(channel);
    }
    if (found.isEmpty()) {
      ParsedAtlas parsed = json.parse(json.readDocument(file), source);
      return new StationStream(
          json,
          source,
          file,
          size,
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
    Gap gap = new Gap(file, region);
    SourceMap frameMap;
    Atlas frame;
    try {
      frameMap =
          DocumentScanner.scan(json.parsers(), limits, frameBytes, source, aroundTheGap(gap));
      frame = frame(json, limits, frameBytes, frameMap);
    } catch (RuntimeException e) {
      if (!region.provisional) {
        throw e;
      }
      // A frame cut at an end found from the back that is not an atlas: the whole walk cuts it
      // where it says, and the error, if there is one, is the one it always was.
      return open(json, limits, file, source, onClose, false);
    }
    return new StationStream(json, source, file, size, limits, frame, frameMap, gap, null, onClose);
  }

  /**
   * The frame bound: by hand when it is a plain atlas, without building databind's deserializer of
   * every model type; any other, and every error, by databind as before.
   */
  private static Atlas frame(AtlasJson json, Limits limits, byte[] frameBytes, SourceMap frameMap) {
    Optional<Atlas> byHand = json.bindByHand(frameBytes);
    if (byHand.isPresent()) {
      return byHand.get();
    }
    try {
      return json.mapper().readValue(frameBytes, Atlas.class);
    } catch (JacksonException e) {
      throw Problems.translate(e, frameMap, limits);
    }
  }

  /**
   * Thrown by the first read of a stream opened {@code quickly} when the station array does not end
   * where the end of the file said (the stations its visitor was handed were read against a frame
   * cut in the wrong place): the reader opens the file again, not quickly, and starts over.
   */
  static final class RegionMisjudged extends IOException {
    private static final long serialVersionUID = 1L;

    RegionMisjudged() {
      super("the station array does not end where the end of the file says; read it again");
    }
  }

  /**
   * Where the station array lies: found when the stream was opened, its end confirmed by the first
   * read when it was found from the back, and the line and column of its {@code ]} counted when a
   * value after it is first located.
   */
  private static final class Gap {
    private final Path file;
    private StationRegion region;

    Gap(Path file, StationRegion region) {
      this.file = file;
      this.region = region;
    }

    synchronized StationRegion region() {
      return region;
    }

    /** The region with the line and column of its {@code ]}. */
    synchronized StationRegion positioned() {
      StationRegion cut = region;
      if (cut.endLine == 0) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          cut = cut.withEndPosition(channel);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        region = cut;
      }
      return cut;
    }

    /**
     * Confirms a provisional end where the parser of the stations ended the array.
     *
     * @throws RegionMisjudged when it ended the array elsewhere
     */
    synchronized void endedAt(long offset) throws RegionMisjudged {
      StationRegion cut = region;
      if (cut.provisional) {
        if (offset != cut.end) {
          throw new RegionMisjudged();
        }
        region = cut.confirmed();
      }
    }

    /**
     * The region for reading station by station, its end confirmed by the whole walk first when it
     * was found from the back.
     *
     * @throws RegionMisjudged when the whole walk cuts the file elsewhere, or not at all
     */
    synchronized StationRegion walked() throws IOException {
      StationRegion cut = region;
      if (cut.provisional) {
        Optional<StationRegion> exact;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          exact = StationRegion.locate(channel);
        }
        if (exact.isEmpty() || exact.get().start != cut.start || exact.get().end != cut.end) {
          throw new RegionMisjudged();
        }
        cut = exact.get();
        region = cut;
      }
      return cut;
    }
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
   * Where a station this stream hands over starts, for {@link StationPositions}: the stations of
   * this class all have one; another implementation of {@link StreamedStation} has none.
   */
  interface Positioned {

    /** The offset of the station's first byte in the file; -1 in a file read whole. */
    long offset();

    /** The line and column of that byte, as {@code line << 32 | column}. */
    long lineAndColumn();
  }

  /**
   * Reads one station again, straight from where an earlier read of this stream found it, without
   * reading the stations before it: the second look of a command that first kept only a little of
   * each station ({@code atlas diff} fetches the stations that changed this way, in any order). The
   * station read is equal to the one streamed, and locates its values at the same lines and
   * columns; a station that is no longer valid fails as it would in a whole read, with its pointer,
   * line and column.
   *
   * <p>Each call reads only the station's own bytes, by a positional read of the file (a stream
   * read whole, too large to cut, takes it from memory).
   *
   * <pre>{@code
   * StationPositions positions = StationPositions.create();
   * stream.forEachStation(positions::add);
   * PollingStation again = stream.stationAt(positions, 41).station();
   * }</pre>
   *
   * @param positions where the stations of this stream start, filled by a read of this stream
   * @param index the station's index in the {@code pollingStations} array
   * @return the station, with its index and a way to locate its values; unlike a station handed to
   *     a visitor, it stays valid after the call
   * @throws IOException if the file cannot be read, or it is no longer what this stream read: its
   *     length or time of change differ, or no station lies where it did
   * @throws AtlasFormatException if the bytes there are not a valid station
   * @throws IndexOutOfBoundsException if {@code positions} holds no station at the index
   */
  public StreamedStation stationAt(StationPositions positions, int index) throws IOException {
    long offset = positions.offset(index);
    long lineAndColumn = positions.lineAndColumn(index);
    ParsedAtlas read = whole;
    if (read != null) {
      return StationRereader.fromMemory(read, index, size);
    }
    StationRereader reader = rereader;
    if (reader == null) {
      reader =
          new StationRereader(
              file,
              source,
              size,
              modified,
              json.stationParsers(),
              stationReader(),
              limits,
              this::stationsEnd);
      rereader = reader;
    }
    return reader.read(index, offset, (int) (lineAndColumn >>> 32), (int) lineAndColumn);
  }

  private synchronized ObjectReader stationReader() {
    ObjectReader reader = stationReader;
    if (reader == null) {
      reader = json.stationMapper().readerFor(PollingStation.class);
      stationReader = reader;
    }
    return reader;
  }

  private synchronized ObjectReader arrayReader() {
    ObjectReader reader = arrayReader;
    if (reader == null) {
      reader =
          json.mapper()
              .readerFor(PollingStation.class)
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      arrayReader = reader;
    }
    return reader;
  }

  /** The offset of the {@code ]} that closes the station array; no station goes past it. */
  private long stationsEnd() {
    Gap cut = gap;
    return cut == null ? size : cut.region().end;
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
    return forEachStation(visitor, onTwoThreads(), false);
  }

  /**
   * Reads the stations as {@link #forEachStation(StationVisitor)} does, on a thread of its own
   * (handing them to the visitor on the caller's) or not: the visitor sees the same either way.
   */
  int forEachStation(StationVisitor visitor, boolean onTwoThreads) throws IOException {
    return forEachStation(visitor, onTwoThreads, false);
  }

  /**
   * Reads the stations as {@link #forEachStation(StationVisitor)} does, and walks each one's texts
   * on the thread that read it ({@link StationTexts#of}), for the visitor to take from {@link
   * WithTexts#texts()}: for a validation whose rules read every text, which then reads them while
   * they are in the reading core's cache.
   */
  int forEachStationWalkingTexts(StationVisitor visitor) throws IOException {
    return forEachStation(visitor, onTwoThreads(), true);
  }

  private boolean onTwoThreads() {
    Gap cut = gap;
    return cut != null
        && cut.region().end - cut.region().start > ON_TWO_THREADS
        && Runtime.getRuntime().availableProcessors() > 1;
  }

  private int forEachStation(StationVisitor visitor, boolean onTwoThreads, boolean walkTexts)
      throws IOException {
    ParsedAtlas read = whole;
    if (read != null) {
      return fromMemory(read, 0, visitor);
    }
    StationRegion cut = cut().region();
    if (limits.maxNestingDepth() < 3) {
      return carefully(0, visitor);
    }
    try (Located located = new Located(cut)) {
      return onTwoThreads
          ? onTwoThreads(cut, walkTexts, visitor, located)
          : onOne(cut, walkTexts, visitor, located);
    }
  }

  /** Where the stations lie; only a stream that was cut has stations to read. */
  private Gap cut() {
    Gap found = gap;
    if (found == null) {
      throw new IllegalStateException("a stream is either cut or read whole");
    }
    return found;
  }

  /** Where the one parser ended the array: it confirms an end found from the back, or not. */
  private void confirmEnd(long at) throws RegionMisjudged {
    cut().endedAt(at);
  }

  /**
   * Stations in a region larger than this are read on a second thread when there is a second core;
   * below it the thread would cost more than it saves.
   */
  private static final long ON_TWO_THREADS = 1 << 20;

  private int onOne(StationRegion cut, boolean walkTexts, StationVisitor visitor, Located located)
      throws IOException {
    try (ArrayReader reader = new ArrayReader(cut, walkTexts)) {
      while (true) {
        int index = reader.index;
        @Nullable Quick next;
        try {
          next = reader.next();
        } catch (RuntimeException e) {
          return carefully(index, visitor);
        }
        if (next == null) {
          confirmEnd(reader.endedAt);
          return index;
        }
        located.visit(visitor, next);
      }
    }
  }

  /** Stations a second thread has read, handed to the caller's thread in order, a batch at once. */
  private static final int BATCH = 256;

  /** How many batches may wait: what the second thread may read ahead of the visitor. */
  private static final int BATCHES_AHEAD = 8;

  /** The second thread has read every station: there were this many, and the array ended here. */
  private record End(int count, long at) {}

  /** The second thread could not read the station at this index (the careful path says why). */
  private record Failed(int index) {}

  /** The second thread could not read the file, or ran out of memory. */
  private record Broken(Throwable cause) {}

  /**
   * Reads the stations on a second thread and visits them on this one, so that binding and what the
   * visitor does (validation, mostly) share two cores. The visitor sees the stations in the order
   * and with the locations {@link #onOne} gives; a station the second thread cannot read is read
   * again here, carefully, which says what is wrong with it as it always did.
   */
  private int onTwoThreads(
      StationRegion cut, boolean walkTexts, StationVisitor visitor, Located located)
      throws IOException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    AtomicBoolean stop = new AtomicBoolean();
    Thread reading = new Thread(() -> read(cut, walkTexts, queue, stop), "atlas-station-reader");
    reading.setDaemon(true);
    reading.start();
    try {
      while (true) {
        Object item = take(queue);
        if (item instanceof Quick[] batch) {
          for (Quick next : batch) {
            located.visit(visitor, next);
          }
        } else if (item instanceof End end) {
          confirmEnd(end.at());
          return end.count();
        } else if (item instanceof Failed failed) {
          return carefully(failed.index(), visitor);
        } else {
          Throwable cause = ((Broken) item).cause();
          if (cause instanceof IOException e) {
            throw e;
          }
          if (cause instanceof RuntimeException e) {
            throw e;
          }
          throw (Error) cause;
        }
      }
    } finally {
      stop.set(true);
      queue.clear();
      reading.interrupt();
      joinUninterruptibly(reading);
    }
  }

  /** The second thread's work: reads every station it can and queues them in batches. */
  private void read(
      StationRegion cut, boolean walkTexts, BlockingQueue<Object> queue, AtomicBoolean stop) {
    Object last;
    try (ArrayReader reader = new ArrayReader(cut, walkTexts)) {
      Quick[] batch = new Quick[BATCH];
      int filled = 0;
      while (true) {
        if (stop.get()) {
          return;
        }
        int index = reader.index;
        @Nullable Quick next;
        try {
          next = reader.next();
        } catch (RuntimeException e) {
          last = new Failed(index);
          break;
        }
        if (next == null) {
          last = new End(index, reader.endedAt);
          break;
        }
        batch[filled++] = next;
        if (filled == BATCH) {
          if (!put(queue, batch)) {
            return;
          }
          batch = new Quick[BATCH];
          filled = 0;
        }
      }
      if (filled > 0 && !put(queue, Arrays.copyOf(batch, filled))) {
        return;
      }
    } catch (IOException | RuntimeException | Error e) {
      last = new Broken(e);
    }
    put(queue, last);
  }

  /** Queues an item; false when this thread was interrupted, because the reader has stopped. */
  private static boolean put(BlockingQueue<Object> queue, Object item) {
    try {
      queue.put(item);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Object take(BlockingQueue<Object> queue) throws IOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the stations");
    }
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A station as the one parser read it, with the bytes it spans in the file, and its texts when
   * the reader was asked to walk them.
   */
  private record Quick(
      int index, PollingStation station, @Nullable StationTexts texts, long from, long to) {

    Quick(int index, PollingStation station, boolean walkTexts, long from, long to) {
      this(index, station, walkTexts ? StationTexts.of(station) : null, from, to);
    }
  }

  /** A streamed station whose texts may have been walked by the thread that read it. */
  interface WithTexts {

    /** {@return the station's texts, when the stream walked them} */
    @Nullable StationTexts texts();
  }

  /**
   * One parser over the whole station array, which binds one station after another and goes on: no
   * copy of a station's bytes, no parser per station. A {@code [} is put before the array so that
   * the parser counts nesting as it is counted in the file, where the array sits in the top-level
   * object; offsets are then one more than the file's, before the array's start.
   */
  private final class ArrayReader implements Closeable {
    private final FileChannel channel;
    private final long origin;
    private final boolean walkTexts;
    private @Nullable JsonParser parser;
    int index;

    /** The offset of the {@code ]} that ended the array, once {@link #next} has read it. */
    long endedAt = -1;

    ArrayReader(StationRegion cut, boolean walkTexts) throws IOException {
      this.channel = FileChannel.open(file, StandardOpenOption.READ);
      this.origin = cut.start - 1;
      this.walkTexts = walkTexts;
      try {
        channel.position(cut.start);
      } catch (IOException e) {
        channel.close();
        throw e;
      }
    }

    /**
     * {@return the next station, or null after the last}
     *
     * @throws RuntimeException when the next element is not a station this parser can bind
     */
    @Nullable Quick next() {
      JsonParser p = parser;
      if (p == null) {
        // Made here, where what its first read finds wrong is the first station's to say. Without
        // the parser's own check for repeated keys, a set per object: the binder refuses a key read
        // twice itself, and gives every other station to databind, whose parser has the check.
        p =
            json.uncheckedParsers()
                .createParser(
                    ObjectReadContext.empty(),
                    new SequenceInputStream(
                        new ByteArrayInputStream(new byte[] {'['}),
                        new Utf8.Checked(Channels.newInputStream(channel))));
        parser = p;
        p.nextToken();
        p.nextToken();
      }
      JsonToken token = p.nextToken();
      if (token == JsonToken.END_ARRAY) {
        endedAt = origin + p.currentTokenLocation().getByteOffset();
        return null;
      }
      long from = origin + p.currentTokenLocation().getByteOffset();
      if (token != JsonToken.START_OBJECT) {
        PollingStation station = arrayReader().readValue(p);
        long to = origin + p.currentTokenLocation().getByteOffset() + 1;
        return new Quick(index++, station, walkTexts, from, to);
      }
      @Nullable PollingStation bound = StationBinder.bind(p, countyIds);
      long to = origin + p.currentTokenLocation().getByteOffset() + 1;
      // A station of another shape than the binder's is bound by databind from its own bytes, as
      // the careful path and stationAt bind one: the same station, or the same failure.
      PollingStation station = bound != null ? bound : readAgain(from, to);
      return new Quick(index++, station, walkTexts, from, to);
    }

    /** The station in {@code [from, to)} of the file, read again and bound by databind. */
    private PollingStation readAgain(long from, long to) {
      byte[] bytes = new byte[(int) (to - from)];
      try {
        if (StationRegion.readAt(channel, bytes, from) != bytes.length) {
          throw new IOException("the file got shorter while it was read");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return stationReader().readValue(bytes);
    }

    @Override
    public void close() throws IOException {
      try {
        JsonParser p = parser;
        if (p != null) {
          p.close();
        }
      } finally {
        channel.close();
      }
    }
  }

  /**
   * The station being visited, for the visitor: locating one of its values reads its bytes again,
   * and finds its line and column by counting from where the last station located was, so that a
   * whole read locates in one more pass over the file at most and a valid atlas never pays it.
   */
  private final class Located implements StreamedStation, Positioned, WithTexts, Closeable {
    private @Nullable Quick current;
    private @Nullable SourceMap map;
    private @Nullable FileChannel channel;
    private long offset;
    private int line;
    private int column;

    /** Bytes of the file from {@link #aheadStart}, read ahead for counting lines and columns. */
    private byte @Nullable [] ahead;

    private long aheadStart;
    private int aheadLength;

    Located(StationRegion cut) {
      this.offset = cut.start + 1;
      this.line = cut.firstLine;
      this.column = cut.firstColumn;
    }

    void visit(StationVisitor visitor, Quick station) throws IOException {
      current = station;
      map = null;
      try {
        visitor.visit(this);
      } finally {
        current = null;
      }
    }

    private Quick current() {
      Quick here = current;
      if (here == null) {
        throw new IllegalStateException("a streamed station is valid only while it is visited");
      }
      return here;
    }

    @Override
    public int index() {
      return current().index();
    }

    @Override
    public PollingStation station() {
      return current().station();
    }

    @Override
    public @Nullable StationTexts texts() {
      return current().texts();
    }

    @Override
    public long bytesRead() {
      return Math.min(size, current().to() + 1);
    }

    @Override
    public long offset() {
      return current().from();
    }

    @Override
    public long lineAndColumn() {
      Quick here = current();
      try {
        advanceTo(channel(), here.from());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return ((long) line << 32) | column;
    }

    private FileChannel channel() throws IOException {
      FileChannel open = channel;
      if (open == null) {
        open = FileChannel.open(file, StandardOpenOption.READ);
        channel = open;
      }
      return open;
    }

    @Override
    public Optional<SourceLocation> locate(String pointer) {
      Quick here = current();
      if (!within(pointer, here.index())) {
        return Optional.empty();
      }
      SourceMap scanned = map;
      if (scanned == null) {
        scanned = sourceMap(here);
        map = scanned;
      }
      return scanned.locate(pointer);
    }

    private SourceMap sourceMap(Quick here) {
      try {
        FileChannel open = channel();
        advanceTo(open, here.from());
        byte[] bytes = new byte[(int) (here.to() - here.from())];
        if (StationRegion.readAt(open, bytes, here.from()) != bytes.length) {
          throw new IOException("the file got shorter while it was read");
        }
        return DocumentScanner.scanStation(
            json.stationParsers(),
            limits,
            bytes,
            source,
            here.index(),
            SourceMap.Placement.from(line, column));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Counts lines and columns as {@link StationRegion} does, from the last station located, over
     * bytes read ahead in large blocks: positions of every station cost one pass over the file.
     */
    private void advanceTo(FileChannel open, long target) throws IOException {
      byte[] buffer = ahead;
      if (buffer == null) {
        buffer = new byte[1 << 16];
        ahead = buffer;
      }
      while (offset < target) {
        if (offset < aheadStart || offset >= aheadStart + aheadLength) {
          aheadStart = offset;
          aheadLength = StationRegion.readAt(open, buffer, offset);
          if (aheadLength <= 0) {
            throw new IOException("the file got shorter while it was read");
          }
        }
        int upTo = (int) Math.min(aheadLength, target - aheadStart);
        for (int i = (int) (offset - aheadStart); i < upTo; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            line++;
            column = 1;
          } else if ((b & 0xC0) != 0x80) {
            column++;
          }
        }
        offset = aheadStart + upTo;
      }
    }

    @Override
    public void close() throws IOException {
      FileChannel open = channel;
      if (open != null) {
        open.close();
      }
    }
  }

  /**
   * The stations from {@code from} on, each cut out by a walk over the bytes and read by a parser
   * of its own, which checks each for UTF-8 and says what is wrong with a station exactly as
   * reading the whole file would. The one parser gives way to this path at the first station it
   * cannot read, a byte that is not UTF-8 included.
   */
  private int carefully(int from, StationVisitor visitor) throws IOException {
    StationRegion cut = cut().walked();
    Cut sink = new Cut(visitor, from);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(cut.start + 1);
      cut.forEachElement(Channels.newInputStream(channel), sink);
    } catch (StationRegion.NotCuttable e) {
      // The bytes between two stations are not JSON: reading the whole file says what is wrong.
      // Should it read after all, the visitor is given the stations it has not seen yet.
      ParsedAtlas parsed = json.parse(json.readDocument(file), source);
      whole = parsed;
      return fromMemory(parsed, Math.max(from, sink.index), visitor);
    }
    return sink.index;
  }

  private int fromMemory(ParsedAtlas parsed, int from, StationVisitor visitor) throws IOException {
    List<PollingStation> stations = parsed.atlas().pollingStations();
    for (int i = from; i < stations.size(); i++) {
      visitor.visit(StationRereader.fromMemory(parsed, i, size));
    }
    return stations.size();
  }

  private static boolean within(String pointer, int index) {
    String here = STATIONS + index;
    return pointer.equals(here) || pointer.startsWith(here + "/");
  }

  /** Reads each element the walk cuts out as a station and hands it on. */
  private final class Cut implements StationRegion.ElementSink, StreamedStation, Positioned {
    private final StationVisitor visitor;
    private final int skip;
    private int index;
    private long read;
    private byte[] bytes = new byte[0];
    private int line;
    private int column;
    private long offset;
    private @Nullable PollingStation station;
    private @Nullable SourceMap map;

    Cut(StationVisitor visitor, int skip) {
      this.visitor = visitor;
      this.skip = skip;
    }

    @Override
    public void element(byte[] element, int length, int line, int column, long offset)
        throws IOException {
      if (index < skip) {
        // Visited already, from the one parser.
        read += length + 1;
        index++;
        return;
      }
      this.bytes = Arrays.copyOf(element, length);
      this.line = line;
      this.column = column;
      this.offset = offset;
      this.map = null;
      // The element and the comma or bracket after it; close enough for telling progress.
      this.read += length + 1;
      if (Utf8.firstInvalid(bytes, 0) >= 0) {
        // The scan says which byte is wrong, as reading the whole file would.
        sourceMap();
      }
      try {
        station = stationReader().readValue(bytes);
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
                json.stationParsers(),
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
      Gap cut = gap;
      return cut == null ? size : Math.min(size, cut.region().start + 1 + read);
    }

    @Override
    public long offset() {
      return offset;
    }

    @Override
    public long lineAndColumn() {
      return ((long) line << 32) | column;
    }

    @Override
    public Optional<SourceLocation> locate(String pointer) {
      if (pointer.equals(STATIONS + index)) {
        // Where the station starts is known without reading it again.
        return Optional.of(new SourceLocation(line, column));
      }
      return within(pointer, index) ? sourceMap().locate(pointer) : Optional.empty();
    }
  }

  /** Closes the file that {@link #stationAt} keeps open, and deletes the copy of a stream. */
  @Override
  public void close() throws IOException {
    try {
      StationRereader reader = rereader;
      if (reader != null) {
        rereader = null;
        reader.close();
      }
    } finally {
      if (onClose != null) {
        onClose.run();
      }
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
  private static SourceMap.Placement aroundTheGap(Gap gap) {
    StationRegion found = gap.region();
    int frameLine = found.firstLine;
    int frameColumn = found.firstColumn;
    long after = found.start + 1;
    return (line, column, offset) -> {
      if (offset < after) {
        return new SourceLocation(line, column);
      }
      StationRegion region = gap.positioned();
      if (line == frameLine) {
        return new SourceLocation(region.endLine, column - frameColumn + region.endColumn);
      }
      return new SourceLocation(line + region.endLine - frameLine, column);
    };
  }
}
