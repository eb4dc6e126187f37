package org.electionatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the top-level {@code pollingStations} array of an atlas file lies, found by a walk over its
 * bytes that knows only strings, escapes and brackets: several times cheaper than reading tokens,
 * and enough to cut the file into its frame and its stations. Anything it does not understand makes
 * it give up, and the document is then read whole, by the reader that explains what is wrong.
 *
 * <p>Lines and columns count as {@link SourceMap} counts them: lines from 1, columns in code points
 * from 1.
 */
final class StationRegion {

  private static final byte[] KEY = "pollingStations".getBytes(StandardCharsets.US_ASCII);
  private static final int BUFFER = 1 << 18;

  /** Byte offset of the array's {@code [}. */
  final long start;

  /** Byte offset of the array's {@code ]}. */
  final long end;

  /** Line and column of the byte after the {@code [}. */
  final int firstLine;

  final int firstColumn;

  /** Where the line of the {@code [} starts (a byte offset). */
  final long firstLineStart;

  /**
   * Line and column of the {@code ]}; 0 in a region {@link #locateQuickly} found, until {@link
   * #withEndPosition} has counted them.
   */
  final int endLine;

  final int endColumn;

  /**
   * Whether the {@code ]} was found from the end of the file rather than by the walk from its
   * start: the parser of the stations must then end the array at {@link #end} before anything rests
   * on it (see {@link #locateQuickly}).
   */
  final boolean provisional;

  private StationRegion(
      long start,
      long end,
      int firstLine,
      int firstColumn,
      long firstLineStart,
      int endLine,
      int endColumn,
      boolean provisional) {
    this.start = start;
    this.end = end;
    this.firstLine = firstLine;
    this.firstColumn = firstColumn;
    this.firstLineStart = firstLineStart;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.provisional = provisional;
  }

  /** Thrown when the bytes between the brackets are not elements separated by commas. */
  static final class NotCuttable extends Exception {
    private static final long serialVersionUID = 1L;

    NotCuttable() {
      super(null, null, false, false);
    }
  }

  /**
   * Receives each element of the array: its bytes and where it starts (byte offset, line, column).
   */
  interface ElementSink {
    void element(byte[] bytes, int length, int line, int column, long offset) throws IOException;
  }

  /** Counts lines and code-point columns over the bytes it is shown. */
  private static final class Position {
    int line = 1;
    int column = 1;

    void advance(byte b) {
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
  }

  /**
   * Finds the array in a whole file, or empty when there is none or the file is not simple enough
   * to cut (a syntax error, an escaped or repeated key): it is then read whole.
   *
   * <p>This walk runs before any station is read, so its cost is added to every streamed read. It
   * reads the file in large positional chunks into one array and looks at a byte on its own only
   * where the state may change. Inside a value of the top-level object (a station, a county) it
   * takes eight bytes at a time: their quotes say which bytes are in strings and their brackets
   * outside strings how deep the word ends, unless a backslash or the value's last bracket is among
   * them; inside a string at the top level it skips to the next quote or backslash; only between
   * the top-level members does it look at every byte. Line feeds are counted apart, a word at a
   * time, and the two columns at the end, from the start of their lines. UTF-8 is checked by the
   * reader of the stations, not here.
   */
  static Optional<StationRegion> locate(FileChannel channel) throws IOException {
    return locate(channel, BUFFER);
  }

  /**
   * As {@link #locate(FileChannel)}, reading the file in chunks of the given size (at least 16
   * bytes), so that a test can put a chunk's edge anywhere.
   */
  static Optional<StationRegion> locate(FileChannel channel, int chunk) throws IOException {
    return walk(channel, chunk, false);
  }

