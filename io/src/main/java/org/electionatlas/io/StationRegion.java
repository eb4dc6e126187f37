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

  /** Line and column of the {@code ]}. */
  final int endLine;

  final int endColumn;

  private StationRegion(
      long start, long end, int firstLine, int firstColumn, int endLine, int endColumn) {
    this.start = start;
    this.end = end;
    this.firstLine = firstLine;
    this.firstColumn = firstColumn;
    this.endLine = endLine;
    this.endColumn = endColumn;
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
    // Columns count code points, as Position does: the bytes since the line started, less the
    // continuation bytes among them.
    long before = continuations(channel, buffer, firstLineStart, start);
    long within = continuations(channel, buffer, endLineStart, end);
    if (before < 0 || within < 0) {
      return Optional.empty(); // the file changed while it was walked
    }
    int firstColumn = (int) (start - firstLineStart - before + 1) + 1;
    int endColumn = (int) (end - endLineStart - within + 1);
    return Optional.of(new StationRegion(start, end, firstLine, firstColumn, endLine, endColumn));
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
