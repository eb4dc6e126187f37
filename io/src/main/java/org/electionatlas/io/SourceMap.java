package org.electionatlas.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.electionatlas.validation.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a document was found: JSON pointer to line and column. Lets a report say
 * {@code kerman.json:1042:17} for a finding at {@code /pollingStations/57/county}.
 *
 * <p>A pointer that was not recorded (the value is missing, for example) is located at its nearest
 * recorded ancestor, so every finding gets the most precise place the document offers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SourceMap {

  private final String source;
  private final byte[] document;
  private final Supplier<Map<String, Integer>> offsetSupplier;
  private final @Nullable Function<Set<String>, Map<String, Integer>> someOffsets;
  // Both made when a location is first asked for: most documents are read without any.
  private @Nullable Map<String, Integer> offsets;
  private volatile @Nullable Lines lines;
  private final Placement placement;

  /** Bytes between two remembered columns of a long line: they cost 4 bytes in 256. */
  static final int STRIDE = 256;

  /**
   * Where the bytes a map reads sit in the file they were cut from: a streaming validator reads an
   * atlas's frame and each of its stations as separate documents, and names lines and columns of
   * the whole file.
   */
  @FunctionalInterface
  interface Placement {
    /** Where the value at this line and column (and byte offset) of the piece is in the file. */
    SourceLocation place(int line, int column, int offset);

    Placement AS_IS = (line, column, offset) -> new SourceLocation(line, column);

    /** A piece that starts at this line and column of the file. */
    static Placement from(int firstLine, int firstColumn) {
      return (line, column, offset) ->
          line == 1
              ? new SourceLocation(firstLine, firstColumn + column - 1)
              : new SourceLocation(firstLine + line - 1, column);
    }
  }

  /**
   * @param offsets where each pointer's value starts, made on first use
   */
  SourceMap(
      String source, byte[] document, Supplier<Map<String, Integer>> offsets, Placement placement) {
    this.source = source;
    this.document = document;
    this.offsetSupplier = offsets;
    this.someOffsets = null;
    this.placement = placement;
  }

  /**
   * @param offsets where each pointer's value starts, made on first use
   * @param someOffsets where the values of the given pointers start, those of them that are in the
   *     document: a walk that records only these costs far less than recording every value
   */
  SourceMap(
      String source,
      byte[] document,
      Supplier<Map<String, Integer>> offsets,
      Function<Set<String>, Map<String, Integer>> someOffsets,
      Placement placement) {
    this.source = source;
    this.document = document;
    this.offsetSupplier = offsets;
    this.someOffsets = someOffsets;
    this.placement = placement;
  }

  /**
   * {@return the name of the document: a file path, {@code -} for standard input, or a given name}
   */
  public String source() {
    return source;
  }

  /**
   * {@return where the value at the pointer starts, or where its nearest recorded ancestor starts}
   *
   * @param pointer a JSON pointer, such as {@code /pollingStations/3/county}
   */
  public Optional<SourceLocation> locate(String pointer) {
    String p = pointer;
    while (true) {
      Integer offset = offsets().get(p);
      if (offset != null) {
        return Optional.of(locationOf(offset));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Locates each pointer as {@link #locate} does, the pointers that have no place left out. Before
   * any location has been asked for, only the values these pointers and their ancestors name are
   * recorded: a report of a few findings then costs one walk that records a few offsets, not one
   * that records every value of the document (a quarter of a second for the bundled sample).
   */
  Map<String, SourceLocation> locateAll(Collection<String> pointers) {
    if (pointers.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> recorded;
    synchronized (this) {
      recorded = offsets;
    }
    Function<Set<String>, Map<String, Integer>> some = someOffsets;
    if (recorded == null) {
      recorded = some == null ? offsets() : some.apply(withAncestors(pointers));
    }
    Map<String, SourceLocation> located = new HashMap<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
        Integer offset = recorded.get(p);
        if (offset != null) {
          located.put(pointer, locationOf(offset));
          break;
        }
        if (p.isEmpty()) {
          break;
        }
      }
    }
    return located;
  }

  /** The pointers and every ancestor of each, up to the document's root. */
  private static Set<String> withAncestors(Collection<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      for (String p = pointer; wanted.add(p) && !p.isEmpty(); ) {
        p = p.substring(0, p.lastIndexOf('/'));
      }
    }
    return wanted;
  }

  /** The line and column of a byte offset into the document. */
  SourceLocation locationOf(long byteOffset) {
    Lines lines = lines();
    int[] lineStarts = lines.starts;
    // Jackson gives -1 for an offset it does not know.
    int offset = (int) Math.max(lineStarts[0], Math.min(byteOffset, document.length));
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return placement.place(line + 1, lines.column(document, line, offset), offset);
  }

  /**
   * How many bytes finding columns has read so far, for tests that prove the work is linear in the
   * lengths of the lines asked about, not in the number of findings on them.
   */
  long bytesExamined() {
    Lines lines = this.lines;
    return lines == null ? 0 : lines.examined.get();
  }

  /** Where each recorded pointer's value starts, as a byte offset into the document. */
  synchronized Map<String, Integer> offsets() {
    if (offsets == null) {
      offsets = offsetSupplier.get();
    }
    return offsets;
  }

  private synchronized Lines lines() {
    if (lines == null) {
      lines = new Lines(document);
    }
    return lines;
  }

  /**
   * Where the document's lines start, and for each long line asked about, the column every {@link
   * #STRIDE} bytes and at the last offset located on it. A minified document is one line: counting
   * from the start of the line for each of its findings made locating them all quadratic in the
   * file's length. Now a line is read once when first asked about; then a column is counted from
   * the nearest remembered column before it, the last one located when findings come in document
   * order (as each rule reports them), else at most a stride back.
   */
  private static final class Lines {
    final int[] starts;

    /**
     * The first byte that is not UTF-8, or the document's length. Before it a column is the number
     * of bytes that do not continue a character, exactly the code points Java's decoder finds;
     * after it, the decoder's replacement of malformed bytes decides, so the line is decoded.
     */
    private final int valid;

    /** The lines longer than a stride that were asked about, by line. */
    private final Map<Integer, LongLine> longLines = new HashMap<>();

    final AtomicLong examined = new AtomicLong();

    Lines(byte[] document) {
      starts = lineStarts(document);
      int invalid = Utf8.firstInvalid(document, starts[0]);
      valid = invalid < 0 ? document.length : invalid;
    }

    /** The code-point column, from 1, of an offset on a line. */
    int column(byte[] document, int line, int offset) {
      int start = starts[line];
      if (offset > valid) {
        examined.addAndGet(offset - start);
        String prefix = new String(document, start, offset - start, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length()) + 1;
      }
      if (offset - start < STRIDE) {
        examined.addAndGet(offset - start);
        return 1 + characters(document, start, offset);
      }
      return longLine(document, line).column(document, offset);
    }

    private synchronized LongLine longLine(byte[] document, int line) {
      LongLine found = longLines.get(line);
      if (found == null) {
        int start = starts[line];
        int end = Math.min(valid, line + 1 < starts.length ? starts[line + 1] : document.length);
        found = new LongLine(document, start, end, examined);
        longLines.put(line, found);
      }
      return found;
    }
  }

  /** A line longer than a stride, with the columns remembered on it. */
  private static final class LongLine {
    private final int start;
    private final AtomicLong examined;

    /** The column at each multiple of the stride from the line's start, up to its valid end. */
    private final int[] columns;

    private int cursor;
    private int cursorColumn = 1;

    /** Reads the line once, from its start to where it ends or stops being UTF-8. */
    LongLine(byte[] document, int start, int end, AtomicLong examined) {
      this.start = start;
      this.examined = examined;
      this.cursor = start;
      columns = new int[(end - start) / STRIDE];
      int column = 1;
      for (int k = 0; k < columns.length; k++) {
        int from = start + k * STRIDE;
        column += characters(document, from, from + STRIDE);
        columns[k] = column;
      }
      examined.addAndGet((long) columns.length * STRIDE);
    }

    /** The column of an offset at least a stride into the line and no further than its end. */
    synchronized int column(byte[] document, int offset) {
      int k = (offset - start) / STRIDE;
      int from = start + k * STRIDE;
      int column = columns[k - 1];
      if (cursor <= offset && cursor > from) {
        from = cursor;
        column = cursorColumn;
      }
      column += characters(document, from, offset);
      examined.addAndGet(offset - from);
      cursor = offset;
      cursorColumn = column;
      return column;
    }
  }

  /** The characters that start in a range of valid UTF-8. */
  private static int characters(byte[] document, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if ((document[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }

  private static int[] lineStarts(byte[] document) {
    int lines = 1;
    for (byte b : document) {
      if (b == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    // A byte order mark is not a character of the first line: columns count from after it.
    starts[0] = Utf8.startsWithBom(document) ? Utf8.BOM_LENGTH : 0;
    int line = 1;
    for (int i = 0; i < document.length; i++) {
      if (document[i] == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