  /**
   * Finds the array as {@link #locate(FileChannel)} does, but walks the file from its start only to
   * the array's {@code [}, and finds the {@code ]} from the file's end, by reading backwards over
   * what follows the array (in an atlas as this library writes it, bodies, events, issues,
   * approvals and provenance: kilobytes), so that the stations are not walked before they are read.
   * Reading JSON backwards is exact for valid JSON outside strings: a quote ends a string unless an
   * odd run of backslashes stands before it. Each member after the array is skipped backwards to
   * its key; the first value that ends with {@code ]} and either opens at the array's {@code [} or
   * is longer than the backward budget is taken for the array.
   *
   * <p>The region it finds is {@link #provisional}: only the parser that reads the stations knows
   * where the array ends, and a reader must check that it ends at {@link #end}, and start again
   * with {@link #locate(FileChannel)} when it does not (a file with a long array after the
   * stations, or one that is not JSON). The line and column of the {@code ]} are counted only when
   * asked for ({@link #withEndPosition}). When the end of the file is not what this reads (no
   * closing brace, a value too long for the budget that is not an array, anything that is not
   * JSON), the whole walk of {@link #locate(FileChannel)} decides.
   */
  static Optional<StationRegion> locateQuickly(FileChannel channel) throws IOException {
    return locateQuickly(channel, BUFFER, BACKWARD_BUDGET);
  }

  /** As {@link #locateQuickly(FileChannel)}, with the chunk and the backward budget given. */
  static Optional<StationRegion> locateQuickly(FileChannel channel, int chunk, long budget)
      throws IOException {
    Optional<StationRegion> head = walk(channel, chunk, true);
    if (head.isEmpty()) {
      // Without a [ of the array no walk of the rest could find one: the whole walk says the same.
      return head;
    }
    StationRegion found = head.get();
    long end = new Backward(channel, found.start, budget).arrayEnd();
    if (end < 0) {
      return locate(channel, chunk);
    }
    return Optional.of(
        new StationRegion(
            found.start,
            end,
            found.firstLine,
            found.firstColumn,
            found.firstLineStart,
            0,
            0,
            true));
  }

  /**
   * Bytes read backwards from the end of the file, for {@link #arrayEnd}; at most {@code budget} of
   * them, besides those of the values after the array.
   */
  static final long BACKWARD_BUDGET = 1 << 22;

