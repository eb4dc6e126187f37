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
   * <p>This walk runs before any station is read, so its cost is added to every streamed read: it
   * reads the file in large positional chunks into one array and does per byte only what the
   * string, bracket and line state needs; columns are counted from the offset where the line starts
   * less the continuation bytes since, and UTF-8 is checked only at bytes above 0x7F.
   */
  static Optional<StationRegion> locate(FileChannel channel) throws IOException {
    long size = channel.size();
    byte[] buffer = new byte[BUFFER];
    int line = 1;
    long lineStart = 0;
    long continuations = 0;
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
    int firstColumn = 0;
    int endLine = 0;
    int endColumn = 0;
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
        lineStart = Utf8.BOM_LENGTH;
      }
      // Whole words of eight bytes are read inside strings; the last few bytes go with the next
      // chunk unless the file ends here.
      int limit = base + read >= size ? read : read - 7;
      int i = from;
      while (i < limit) {
        if (inString && !escaped && (depth != 1 || keyLength < 0)) {
          // Most bytes are in strings, where only a quote, a backslash or a line feed matters.
          while (i + 8 <= limit) {
            long word = (long) WORDS.get(buffer, i);
            if (has(word, QUOTES) || has(word, BACKSLASHES) || has(word, LINE_FEEDS)) {
              break;
            }
            continuations += Long.bitCount(word & ~(word << 1) & HIGH_BITS);
            i += 8;
          }
          if (i >= limit) {
            break;
          }
        }
        byte b = buffer[i];
        if (b == '\n') {
          line++;
          lineStart = base + i + 1;
          continuations = 0;
        } else if ((b & 0xC0) == 0x80) {
          continuations++;
        }
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
              firstLine = line;
              firstColumn = column(start, lineStart, continuations) + 1;
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
              endLine = line;
              endColumn = column(end, lineStart, continuations);
            }
            afterColon = false;
          }
          case ' ', '\t', '\r', '\n' -> {}
          default -> afterColon = false;
        }
      }
      limit = i;
      base += limit;
      from = 0;
    }
    if (inString || depth != 0 || start < 0 || end < 0) {
      return Optional.empty();
    }
    return Optional.of(new StationRegion(start, end, firstLine, firstColumn, endLine, endColumn));
  }

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = '"' * ONES;
  private static final long BACKSLASHES = '\\' * ONES;
  private static final long LINE_FEEDS = '\n' * ONES;

  /** Whether a byte of the word is the byte repeated in {@code bytes}. */
  private static boolean has(long word, long bytes) {
    long zeroWhereEqual = word ^ bytes;
    return ((zeroWhereEqual - ONES) & ~zeroWhereEqual & HIGH_BITS) != 0;
  }

  /**
   * The code-point column of a byte: one more than the bytes since its line started, less the
   * continuation bytes among them (which is how {@link Position} counts).
   */
  private static int column(long offset, long lineStart, long continuations) {
    return (int) (offset - lineStart - continuations + 1);
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