  private static Optional<StationRegion> walk(FileChannel channel, int chunk, boolean toStart)
      throws IOException {
    long size = channel.size();
    byte[] buffer = new byte[chunk];
    Lines lines = new Lines();
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    // The last string closed directly in the top-level object, if it may be the key.
    byte[] key = new byte[KEY.length + 1];
    int keyLength = -1;
    boolean keyIsStations = false;
    boolean afterColon = false;
    long start = -1;
    long end = -1;
    int firstLine = 0;
    long firstLineStart = 0;
    int endLine = 0;
    long endLineStart = 0;
    long base = 0;
    int from = 0;
    while (base < size) {
      int read = readAt(channel, buffer, base);
      if (read <= 0) {
        break;
      }
      if (base == 0 && buffer[0] == (byte) 0xEF) {
        // A byte order mark is not a character of the first line (as in SourceMap); the reader of
        // the frame says whether the rest of it is one.
        from = Utf8.BOM_LENGTH;
        lines.lineStart = Utf8.BOM_LENGTH;
        lines.counted = Utf8.BOM_LENGTH;
      }
      // Whole words of eight bytes are read; the last few bytes go with the next chunk unless the
      // file ends here.
      int limit = base + read >= size ? read : read - 7;
      int i = from;
      while (i < limit) {
        if (!escaped) {
          if (depth > 1) {
            // Inside a value of the top-level object a colon never comes before the array, so only
            // quotes and brackets change the state, and a word whose brackets cannot close the
            // value is taken whole: its quotes say which of its bytes are in strings, and its
            // brackets outside them how deep it ends. A backslash is read byte by byte.
            while (i + 8 <= limit) {
              long word = (long) WORDS.get(buffer, i);
              if (equal(word, BACKSLASHES) != 0) {
                break;
              }
              long quotes = equal(word, QUOTES);
              long outside = outsideStrings(quotes, inString);
              // [ and { differ only in the bit that ASCII case sets, as ] and } do.
              long folded = word | CASE_BITS;
              int closing = Long.bitCount(equal(folded, CLOSING) & outside);
              if (depth - closing < 2) {
                break;
              }
              depth += Long.bitCount(equal(folded, OPENING) & outside) - closing;
              inString ^= (Long.bitCount(quotes) & 1) != 0;
              i += 8;
            }
          } else if (inString && (depth != 1 || keyLength < 0)) {
            // A key of the top-level object is read byte by byte: it may be pollingStations.
            i = nextQuoteOrBackslash(buffer, i, limit);
          }
          if (i >= limit) {
            break;
          }
        }
        byte b = buffer[i];
        i++;
        if (inString) {
          if (escaped) {
            escaped = false;
            if (depth == 1) {
              keyLength = -1; // an escaped key is never taken for pollingStations
            }
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
            if (depth == 1 && keyLength >= 0) {
              keyIsStations =
                  keyLength == KEY.length && Arrays.equals(key, 0, keyLength, KEY, 0, KEY.length);
            }
          } else if (depth == 1 && keyLength >= 0) {
            if (keyLength < key.length) {
              key[keyLength++] = b;
            } else {
              keyLength = -1;
            }
          }
          continue;
        }
        switch (b) {
          case '"' -> {
            inString = true;
            keyLength = depth == 1 && !afterColon ? 0 : -1;
            if (depth == 1 && !afterColon) {
              keyIsStations = false;
            }
            afterColon = false;
          }
          case ':' -> afterColon = depth == 1;
          case '{', '[' -> {
            if (depth == 1 && b == '[' && afterColon && keyIsStations) {
              if (start >= 0) {
                return Optional.empty(); // two pollingStations: the reader says which is extra
              }
              start = base + i - 1;
              lines.countTo(buffer, base, start);
              firstLine = lines.line;
              firstLineStart = lines.lineStart;
              if (toStart) {
                int bracket = column(channel, buffer, firstLineStart, start);
                if (bracket < 0) {
                  return Optional.empty();
                }
                return Optional.of(
                    new StationRegion(
                        start, -1, firstLine, bracket + 1, firstLineStart, 0, 0, true));
              }
            }
            depth++;
            afterColon = false;
          }
          case '}', ']' -> {
            depth--;
            if (depth < 0) {
              return Optional.empty();
            }
            if (depth == 1 && b == ']' && start >= 0 && end < 0) {
              end = base + i - 1;
              lines.countTo(buffer, base, end);
              endLine = lines.line;
              endLineStart = lines.lineStart;
            }
            afterColon = false;
          }
          case ' ', '\t', '\r', '\n' -> {}
          default -> afterColon = false;
        }
      }
      lines.countTo(buffer, base, base + limit);
      base += limit;
      from = 0;
    }
    if (inString || depth != 0 || start < 0 || end < 0) {
      return Optional.empty();
    }
    int bracket = column(channel, buffer, firstLineStart, start);
    int endColumn = column(channel, buffer, endLineStart, end);
    if (bracket < 0 || endColumn < 0) {
      return Optional.empty(); // the file changed while it was walked
    }
    return Optional.of(
        new StationRegion(
            start, end, firstLine, bracket + 1, firstLineStart, endLine, endColumn, false));
  }

  /**
   * This region with the line and column of its {@code ]}, counted over the stations' bytes when
   * {@link #locateQuickly} did not walk them (a word at a time, as the walk counts them); this
   * region itself when they are known.
   *
   * @throws IOException if the file cannot be read or has become shorter
   */
  StationRegion withEndPosition(FileChannel channel) throws IOException {
    if (endLine > 0) {
      return this;
    }
    byte[] buffer = new byte[BUFFER];
    Lines lines = new Lines();
    lines.line = firstLine;
    lines.lineStart = firstLineStart;
    lines.counted = start;
    for (long base = start; base < end; ) {
      int read = readAt(channel, buffer, base);
      if (read <= 0) {
        throw new IOException("the file got shorter while it was read");
      }
      lines.countTo(buffer, base, Math.min(end, base + read));
      base += read;
    }
    int endColumn = column(channel, buffer, lines.lineStart, end);
    if (endColumn < 0) {
      throw new IOException("the file got shorter while it was read");
    }
    return new StationRegion(
        start, end, firstLine, firstColumn, firstLineStart, lines.line, endColumn, provisional);
  }

  /** This region, its end confirmed by the parser that read the stations up to it. */
  StationRegion confirmed() {
    return provisional
        ? new StationRegion(
            start, end, firstLine, firstColumn, firstLineStart, endLine, endColumn, false)
        : this;
  }

  /**
   * The end of a file read backwards as JSON, from its last byte towards the {@code [} of the
   * array, for {@link #locateQuickly}: whitespace, the top-level object's {@code }}, then each
   * member after the array as value, colon, key and comma, until the value that is the array.
   */
  private static final class Backward {
    private static final int BLOCK = 1 << 16;

    /** What {@link #previous} gives before the array's {@code [}, where nothing is read. */
    private static final int NONE = -1;

    /** What {@link #previous} gives once the budget is spent. */
    private static final int SPENT = -2;

    private final FileChannel channel;
    private final long start;
    private final byte[] block = new byte[BLOCK];
    private long blockStart;
    private long position;
    private long left;

    Backward(FileChannel channel, long start, long budget) throws IOException {
      this.channel = channel;
      this.start = start;
      this.position = channel.size();
      this.blockStart = position;
      this.left = budget;
    }

    /** The offset of the array's {@code ]}, or -1 when the end of the file is not read so. */
    long arrayEnd() throws IOException {
      if (skipWhitespace() != '}') {
        return -1;
      }
      while (true) {
        int b = skipWhitespace();
        long valueEnd = position;
        switch (b) {
          case ']' -> {
            int skipped = skipContainer();
            if (skipped == SPENT || (skipped > 0 && position == start)) {
              // Longer than all that is read backwards, or opened at the array's [: the array.
              return valueEnd;
            }
            if (skipped < 0) {
              return -1;
            }
          }
          case '}' -> {
            if (skipContainer() < 0) {
              return -1;
            }
          }
          case '"' -> {
            if (skipString() < 0) {
              return -1;
            }
          }
          default -> {
            if (!isScalar(b)) {
              return -1;
            }
            while (isScalar(b)) {
              b = previous();
            }
            if (b < 0) {
              return -1;
            }
            position++; // the byte before the number or literal is read again below
          }
        }
        if (skipWhitespace() != ':' || skipWhitespace() != '"' || skipString() < 0) {
          return -1;
        }
        if (skipWhitespace() != ',') {
          return -1;
        }
      }
    }

    /** The byte before the position, which moves back to it; NONE at the [, SPENT past budget. */
    private int previous() throws IOException {
      if (position <= start) {
        return NONE;
      }
      if (left <= 0) {
        return SPENT;
      }
      left--;
      position--;
      if (position < blockStart) {
        long from = Math.max(start, position - BLOCK + 1);
        ByteBuffer into = ByteBuffer.wrap(block, 0, (int) (position + 1 - from));
        for (long at = from; into.hasRemaining(); ) {
          int read = channel.read(into, at);
          if (read < 0) {
            return NONE; // the file got shorter: the whole walk decides
          }
          at += read;
        }
        blockStart = from;
      }
      return block[(int) (position - blockStart)] & 0xFF;
    }

    private int skipWhitespace() throws IOException {
      int b;
      do {
        b = previous();
      } while (b == ' ' || b == '\t' || b == '\r' || b == '\n');
      return b;
    }

    /**
     * Skips a string backwards, its closing quote read: 1, or NONE when the bytes are not a JSON
     * string, or SPENT. Inside a string every quote is escaped, so a quote is the opening one when
     * no backslash stands before it; after an even run of backslashes it would follow a backslash
     * outside a string, which is not JSON.
     */
    private int skipString() throws IOException {
      while (true) {
        int b = previous();
        if (b < 0) {
          return b;
        }
        if (b == '"') {
          int backslashes = 0;
          int before = previous();
          while (before == '\\') {
            backslashes++;
            before = previous();
          }
          if (before == SPENT) {
            return SPENT;
          }
          if (before >= 0) {
            position++; // not part of the string: read again by the caller
          }
          if (backslashes == 0) {
            return 1;
          }
          if (backslashes % 2 == 0) {
            return NONE;
          }
        }
      }
    }

    /**
     * Skips an array or object backwards, its closing bracket read: 1 with the position at its
     * opening bracket, or NONE, or SPENT. Whether each bracket matches its kind is left to the
     * parsers that read what this skips.
     */
    private int skipContainer() throws IOException {
      int depth = 1;
      while (true) {
        int b = previous();
        if (b < 0) {
          return b;
        }
        if (b == '"') {
          int skipped = skipString();
          if (skipped < 0) {
            return skipped;
          }
        } else if (b == ']' || b == '}') {
          depth++;
        } else if (b == '[' || b == '{') {
          if (--depth == 0) {
            return 1;
          }
        }
      }
    }

    private static boolean isScalar(int b) {
      return (b >= '0' && b <= '9')
          || (b >= 'a' && b <= 'z')
          || b == '-'
          || b == '+'
          || b == '.'
          || b == 'E';
    }
  }

  /**
   * The line feeds of the bytes walked so far, counted a word at a time behind the walk (which
   * stops at few of them) up to the end of each chunk and to the two brackets.
   */
  private static final class Lines {
    /** The line of the byte at {@code counted}. */
    int line = 1;

    /** Where that line starts: after the last line feed before {@code counted}. */
    long lineStart;

    /** The file offset up to which line feeds have been counted; in the current chunk. */
    long counted;

    /** Counts the line feeds up to the offset; the chunk in the buffer starts at base. */
    void countTo(byte[] buffer, long base, long offset) {
      int from = (int) (counted - base);
      int to = (int) (offset - base);
      int feeds = 0;
      int i = from;
      for (; i + 8 <= to; i += 8) {
        feeds += Long.bitCount(equal((long) WORDS.get(buffer, i), LINE_FEEDS));
      }
      for (; i < to; i++) {
        if (buffer[i] == '\n') {
          feeds++;
        }
      }
      if (feeds > 0) {
        line += feeds;
        lineStart = base + lastLineFeed(buffer, from, to) + 1;
      }
      counted = offset;
    }

    /** The index of the last line feed in the buffer between the indexes; there is one. */
    private static int lastLineFeed(byte[] buffer, int from, int to) {
      int i = to;
      for (; i - 8 >= from; i -= 8) {
        long found = equal((long) WORDS.get(buffer, i - 8), LINE_FEEDS);
        if (found != 0) {
          return i - 8 + ((63 - Long.numberOfLeadingZeros(found)) >>> 3);
        }
      }
      int at = i - 1;
      while (buffer[at] != '\n') {
        at--;
      }
      return at;
    }
  }

  /**
   * The index of the first quote or backslash from the index on, or where fewer than eight bytes
   * are left before the limit.
   */
  private static int nextQuoteOrBackslash(byte[] buffer, int from, int limit) {
    int i = from;
    for (; i + 8 <= limit; i += 8) {
      long word = (long) WORDS.get(buffer, i);
      long found = equal(word, QUOTES) | equal(word, BACKSLASHES);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    return i;
  }

  /**
   * The high bit of each byte of a word that is outside strings, given the word's quotes (as {@link
   * #equal} marks them) and whether a string is open before it; a quote's own bit says nothing.
   */
  private static long outsideStrings(long quotes, boolean inString) {
    // The high bit of each byte becomes the parity of the quotes up to it.
    long odd = quotes ^ (quotes << 8);
    odd ^= odd << 16;
    odd ^= odd << 32;
    return (inString ? odd : ~odd) & HIGH_BITS;
  }

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = '"' * ONES;
  private static final long BACKSLASHES = '\\' * ONES;
  private static final long LINE_FEEDS = '\n' * ONES;
  private static final long CASE_BITS = 0x20 * ONES;
  private static final long OPENING = '{' * ONES;
  private static final long CLOSING = '}' * ONES;

  /**
   * The high bit of each byte of the word that is the byte repeated in {@code bytes}, and no other
   * bit: exact, unlike the usual zero-byte test, whose borrow may mark a byte after a match, so
   * that the lowest bit set is the first match and the bits set count the matches.
   */
  private static long equal(long word, long bytes) {
    long zeroWhereEqual = word ^ bytes;
    return ~(((zeroWhereEqual & LOW_BITS) + LOW_BITS) | zeroWhereEqual | LOW_BITS);
  }

  /**
   * The column of the byte at {@code offset}, from 1, in code points as Position counts them: the
   * bytes since its line started, less the continuation bytes among them; or -1 when the file has
   * become shorter than that.
   */
  private static int column(FileChannel channel, byte[] buffer, long lineStart, long offset)
      throws IOException {
    long continuations = continuations(channel, buffer, lineStart, offset);
    return continuations < 0 ? -1 : (int) (offset - lineStart - continuations + 1);
  }

  /**
   * The continuation bytes of a line before a byte of it, read again from the file (only a long
   * line costs more than one small read), or -1 when the file has become shorter than that.
   */
  private static long continuations(FileChannel channel, byte[] buffer, long lineStart, long offset)
      throws IOException {
    long continuations = 0;
    for (long at = lineStart; at < offset; ) {
      int read = readAt(channel, buffer, at);
      if (read <= 0) {
        return -1;
      }
      int to = (int) Math.min(read, offset - at);
      int i = 0;
      for (; i + 8 <= to; i += 8) {
        long word = (long) WORDS.get(buffer, i);
        continuations += Long.bitCount(word & ~(word << 1) & HIGH_BITS);
      }
      for (; i < to; i++) {
        if ((buffer[i] & 0xC0) == 0x80) {
          continuations++;
        }
      }
      at += to;
    }
    return continuations;
  }

  /** Fills the buffer from the offset as far as the file goes; returns how many bytes it read. */
  static int readAt(FileChannel channel, byte[] buffer, long offset) throws IOException {
    ByteBuffer into = ByteBuffer.wrap(buffer);
    long at = offset;
    while (into.hasRemaining()) {
      int read = channel.read(into, at);
      if (read < 0) {
        break;
      }
      at += read;
    }
    return into.position();
  }

  /**
   * Walks the bytes between the array's brackets (the stream starts just after the {@code [}) and
   * hands each element to the sink, with its line and column in the file.
   */
  void forEachElement(InputStream in, ElementSink sink) throws IOException, NotCuttable {
    byte[] buffer = new byte[BUFFER];
    byte[] element = new byte[1 << 12];
    int length = 0;
    Position at = new Position();
    at.line = firstLine;
    at.column = firstColumn;
    int depth = 0;
    boolean inElement = false;
    // Between elements: whether one has just ended, and whether a comma has come since.
    boolean afterElement = false;
    boolean anyElement = false;
    boolean inString = false;
    boolean escaped = false;
    int line = 0;
    int column = 0;
    long offset = 0;
    // The file offset of the chunk's first byte.
    long chunk = start + 1;
    long remaining = end - start - 1;
    for (int read;
        remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(BUFFER, remaining))) > 0; ) {
      remaining -= read;
      for (int i = 0; i < read; i++) {
        byte b = buffer[i];
        if (!inElement) {
          if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            at.advance(b);
            continue;
          }
          if (b == ',') {
            if (!afterElement) {
              throw new NotCuttable();
            }
            afterElement = false;
            at.advance(b);
            continue;
          }
          if (afterElement) {
            throw new NotCuttable();
          }
          inElement = true;
          anyElement = true;
          line = at.line;
          column = at.column;
          offset = chunk + i;
        }
        boolean ends = false;
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
            ends = depth == 0;
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          depth++;
        } else if (b == '}' || b == ']') {
          depth--;
          ends = depth == 0;
        } else if (depth == 0 && (b == ',' || b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
          // The end of a number or literal: the byte is not part of it.
          sink.element(element, length, line, column, offset);
          length = 0;
          inElement = false;
          afterElement = true;
          if (b == ',') {
            afterElement = false;
          }
          at.advance(b);
          continue;
        }
        if (length == element.length) {
          element = Arrays.copyOf(element, element.length * 2);
        }
        element[length++] = b;
        at.advance(b);
        if (ends) {
          sink.element(element, length, line, column, offset);
          length = 0;
          inElement = false;
          afterElement = true;
        }
      }
      chunk += read;
    }
    if (inElement) {
      sink.element(element, length, line, column, offset);
    } else if (anyElement && !afterElement) {
      throw new NotCuttable(); // a comma after the last element
    }
  }
}
